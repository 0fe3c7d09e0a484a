import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  BOXES,
  answerCard,
  boxCounts,
  boxOf,
  dueQueue,
  loadLeitner,
  normalizeLeitner,
  recordCard,
  reviewAhead,
  type LeitnerState,
} from '@/utils/trainee/leitner';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 2);

describe('Leitner boxes', () => {
  it('moves a known card up one box at a time from box 1, up to the last box', () => {
    let s: LeitnerState = {};
    expect(boxOf(s, 'a')).toBe(0);
    for (let i = 1; i <= BOXES + 2; i++) {
      s = answerCard(s, 'a', true, T0);
      expect(boxOf(s, 'a')).toBe(Math.min(i + 1, BOXES));
    }
    expect(s.a).toMatchObject({ seen: BOXES + 2, known: BOXES + 2 });
  });

  it('sends a missed card back to box 1, due at once', () => {
    let s = answerCard(answerCard({}, 'a', true, T0), 'a', true, T0);
    expect(boxOf(s, 'a')).toBe(3);
    s = answerCard(s, 'a', false, T0 + DAY);
    expect(s.a).toEqual({ box: 1, due: T0 + DAY, seen: 3, known: 2 });
  });

  it('spaces cards further apart in higher boxes', () => {
    let s: LeitnerState = {};
    const gaps: number[] = [];
    for (let i = 1; i < BOXES; i++) {
      s = answerCard(s, 'a', true, T0);
      gaps.push(s.a!.due - T0);
    }
    expect(gaps[0]).toBe(DAY);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
  });

  it('queues new and overdue cards first, a card just missed last, and leaves future cards out', () => {
    let s: LeitnerState = {};
    s = answerCard(s, 'known', true, T0); // due tomorrow
    s = answerCard(s, 'missed', false, T0 + 5); // due now, just missed
    s = answerCard(s, 'old', false, T0 - DAY); // overdue since yesterday
    const ids = ['missed', 'known', 'new1', 'old', 'new2'];
    expect(dueQueue(ids, s, T0 + 10)).toEqual(['new1', 'new2', 'old', 'missed']);
    expect(dueQueue(ids, s, T0 + DAY)).toEqual(['new1', 'new2', 'old', 'missed', 'known']);
    expect(reviewAhead(ids, s)).toEqual(['new1', 'new2', 'old', 'missed', 'known']);
  });

  it('counts cards per box, unseen in slot 0', () => {
    const s = answerCard(answerCard({}, 'a', true, T0), 'b', false, T0);
    expect(boxCounts(['a', 'b', 'c'], s)).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('repairs stored values', () => {
    expect(normalizeLeitner('x')).toEqual({});
    expect(normalizeLeitner({ a: { box: 9, due: 'x' }, b: 3 })).toEqual({ a: { box: BOXES, due: 0, seen: 0, known: 0 } });
  });
});

describe('Leitner storage', () => {
  beforeEach(() => fakeBrowser.reset());
  it('records answers locally', async () => {
    await Promise.all([recordCard('a', true, T0), recordCard('b', false, T0)]);
    const s = await loadLeitner();
    expect(boxOf(s, 'a')).toBe(2);
    expect(boxOf(s, 'b')).toBe(1);
    expect(s.a!.due).toBe(T0 + DAY);
    await recordCard('a', true, T0);
    expect(boxOf(await loadLeitner(), 'a')).toBe(3);
  });
});
