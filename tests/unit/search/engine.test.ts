import { describe, expect, it } from 'vitest';
import { defaultReplies, defaultRules } from '@/utils/library/default';
import type { Reply } from '@/utils/library/types';
import { LibraryIndex } from '@/utils/search/engine';

const reply = (id: string, title: string, keywords: string[], extra: Partial<Reply> = {}): Reply => ({
  id, group: '通用', title, text: `${title}的回复`, keywords, shortcut: '', questions: [], shops: [], platforms: [],
  source: 'team', useCount: 0, updatedAt: 0, ...extra,
});

const library = () => [
  reply('ship', '发货时间', ['什么时候发货', '多久发货'], { shortcut: 'fhsj' }),
  reply('invoice', '补开发票', ['发票', '开票'], { shortcut: 'fp' }),
  reply('free', '包邮说明', ['包邮', '运费'], { shortcut: 'by' }),
  reply('cancel', '取消订单', ['取消订单', '拍错了']),
  reply('refund', '退款到账', ['退款多久到账', '退款时间'], { text: '亲，退款原路返回，一般1-3个工作日到账哦' }),
  reply('eta', '到货时间', ['几天到', '多久能到']),
];

const top = (index: LibraryIndex, q: string, options = {}) => index.suggest(q, { limit: 3, ...options }).map((s) => s.id);

describe('LibraryIndex.suggest', () => {
  const index = new LibraryIndex(library(), []);

  it('understands colloquial wording through the lexicon', () => {
    expect(top(index, '亲包邮吗为什么还要邮费啊')[0]).toBe('free'); // 邮费 → 运费
    expect(top(index, '啥时候能到')[0]).toBe('eta'); // 啥时候 → 什么时候, 能到 → 到货
    expect(top(index, '我想不要了')[0]).toBe('cancel'); // 不要了 → 取消订单
    expect(top(index, '我的钱什么时候退给我')[0]).toBe('refund'); // 退给我 → 退款
  });

  it('is not thrown by traditional characters, full-width forms, emoticons and repeats', () => {
    expect(top(index, '請問可以開發票嗎？？[微笑]')[0]).toBe('invoice');
    expect(top(index, 'ＦＰ 发票！！！！')[0]).toBe('invoice');
  });

  it('says why: the words that matched', () => {
    const [first] = index.suggest('能开发票吗');
    expect(first!.reason).toContain('发票');
  });

  it('does not take 没有X for a mention of 有X', () => {
    const withAsk = new LibraryIndex([...library(), reply('has', '有发票吗', ['有发票吗', '有没有发票'])], []);
    expect(withAsk.suggest('有发票吗').find((s) => s.id === 'has')!.reason).toContain('有发票');
    expect(withAsk.suggest('怎么没有发票呢').find((s) => s.id === 'has')?.reason ?? '').not.toContain('有发票');
  });

  it('suggests nothing for empty or meaningless messages', () => {
    expect(index.suggest('  ')).toEqual([]);
    expect(index.suggest('[微笑]')).toEqual([]);
  });

  it('keeps entries of other shops and platforms out', () => {
    const scoped = new LibraryIndex(
      [...library(), reply('free-b', '包邮说明（B店）', ['包邮', '运费'], { shops: ['shop-b'] }), reply('free-jd', '京东包邮', ['包邮'], { platforms: ['jd'] })],
      [],
    );
    expect(top(scoped, '包邮吗', { shop: 'shop-a', limit: 9 })).not.toContain('free-b');
    expect(top(scoped, '包邮吗', { shop: 'shop-b', limit: 9 })).toContain('free-b');
    expect(top(scoped, '包邮吗', { platform: 'pdd', limit: 9 })).not.toContain('free-jd');
    expect(top(scoped, '包邮吗', { limit: 9 })).toEqual(expect.arrayContaining(['free', 'free-b']));
  });

  it('surfaces platform rules as rules, below the replies that answer', () => {
    const full = new LibraryIndex(defaultReplies(), defaultRules());
    const out = full.suggest('我想七天无理由退货');
    expect(out.some((s) => s.kind === 'rule' && s.source?.includes('核对于'))).toBe(true);
    expect(out[0]!.kind).toBe('reply');
  });
});

describe('learning from use', () => {
  it('matches the team\'s own phrasing next time, per shop, and can forget it', () => {
    const index = new LibraryIndex(library(), []);
    const phrasing = '东西拍下了能不能当天寄走';
    expect(top(index, phrasing)[0]).not.toBe('ship');
    expect(index.learn({ replyId: 'ship', text: phrasing, shop: 'shop-a', createdAt: 1 })).toBe(true);
    expect(index.learn({ replyId: 'ship', text: `${phrasing}！`, shop: 'shop-a', createdAt: 2 })).toBe(false); // duplicate
    expect(top(index, '拍下了当天能寄走吗', { shop: 'shop-a' })[0]).toBe('ship');
    expect(top(index, '拍下了当天能寄走吗', { shop: 'shop-b' })[0]).not.toBe('ship');
    index.unlearn({ replyId: 'ship', text: phrasing, shop: 'shop-a' });
    expect(top(index, '拍下了当天能寄走吗', { shop: 'shop-a' })[0]).not.toBe('ship');
  });

  it('lets no single learned message take over a reply that names the question', () => {
    const index = new LibraryIndex([...library(), reply('refuse', '拒收', ['拒收', '拒签'])], []);
    // Cancelling after shipping means refusing the parcel; cancelling as such is still 取消订单.
    index.accept({ replyId: 'refuse', text: '我取消订单了，不过货已经发出了', shop: '', createdAt: 1 });
    expect(top(index, '我要取消订单')[0]).toBe('cancel');
    expect(top(index, '取消订单了但是货已经发出了')[0]).toBe('refuse');
  });

  it('keeps learned examples across edits of the reply', () => {
    const index = new LibraryIndex(library(), []);
    index.learn({ replyId: 'ship', text: '东西拍下了能不能当天寄走', shop: '', createdAt: 1 });
    index.upsert({ ...library()[0]!, text: '亲，16点前付款当天发出哦' });
    expect(top(index, '拍下了当天能寄走吗')[0]).toBe('ship');
    // Built from storage: the same, without one rebuild per example.
    const loaded = new LibraryIndex(library(), [], [{ replyId: 'ship', text: '东西拍下了能不能当天寄走', shop: '', createdAt: 1 }]);
    expect(top(loaded, '拍下了当天能寄走吗')[0]).toBe('ship');
  });

  it('ignores examples for replies it does not know', () => {
    expect(new LibraryIndex(library(), []).learn({ replyId: 'nope', text: '在吗', shop: '', createdAt: 0 })).toBe(false);
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes entries without a rebuild', () => {
    const index = new LibraryIndex(library(), []);
    index.upsert(reply('gift', '赠品说明', ['赠品', '送什么']));
    expect(top(index, '有送什么吗')[0]).toBe('gift');
    index.upsert(reply('gift', '会员积分', ['积分']));
    expect(top(index, '有送什么吗')).not.toContain('gift');
    expect(top(index, '积分怎么用')[0]).toBe('gift');
    index.remove('gift');
    expect(top(index, '积分怎么用')).not.toContain('gift');
    expect(index.size).toBe(library().length);
  });

  it('stays correct through many edits (tombstones are compacted)', () => {
    const index = new LibraryIndex(library(), []);
    for (let i = 0; i < 300; i++) index.upsert(reply(`tmp-${i % 10}`, `临时${i}`, [`临时词${i}`]));
    for (let i = 0; i < 10; i++) index.remove(`tmp-${i}`);
    expect(index.size).toBe(library().length);
    expect(top(index, '包邮吗')[0]).toBe('free');
  });
});

describe('LibraryIndex.search (the search box)', () => {
  const index = new LibraryIndex(library(), []);

  it('finds shortcut codes exactly, then by prefix', () => {
    expect(index.search('fhsj')[0]?.id).toBe('ship');
    expect(index.search('/fh')[0]?.id).toBe('ship');
    expect(index.search('fp')[0]?.id).toBe('invoice');
  });

  it('finds titles by pinyin initials and full pinyin', () => {
    expect(index.search('qxdd')[0]?.id).toBe('cancel');
    expect(index.search('tuikuan')[0]?.id).toBe('refund');
    expect(index.search('baoyou')[0]?.id).toBe('free');
  });

  it('tolerates typos in titles (Fuse.js)', () => {
    expect(index.search('退宽到账')[0]?.id).toBe('refund');
    expect(index.search('包油说明').map((s) => s.id)).toContain('free');
  });

  it('finds titles and free text', () => {
    expect(index.search('发票')[0]?.id).toBe('invoice');
    expect(index.search('钱什么时候退').map((s) => s.id)).toContain('refund');
  });
});
