import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Rude, blaming, mocking, exasperated or dismissive wording, and polite refusals that are fine.
describe('negative wording', () => {
  const flagged: Row[] = [
    ['不知道，你问物流吧', ['negative']],
    ['没办法。', ['negative']],
    ['不行。', ['negative']],
    ['你自己看说明书，上面都有', ['negative']],
    ['不是说了吗，周三发货', ['negative']],
    ['爱买不买，不讲价', ['negative']],
    ['你懂不懂啊，这是正常现象', ['negative']],
    ['烦不烦，一直问同一个问题', ['negative']],
    ['自己去问快递，我们管不了', ['negative']],
    ['这个是你自己的原因，跟我们没关系', ['negative']],
    ['你买之前怎么不看清楚？', ['negative']],
    ['这种事还要问我？', ['negative']],
    ['亲，您连这个都不会用吗', ['negative']],
    ['买不起就别买，别浪费大家时间', ['negative']],
    ['我已经说过了，往上面翻', ['negative']],
    ['退款？想都别想', ['negative']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    ['很抱歉，目前没办法改价，您可以领一张店铺券再下单', []],
    ['不好意思，刻字服务这款暂时不提供，推荐您挑一款带刻字的', []],
    ['不知道您收到的是哪个颜色呢，方便拍张照片吗', []],
    ['是我们仓库装错了，给您添麻烦了，这就安排换货', []],
    ['亲，尺码可以参考详情页的尺码表，对照一下身高体重哦', []],
    ['这个我也不太清楚，我去问一下仓库再回复您', []],
    ['您的问题我们已经记录了，会尽快处理', []],
    ['很抱歉，这款已经停产了，推荐您看看升级款', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));

  it('a leading 亲/您 does not clean a put-down', () => {
    expect(categories('亲，您的事儿也太多了吧')).toEqual(['negative']);
  });
});
