import { describe, expect, it } from 'vitest';
import { categories, type Row } from './helpers';

// Benefits tied to ratings, review content, photos, follow-ups or deleting/changing a review.
describe('review inducement', () => {
  const flagged: Row[] = [
    ['亲，五星好评后找客服领3元红包', ['inducement']],
    ['晒图评价就送一个收纳袋哦', ['inducement']],
    ['评价写满30字，返您2元', ['inducement']],
    ['追评带图的话再给您一张5元券', ['inducement']],
    ['帮忙打个满分，下次给您包邮', ['inducement']],
    ['好评有礼，截图发客服领取', ['inducement']],
    ['亲，把中评改成好评，我们给您退运费', ['inducement']],
    ['差评能删一下吗？我们补偿您15元', ['inducement']],
    ['我们送您一张优惠券，麻烦把差评撤回一下', ['inducement']],
    ['上传买家秀就能参加抽奖', ['inducement']],
    ['评价里提一下物流快，奖励您5个积分', ['inducement']],
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  const traps: Row[] = [
    ['收到后如果满意，欢迎留下真实评价哦', []],
    ['这款的好评率在99%以上', []],
    ['差评里说的划痕我们核实了，抱歉，已重新发一件给您', []],
    ['结算时可以叠加使用平台红包和店铺满减', []],
    ['关注店铺送5元无门槛券', []],
    ['收藏加购就能领一张优惠券', []],
    ['好多买家评价说这款偏大，建议拍小一码', []],
    ['本店不参与好评返现活动，请您如实评价', []],
    ['感谢您的好评，我们会继续努力', []],
  ];
  it.each(traps)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));
});
