import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/compliance';
import { defaultReplies } from '@/utils/library/default';
import { seededRng, shuffle } from '@/utils/trainee/random';
import { buildPool, distractors, isCorrectPick, judgeDraft, makeRound, poolGroups, PRACTICE_SET } from '@/utils/trainee/rounds';

const replies = defaultReplies(0);
const byId = new Map(replies.map((r) => [r.id, r]));
const pool = buildPool(replies);

describe('practice pool', () => {
  it('holds the practice set and every example question of the library, once each', () => {
    const questions = replies.reduce((n, r) => n + r.questions.length, 0);
    expect(pool.filter((p) => p.source === 'practice')).toHaveLength(PRACTICE_SET.length);
    expect(pool.length).toBeGreaterThan(PRACTICE_SET.length + questions * 0.9);
    expect(new Set(pool.map((p) => p.text)).size).toBe(pool.length);
    expect(pool.find((p) => p.id === 'q:r-fapiao-01:0')).toMatchObject({ text: '能开票吗', group: '发票', answerIds: ['r-fapiao-01'] });
  });

  it('drops answers the library no longer has, and messages left without any', () => {
    const some = replies.filter((r) => r.id !== 'r-wuliu-04' && r.id !== 'r-wuliu-14');
    const p = buildPool(some);
    expect(p.find((x) => x.id === 'p-wl-01')?.answerIds).toEqual(['r-wuliu-01']);
    expect(p.find((x) => x.id === 'p-wl-07')).toBeUndefined();
    expect(p.some((x) => x.answerIds.includes('r-wuliu-04'))).toBe(false);
  });

  it('lists groups in the library order', () => {
    expect(poolGroups(pool).slice(0, 4)).toEqual(['售前', '物流', '售后', '发票']);
  });
});

describe('rounds', () => {
  it('offers the right reply and three distractors from three other groups', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const round = makeRound(pool, replies, seededRng(seed));
      expect(round).not.toBeNull();
      const { item, options, correctId } = round!;
      expect(options).toHaveLength(4);
      expect(options.map((o) => o.id)).toContain(correctId);
      expect(correctId).toBe(item.answerIds[0]);
      const answerGroups = new Set(item.answerIds.map((id) => byId.get(id)!.group));
      const wrong = options.filter((o) => o.id !== correctId);
      for (const o of wrong) {
        expect(item.answerIds).not.toContain(o.id);
        expect(answerGroups.has(o.group)).toBe(false);
        expect(o.group).not.toBe('通用');
      }
      expect(new Set(wrong.map((o) => o.group)).size).toBe(3);
    }
  });

  it('puts the right reply in every position over many rounds', () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const r = makeRound(pool, replies, seededRng(seed))!;
      positions.add(r.options.findIndex((o) => o.id === r.correctId));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps to a chosen group and avoids recent messages while others remain', () => {
    const rng = seededRng(7);
    const seen = new Set<string>();
    const invoices = pool.filter((p) => p.group === '发票');
    for (let i = 0; i < invoices.length; i++) {
      const r = makeRound(pool, replies, rng, { group: '发票', avoid: seen })!;
      expect(r.item.group).toBe('发票');
      expect(seen.has(r.item.id)).toBe(false);
      seen.add(r.item.id);
    }
    expect(makeRound(pool, replies, rng, { group: '发票', avoid: seen })?.item.group).toBe('发票');
    expect(makeRound(pool, replies, rng, { group: '没有这组' })).toBeNull();
  });

  it('fills from fewer groups when the library has few, and gives no round rather than a broken one', () => {
    const two = replies.filter((r) => r.group === '物流' || r.group === '售后');
    const round = makeRound(buildPool(two), two, seededRng(1))!;
    const own = byId.get(round.correctId)!.group;
    expect(round.options.filter((o) => o.group !== own)).toHaveLength(3);
    const one = replies.filter((r) => r.group === '物流');
    expect(makeRound(buildPool(one), one, seededRng(1))).toBeNull();
    expect(distractors(one, buildPool(one)[0]!, seededRng(1))).toEqual([]);
  });

  it('scores a pick: any reply that answers the message is right', () => {
    const item = pool.find((p) => p.id === 'p-wl-01')!;
    const round = { item, options: [], correctId: item.answerIds[0]! };
    expect(isCorrectPick(round, 'r-wuliu-04')).toBe(true);
    expect(isCorrectPick(round, 'r-wuliu-01')).toBe(true);
    expect(isCorrectPick(round, 'r-fapiao-01')).toBe(false);
  });

  it('judges a written reply by the compliance findings', () => {
    expect(judgeDraft('  ', [])).toBeNull();
    const clean = '亲，非常抱歉让您久等了，我马上帮您催促仓库发货～';
    expect(judgeDraft(clean, checkDraft(clean))).toEqual({ clean: true, high: 0, total: 0 });
    const risky = '亲，加我微信，私下给您便宜';
    const verdict = judgeDraft(risky, checkDraft(risky))!;
    expect(verdict.clean).toBe(false);
    expect(verdict.high).toBeGreaterThan(0);
  });

  it('shuffles with a seed reproducibly', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRng(3))).toEqual(shuffle([1, 2, 3, 4, 5], seededRng(3)));
  });
});
