import { describe, expect, it } from 'vitest';
import { defaultReplies, defaultRules, defaultSizeCharts } from '@/utils/library/default';
import { REPLY_GROUPS } from '@/utils/library/types';

const replies = defaultReplies();
const rules = defaultRules();

describe('embedded default library', () => {
  it('has at least 120 replies covering every group, with titles, keywords and unique ids', () => {
    expect(replies.length).toBeGreaterThanOrEqual(120);
    for (const g of REPLY_GROUPS) expect(replies.filter((r) => r.group === g).length, g).toBeGreaterThanOrEqual(5);
    expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
    for (const r of replies) {
      expect(REPLY_GROUPS as readonly string[]).toContain(r.group);
      expect(r.title && r.text && r.keywords.length > 0, r.id).toBeTruthy();
    }
  });

  it('has unique shortcuts', () => {
    const codes = replies.map((r) => r.shortcut).filter(Boolean);
    expect(codes.length).toBeGreaterThan(100);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('contains no wording that platforms penalise', () => {
    const risky = /最好|最低价|第一|国家级|100%|微信|QQ|返现|加我/;
    for (const r of replies) expect(r.text, r.id).not.toMatch(risky);
  });

  it('has at least 30 rule cheat-sheets across the platforms and national law, each sourced and dated', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    for (const p of ['taobao', 'jd', 'pdd', 'douyin', 'law'] as const) {
      expect(rules.filter((r) => r.platform === p).length, p).toBeGreaterThanOrEqual(5);
    }
    for (const r of rules) {
      expect(r.summary && r.body && r.sourceRef, r.id).toBeTruthy();
      expect(r.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const ids = new Set(replies.map((r) => r.id));
    for (const r of rules) for (const id of r.replyIds) expect(ids.has(id), `${r.id} → ${id}`).toBe(true);
  });

  it('covers the national rules the agents must know', () => {
    const text = rules.map((r) => `${r.title} ${r.body} ${r.sourceRef}`).join('\n');
    expect(text).toMatch(/第二十五条/);
    expect(text).toMatch(/广告法.*第九条|第九条.*广告法/);
    expect(text).toMatch(/好评返现/);
    expect(text).toMatch(/站外|平台外|私下/);
  });

  it('has size charts for women\'s tops, pants and kids with consistent ranges', () => {
    const charts = defaultSizeCharts();
    expect(charts.map((c) => c.name)).toEqual(expect.arrayContaining(['女装上衣', '裤装', '童装']));
    for (const c of charts) {
      for (const row of c.rows) {
        for (const range of [row.height, row.weight, row.bust, row.waist, row.hip]) {
          if (range) expect(range[0], `${c.name} ${row.size}`).toBeLessThanOrEqual(range[1]);
        }
      }
    }
  });
});
