import { describe, expect, it } from 'vitest';
import lexicon from '@/utils/search/data/lexicon.json';
import { canonicalize } from '@/utils/search/lexicon';
import { normalizeText } from '@/utils/search/normalize';

const canon = (s: string) => canonicalize(normalizeText(s));

describe('lexicon data', () => {
  it('maps every word to exactly one canonical form', () => {
    const seen = new Map<string, string>();
    for (const [canonical, ...variants] of lexicon.groups) {
      for (const w of [canonical!, ...variants]) {
        expect(seen.get(w), `${w} is in groups ${seen.get(w)} and ${canonical}`).toBeUndefined();
        seen.set(w, canonical!);
        expect(w, 'variants are stored normalised').toBe(normalizeText(w));
      }
    }
  });

  it('names only existing canonical forms as function words and greetings', () => {
    const canonicals = new Set(lexicon.groups.map((g) => g[0]));
    for (const w of [...lexicon.function, ...lexicon.social]) expect(canonicals.has(w), w).toBe(true);
  });
});

describe('canonicalize', () => {
  it('rewrites colloquial variants, longest match first', () => {
    expect(canon('啥时候能到').text).toBe('什么时候到货');
    expect(canon('退钱').concepts).toEqual(['退款']);
    expect(canon('我要退款').concepts).toEqual(['申请退款']);
    expect(canon('邮费谁出').concepts).toEqual(['退货运费']);
  });

  it('keeps apart words that only look like a variant (好几天 is no 多久, 买多少 no bulk order)', () => {
    expect(canon('好几天前就显示派送了').text).toContain('好几天');
    expect(canon('买多少斤包邮').concepts).not.toContain('批量购买');
    // Applying for a return is more specific than after-sales in general: it stays a return.
    expect(canon('申请退货').concepts).toContain('退货');
    // 送 alone is delivering as often as giving: only gift phrases are gifts.
    expect(canon('能让师傅帮忙送上楼吗').concepts).not.toContain('赠品');
    expect(canon('还另外送湿巾吗').concepts).toContain('赠品');
    expect(canon('收货信息怎么填').concepts).not.toContain('签收');
    // Confirming receipt in the app is not the courier's signature (签收未收到 is a different reply).
    expect(canon('已确认收货，帮我申请售后').concepts).not.toContain('签收');
  });

  it('knows general colloquial variants of customer-service topics', () => {
    expect(canon('少收到一本书').concepts).toContain('少发');
    expect(canon('蚂蚁花呗可以吗').concepts).toContain('分期');
    expect(canon('物流几天不走了').concepts).toContain('物流停滞');
    expect(canon('附近有实体店能修吗').concepts).toContain('售后网点');
    expect(canon('这两款有什么区别').concepts).toContain('区别');
    expect(canon('明天能不能到').concepts).toContain('到货');
    // No tracking yet means not shipped yet: 怎么还 must not swallow the 还没.
    expect(canon('怎么还没物流信息').concepts).toContain('催发货');
    expect(canon('办个事怎么这么费劲').concepts).toContain('不满');
    expect(canon('多久才能有货呀').concepts).toContain('缺货');
    expect(canon('再帮我改下发货时间吧').concepts).toContain('延迟发货');
    expect(canon('那我要开企业发票').concepts).toContain('公司抬头');
    expect(canon('你可以催哈单么').concepts).toContain('催发货');
    expect(canon('就标多少卖多少吗').concepts).toContain('优惠');
    expect(canon('质量可以保障吗').concepts).toContain('正品');
    expect(canon('支持退货吗').concepts).toContain('七天无理由');
    expect(canon('发现不好的能退么').concepts).toContain('七天无理由');
    expect(canon('快递费用谁负担呢').concepts).toContain('退货运费');
    expect(canon('发票抬头能改么').concepts).toContain('修改发票');
  });

  it('finds a verb said apart from its object, within one clause', () => {
    expect(canon('钱要大概什么时候才可以退').concepts).toContain('退款');
    expect(canon('发票你另外寄给我').concepts).toContain('纸质发票');
    // A pair can be held to a short gap: 没有发票 is an invoice not received, 没问题…发票 is not.
    expect(canon('怎么没有发票呢').concepts).toContain('未收到');
    expect(canon('没问题那帮我开个发票').concepts).not.toContain('未收到');
    expect(canon('没有那种发票吗').concepts).not.toContain('未收到'); // asks for another kind
    // Another clause, or too far apart: no longer one phrase.
    expect(canon('多少钱 退货运费谁出').concepts).not.toContain('退款');
    expect(canon('发票抬头写公司名称，商品今天下午能不能寄').concepts).not.toContain('纸质发票');
  });

  it('drops filler particles but keeps words that contain them', () => {
    expect(canon('亲在吗').text).toBe('在吗');
    expect(canon('好的呢').text).toBe('好的');
    expect(canon('这件呢子大衣').text).toContain('呢子');
    expect(canon('为什么').text).toBe('为什么');
  });

  it('keeps the replaced words so their own characters still count', () => {
    expect(canon('快递费').replaced).toEqual(['快递费']);
    expect(canon('运费').replaced).toEqual([]);
  });

  it('sets greetings apart from what the message is about', () => {
    const c = canon('你好，可以开发票吗');
    expect(c.social).toEqual(['你好']);
    expect(c.concepts).toContain('发票');
    expect(c.concepts).not.toContain('可以'); // function words are not concepts
  });
});
