import { describe, expect, it } from 'vitest';
import { checkDraft, DEFAULT_LISTS, mergeLists, validateLists, type ComplianceLists } from '@/utils/compliance';
import { categories, type Row } from './helpers';

/** The defaults without the tone stage: what the word lists alone catch. */
const listsOnly: ComplianceLists = { ...DEFAULT_LISTS, tone: undefined };

// Put-downs that no list names: the tone stage catches them from how they are said.
describe('tone stage: triggering', () => {
  const flagged: Row[] = [
    ['你这审美也太奇葩了点，这款颜色就是这样的', ['negative']], // 你这… + 就这样
    ['库存就是库存，系统说没有就没有', ['negative']], // tautology
    ['你到底想不想要，想好了再来找我', ['negative']], // 你到底 + 再来找
    ['都签收三天了才来说少件？', ['negative']], // 都…了才
    ['哪可能每单都拆开检查一遍给你看', ['negative']], // rhetorical 哪可能 + 你
    ['嫌麻烦的话就不要网购了', ['negative']], // condition + 就不要
    ['呵，你开心就行', ['negative']], // lone 呵
    ['这点色差也要退，真能折腾', ['negative']], // trivialize + judgement
    ['你先自己查查物流再说', ['negative']], // 自己查 pushed back
    ['我第三遍说了，周四发', ['negative']], // repeat + 你-less impatience
    ['您这就是鸡毛蒜皮的事，犯得上吗', ['negative']], // 您 does not clean: 您这就是 + 犯得上? (via 您这)
    ['亲，别瞎猜了，等着吧', ['negative']], // 别瞎 + 等着吧; a leading 亲 does not clean it
    ['那不是你自己拍错的吗', ['negative']], // rhetorical + blame
    ['东西坏了跟店铺有啥关系', ['negative']], // disclaim
  ];
  it.each(flagged)('%s', (text, expected) => expect(categories(text)).toEqual(expected));

  it('catches drafts the word lists alone miss', () => {
    for (const text of ['都签收三天了才来说少件？', '嫌麻烦的话就不要网购了', '这点色差也要退，真能折腾']) {
      expect(checkDraft(text, listsOnly)).toEqual([]);
      expect(categories(text)).toEqual(['negative']);
    }
  });

  it('names the cues in the rule and gives a polite rewording', () => {
    const [f] = checkDraft('库存就是库存，系统说没有就没有');
    expect(f!.category).toBe('negative');
    expect(f!.rule).toContain('硬拒');
    expect(f!.suggestion).toMatch(/抱歉|您/);
  });

  it('highlights the sentence whose cues weigh most, in the agent’s own text', () => {
    const text = '收到啦。你到底想不想要，想好了再来找我！';
    const [f] = checkDraft(text);
    expect(f!.match).toBe(text.slice(f!.start, f!.end));
    expect(f!.start).toBeGreaterThanOrEqual(text.indexOf('你'));
  });

  it('is medium when several cues add up, low when just over the threshold', () => {
    // Neither draft is caught by the word lists, so the severity is the tone stage's own.
    expect(checkDraft('亲，这点色差也要退，真能折腾')[0]!.severity).toBe('low'); // trivialize 1.5 + judgement 1.5
    expect(checkDraft('这点色差也要退，真能折腾')[0]!.severity).toBe('medium'); // + unsoftened 1: no 亲/您/哦 anywhere
  });
});

describe('tone stage: cleaning', () => {
  const clean: Row[] = [
    ['很抱歉，这款库存就是这么多了，您可以关注下周补货', []], // apology + alternative
    ['因为是预售款，都要月底才发，您可以先拍下，到货按顺序发', []], // explanation + alternative
    ['你放心，我已经帮你备注了，明天一早就发', []], // friendly 你
    ['别担心，快递只是转运慢一点，我帮您盯着', []], // friendly 别
    ['不知道您方便什么时候收货，我好安排快递', []], // polite ask
    ['是我们发错了型号，我们的问题，马上给您换', []], // the shop taking blame
    ['您可以自己在订单页改地址，改不了的话我帮您改', []], // 自己 with help offered
    ['亲，第二次购买的老顾客可以找我领券哦', []], // ordinal, not a count of repeats
    ['哈哈，亲眼光真好，这件卖得很火', []], // friendly laugh
    ['好的好的，马上为您处理', []], // not a grudging 行吧行吧
    ['包裹还在路上，又到了一个中转站，预计后天到', []], // plain 还/又
    ['亲，参数在详情页第二屏，您往下拉就能看到', []], // polite pointer
  ];
  it.each(clean)('clean: %s', (text, expected) => expect(categories(text)).toEqual(expected));

  it('the no-softening cue tips a draft but is not what gets highlighted', () => {
    const text = '签收后再说，你这是在为难我';
    const [f] = checkDraft(text);
    expect(f!.match).toBe('你这是在为难我');
    expect(categories('签收后7天内可无理由退货，订单带运费险')).toEqual([]);
  });

  it('an apology elsewhere in the draft cleans a cue-only hit', () => {
    expect(categories('不好意思，你说的那款确实不退了，不过可以换同价位的')).toEqual([]);
    expect(categories('你说的那款确实不退了，别想了')).toEqual(['negative']);
  });
});

describe('tone stage: data', () => {
  it('compiles without errors', () => {
    expect(validateLists(DEFAULT_LISTS)).toEqual([]);
  });

  it('team packs add cues, cleaners and allow patterns by id', () => {
    expect(categories('您这是在钓鱼执法吧')).toEqual([]);
    const pack = mergeLists(DEFAULT_LISTS, { tone: { cues: [{ id: 'judgement', label: '', weight: 0, patterns: ['钓鱼执法'] }] } });
    expect(pack.tone!.cues.filter((c) => c.id === 'judgement')).toHaveLength(1);
    expect(categories('您这是在钓鱼执法吧', pack)).toEqual(['negative']);
    const quiet = mergeLists(pack, { tone: { allow: ['钓鱼执法'] } });
    expect(categories('您这是在钓鱼执法吧', quiet)).toEqual([]);
    expect(JSON.stringify(DEFAULT_LISTS.tone)).not.toContain('钓鱼执法');
  });

  it('reports a bad team cue and keeps the stage working', () => {
    const bad = mergeLists(DEFAULT_LISTS, { tone: { cues: [{ id: 'x', label: 'x', weight: 3, patterns: ['(坏'] }] } });
    expect(validateLists(bad)).toHaveLength(1);
    expect(categories('库存就是库存，系统说没有就没有', bad)).toEqual(['negative']);
  });

  it('stays fast: well under a millisecond per typical draft', () => {
    const drafts = ['亲，预计明天发货哦', '你到底想不想要，想好了再来找我', '很抱歉，这款库存就是这么多了，您可以关注下周补货'];
    for (const d of drafts) checkDraft(d);
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) for (const d of drafts) checkDraft(d);
    expect((performance.now() - t0) / 900).toBeLessThan(1);
  });
});
