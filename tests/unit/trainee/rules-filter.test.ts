import { describe, expect, it } from 'vitest';
import { defaultReplies, defaultRules } from '@/utils/library/default';
import { filterRules, linkedReplies, NO_FILTER, platformsPresent, topicsPresent } from '@/utils/trainee/rules-filter';

const rules = defaultRules(0);
const replies = new Map(defaultReplies(0).map((r) => [r.id, r]));

describe('rules filter', () => {
  it('shows every rule without a filter', () => {
    expect(filterRules(rules, NO_FILTER)).toHaveLength(rules.length);
  });

  it('filters by platform, topic and bookmarks together', () => {
    const jd = filterRules(rules, { ...NO_FILTER, platform: 'jd' });
    expect(jd.length).toBeGreaterThan(0);
    expect(jd.every((r) => r.platform === 'jd')).toBe(true);
    const lawAfterSales = filterRules(rules, { ...NO_FILTER, platform: 'law', topic: '售后' });
    expect(lawAfterSales.every((r) => r.platform === 'law' && r.topic === '售后')).toBe(true);
    const marked = [rules[0]!.id, rules[5]!.id];
    expect(filterRules(rules, { ...NO_FILTER, bookmarkedOnly: true }, marked).map((r) => r.id)).toEqual(marked);
  });

  it('keeps search hits in the search order', () => {
    const ids = [rules[3]!.id, 'not-a-rule', rules[1]!.id];
    expect(filterRules(rules, { ...NO_FILTER, matchIds: ids }).map((r) => r.id)).toEqual([rules[3]!.id, rules[1]!.id]);
    expect(filterRules(rules, { ...NO_FILTER, matchIds: [] })).toEqual([]);
  });

  it('lists the platforms and topics present', () => {
    expect(platformsPresent(rules)).toEqual(['taobao', 'jd', 'pdd', 'douyin', 'law']);
    const topics = topicsPresent(rules);
    expect(topics[0]).toBe('售后');
    expect(topics).toContain('宣传用语');
    expect(topicsPresent(rules, 'jd')).not.toContain('宣传用语');
  });

  it('resolves linked replies that exist, in order', () => {
    const rule = { ...rules[0]!, replyIds: ['r-shouhou-01', 'gone', 'r-chima-08'] };
    expect(linkedReplies(rule, replies).map((r) => r.title)).toEqual(['七天无理由', '尺码不合适']);
    for (const r of rules) expect(linkedReplies(r, replies)).toHaveLength(r.replyIds.length);
  });
});
