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
    ['漏液的话我给您补寄三瓶，不用担心', ['promise']],
    ['过了七天也没关系，随时找我都能退', ['promise']],
    ['我承诺这个价半年内都不会涨，涨了我自己补差价', ['promise']],
    ['到不了我全额退，您放心拍', ['promise']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    ['估计周四能到，实际以快递派送为准', []],
    ['我们尽量今天给您发出', []],
    ['通常付款后两天内出库，节假日顺延', []],
    ['签收后7天内可无理由退货，订单带运费险', []],
    ['本店支持价保，降价可以申请退差价', []],
    ['质量问题退换货的运费由我们承担', []],
    ['运输中摔坏了的话拍照给我们，给您补发一件', []],
    ['您放心，这件事我一定盯到底，有进展第一时间告诉您', []],
    ['我保证今天之内给您回复结果', []],
    ['这个真不敢打包票，要看快递那边的情况', []],
    ['我们不能保证周日前一定送达，但会尽快催促快递', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});
