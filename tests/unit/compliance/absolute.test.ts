import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Advertising-law absolute terms (《广告法》第九条) and the words that only look like them.
describe('absolute terms', () => {
  const flagged: Row[] = [
    ['这款吹风机是市面上风力最大的', ['absolute']],
    ['亲，我们家的蜂蜜是最纯的，没有任何添加', ['absolute']],
    ['这款耳机降噪效果行业第一', ['absolute']],
    ['我们是这个品类的NO.1，放心选', ['absolute']],
    ['这款羊绒衫采用顶尖工艺，手感一流', ['absolute']],
    ['本店独家供货，别的店都没有', ['absolute']],
    ['这款拖把是家务神器，清洁能力无人能及', ['absolute']],
    ['亲，这款精华百分之百能让皮肤变亮', ['absolute']],
    ['史上最划算的一次活动，错过再等一年', ['absolute']],
    ['这个价格全网最低，不用比了', ['absolute']],
    ['这款奶粉营养最全面没有之一', ['absolute']],
    ['这款清洁膏万能的，厨房卫生间都能用', ['absolute']],
    ['这款水杯的印花永久清晰，是丝印工艺', ['absolute']],
    ['这款充电宝是同类产品里最耐用的', ['absolute']],
    ['我们家是国内首家做这种面料的', ['absolute']],
    ['这是全国唯一一家授权店', ['absolute']],
    ['这款音箱的音质堪称性价比之王', ['absolute']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    // 最 bound to a time, quantity, position or size range
    ['亲，最近一周下单的都会在周五前发出', []],
    ['这是这个颜色的最后两件了', []],
    ['一个订单最多可以用一张优惠券', []],
    ['这款最低起订量是20件', []],
    ['最晚明天下午给您回复', []],
    ['最早的一批已经卖完了，现在是新批次', []],
    ['这款电饭煲最大容量4升，适合三四口人', []],
    ['最下面那层抽屉可以放袜子', []],
    ['这款鞋最小码是35码', []],
    ['亲，您最好先拍照留底再拆封', []],
    ['最快明天就能送到，以物流为准', []],
    ['根据您的身高，最适合您的是M码', []],
    // ordinals and enumerations
    ['这是我第一次遇到这种情况，马上帮您查', []],
    ['收到退货后第一时间给您退款', []],
    ['第一个是卡其色，第二个是黑色', []],
    ['第一，先检查包装；第二，拍照给我们', []],
    // composition, spec, product and feature names
    ['面料成分：100%棉，亲肤透气', []],
    ['这件大衣含羊毛100%，需要干洗', []],
    ['这款万能胶可以粘金属和塑料', []],
    ['这款是全网通手机，三网都能用', []],
    ['您的退款走的是极速退款通道，很快到账', []],
    ['这个数值是绝对值，不分正负', []],
    // hedged or negated
    ['我们不敢说是最好的，但用料很实在', []],
    ['优惠券并非永久有效，请在月底前使用', []],
    ['这个效果没有绝对的，因人而异', []],
    ['我们不能保证百分之百不过敏，建议先小面积试用', []],
    ['这款不是最便宜的，但是做工更细', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});
