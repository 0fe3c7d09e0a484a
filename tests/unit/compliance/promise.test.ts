import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Commitments outside platform or shop policy, or outside the agent's control.
describe('promises beyond policy', () => {
  const flagged: Row[] = [
    ['亲，保证后天中午前送到您家', ['promise']],
    ['今晚拍，明早肯定能收到', ['promise']],
    ['我敢保证今天一定给您发出', ['promise']],
    ['我们家假一罚十', ['promise']],
    ['要是假货，赔您五倍货款', ['promise']],
    ['退款我直接给您，东西您留着用就行', ['promise']],
    ['不满意直接退全款，不用寄回来', ['promise']],
    ['这次算我的，我自己出钱给您补30元', ['promise']],
    ['这台空调给您终身免费维修', ['promise']],
    ['这款生发液保证两个月长出新头发', ['promise']],
    ['这件衬衫保证怎么洗都不会起皱', ['promise']],
    ['破损的话给您补发两份，您放心', ['promise']],
    ['过了七天也没关系，随时找我都能退', ['promise']],
    ['我保证这个价一个月内都不会降，降了我个人补给您', ['promise']],
    ['到不了我全额退，您放心拍', ['promise']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    ['预计后天送达，具体以物流为准', []],
    ['我们尽量今天给您发出', []],
    ['一般48小时内发货，节假日顺延', []],
    ['支持七天无理由退换，运费险可以抵扣运费', []],
    ['本店支持价保，降价可以申请退差价', []],
    ['质量问题退换货的运费由我们承担', []],
    ['运输中摔坏了的话拍照给我们，给您补发一件', []],
    ['这个我一定帮您跟进到底，有消息马上通知您', []],
    ['我保证今天之内给您回复结果', []],
    ['这个真不敢打包票，要看快递那边的情况', []],
    ['我们不能保证明天一定到，但会尽快催促快递', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});
