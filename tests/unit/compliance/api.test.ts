import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  checkLibrary,
  DEFAULT_LISTS,
  mergeLists,
  prepare,
  summarize,
  validateLists,
  type ComplianceLists,
} from '@/utils/compliance';
import { categories } from './helpers';

describe('checkDraft', () => {
  it('returns nothing for empty or clean text', () => {
    expect(checkDraft('')).toEqual([]);
    expect(checkDraft('   ')).toEqual([]);
    expect(checkDraft('您好，欢迎光临，看中哪款可以直接问我哦')).toEqual([]);
  });

  it('fills every field of a finding', () => {
    const [f] = checkDraft('亲，这款是最好的');
    expect(f).toMatchObject({ category: 'absolute', severity: 'medium', match: '最好' });
    expect(f!.rule).toContain('广告法');
    expect(f!.suggestion).toBe('最好 → 很受欢迎 / 口碑不错');
    expect('亲，这款是最好的'.slice(f!.start, f!.end)).toBe('最好');
  });

  it('merges overlapping matches of one category into one finding', () => {
    const found = checkDraft('加微信吧').filter((f) => f.category === 'offplatform');
    expect(found.map((f) => f.match)).toEqual(['加微信']);
  });

  it('is deterministic and sorted by position', () => {
    const text = '加我微信，五星好评返5元，全网最低价，保证明天到，爱买不买';
    const a = checkDraft(text);
    expect(checkDraft(text)).toEqual(a);
    expect(a.map((f) => f.start)).toEqual([...a.map((f) => f.start)].sort((x, y) => x - y));
    expect(new Set(a.map((f) => f.category)).size).toBe(5);
  });

  it('stays well under a millisecond for a typical draft', () => {
    prepare();
    const drafts = ['亲，这款是同类里最耐用的，加我V信发视频', '您好，估计周末前能到，请留意物流信息', '不知道，你问快递吧'];
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) for (const d of drafts) checkDraft(d);
    expect((performance.now() - t0) / 900).toBeLessThan(1);
  });
});

describe('summarize', () => {
  it('counts findings per category, zero for the rest', () => {
    const s = summarize(checkDraft('全网最低价，加我微信，再给个五星好评返3元'));
    expect(s).toEqual({ absolute: 1, offplatform: 1, inducement: 1, promise: 0, negative: 0, total: 3 });
  });
});

describe('checkLibrary', () => {
  it('lists only replies whose text has risky wording, in order', () => {
    const report = checkLibrary([
      { id: 'a', title: '最好的回复', text: '亲，预计明天送达哦' },
      { id: 'b', title: '催发货', text: '保证周五前一定送到' },
      { id: 'c', title: '售后', text: '有问题加我微信' },
    ]);
    expect(report.map((r) => r.replyId)).toEqual(['b', 'c']);
    expect(report[0]!.findings[0]!.category).toBe('promise');
  });
});

describe('mergeLists', () => {
  const extra = {
    categories: {
      absolute: { terms: ['宇宙无敌'], allow: ['最美乡村'] },
      offplatform: { patterns: ['钉钉号'] },
      negative: { groups: [{ id: 'team-rude', terms: ['杠精'] }] },
    },
    vocab: { BENEFIT: ['购物金'] },
  };
  const merged = mergeLists(DEFAULT_LISTS, extra);

  it('adds terms, patterns and groups from a team pack', () => {
    expect(categories('这款宇宙无敌', merged)).toEqual(['absolute']);
    expect(categories('我的钉钉号是kd01', merged)).toEqual(['offplatform']);
    expect(categories('你是杠精吧', merged)).toEqual(['negative']);
    expect(categories('你是杠精吧')).toEqual([]);
  });

  it('adds trap words that silence a match', () => {
    expect(categories('我们村是最美乡村之一')).toEqual(['absolute']);
    expect(categories('我们村是最美乡村之一', merged)).toEqual([]);
  });

  it('extends every pattern that uses a vocabulary word', () => {
    expect(categories('五星好评送10元购物金')).toEqual(['inducement']); // "10元" alone already counts
    expect(categories('晒图好评送购物金')).toEqual(['inducement']); // direct term
    expect(categories('给个五星好评，奖励购物金', merged)).toEqual(['inducement']);
  });

  it('adds terms to an existing group with the same id', () => {
    const more = mergeLists(DEFAULT_LISTS, { categories: { absolute: { groups: [{ id: 'grade', terms: ['巅峰之作'] }] } } });
    const grade = more.categories.absolute.groups.filter((g) => g.id === 'grade');
    expect(grade).toHaveLength(1);
    expect(grade[0]!.terms).toContain('巅峰之作');
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify(DEFAULT_LISTS);
    mergeLists(DEFAULT_LISTS, extra);
    expect(JSON.stringify(DEFAULT_LISTS)).toBe(before);
  });
});

describe('validateLists', () => {
  it('accepts the defaults', () => {
    expect(validateLists(DEFAULT_LISTS)).toEqual([]);
  });

  it('reports a bad team pattern or unknown vocabulary and keeps the other rules working', () => {
    const bad: ComplianceLists = mergeLists(DEFAULT_LISTS, {
      categories: { offplatform: { patterns: ['加(我', '{NO_SUCH_WORDS}'] } },
    });
    const errors = validateLists(bad);
    expect(errors).toHaveLength(2);
    expect(categories('加我微信', bad)).toEqual(['offplatform']);
  });
});
