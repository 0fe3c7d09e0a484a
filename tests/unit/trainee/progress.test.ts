import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseCsv } from '@/utils/library/csv';
import {
  currentDayStreak,
  emptyProgress,
  loadProgress,
  loadTraineeName,
  localDay,
  normalizeProgress,
  progressCsv,
  recordAttempt,
  saveAttempt,
  saveTraineeName,
  topicRows,
  totals,
  weakTopics,
  type ProgressState,
} from '@/utils/trainee/progress';

const DAY = 86_400_000;
const T0 = new Date(2026, 10, 20, 10).getTime();

function play(results: Array<[string, boolean]>, at = T0): ProgressState {
  return results.reduce((s, [topic, correct], i) => recordAttempt(s, { topic, correct, at: at + i }), emptyProgress());
}

describe('progress', () => {
  it('counts attempts and accuracy per topic, most practised first', () => {
    const s = play([['物流', true], ['物流', false], ['发票', true], ['物流', true]]);
    expect(topicRows(s)).toEqual([
      { topic: '物流', attempts: 3, correct: 2, accuracy: 2 / 3 },
      { topic: '发票', attempts: 1, correct: 1, accuracy: 1 },
    ]);
    expect(totals(s)).toMatchObject({ attempts: 4, correct: 3, accuracy: 0.75 });
  });

  it('keeps the run of correct answers and the best run', () => {
    const s = play([['a', true], ['a', true], ['a', true], ['b', false], ['b', true]]);
    expect(s.streak).toBe(1);
    expect(s.bestStreak).toBe(3);
  });

  it('counts days practised in a row and drops the run after a missed day', () => {
    let s = recordAttempt(emptyProgress(), { topic: 'a', correct: true, at: T0 });
    s = recordAttempt(s, { topic: 'a', correct: true, at: T0 + 60_000 });
    expect(s.dayStreak).toBe(1);
    s = recordAttempt(s, { topic: 'a', correct: false, at: T0 + DAY });
    expect(s.dayStreak).toBe(2);
    expect(s.lastDay).toBe(localDay(T0 + DAY));
    expect(currentDayStreak(s, T0 + 2 * DAY)).toBe(2);
    expect(currentDayStreak(s, T0 + 3 * DAY)).toBe(0);
    s = recordAttempt(s, { topic: 'a', correct: true, at: T0 + 4 * DAY });
    expect(s.dayStreak).toBe(1);
  });

  it('finds weak topics: lowest accuracy among those tried at least 3 times, never perfect ones', () => {
    const s = play([
      ['物流', true], ['物流', false], ['物流', true], // 67%
      ['发票', false], ['发票', false], ['发票', true], ['发票', true], // 50%
      ['尺码', false], ['尺码', false], // only 2 attempts
      ['支付', true], ['支付', true], ['支付', true], // perfect
    ]);
    expect(weakTopics(s)).toEqual(['发票', '物流']);
    expect(weakTopics(s, 2)).toEqual(['尺码', '发票', '物流']);
    expect(weakTopics(s, 2, 1)).toEqual(['尺码']);
  });

  it('exports a CSV for the team lead, safe to open in a spreadsheet', () => {
    const s = play([['物流', true], ['物流', false], ['物流', false], ['规则·售后', true]]);
    const csv = progressCsv(s, ' =小王 ', '2026-11-20');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['日期 date', '学员 trainee', '主题 topic', '练习次数 attempts', '正确率 accuracy', '薄弱主题 weak topics']);
    expect(rows[1]).toEqual(['2026-11-20', "'=小王", '物流', '3', '33%', '物流']);
    expect(rows[2]).toEqual(['2026-11-20', "'=小王", '规则·售后', '1', '100%', '物流']);
    expect(rows[3]).toEqual(['2026-11-20', "'=小王", '全部', '4', '50%', '物流']);
  });

  it('repairs stored values', () => {
    expect(normalizeProgress(null)).toEqual(emptyProgress());
    const s = normalizeProgress({ topics: { a: { attempts: 2, correct: 5 }, b: 'x' }, streak: 4, bestStreak: 1, lastDay: 3 });
    expect(s).toEqual({ topics: { a: { attempts: 2, correct: 2, lastAt: 0 } }, streak: 4, bestStreak: 4, lastDay: null, dayStreak: 0 });
  });
});

describe('progress storage', () => {
  beforeEach(() => fakeBrowser.reset());
  it('saves attempts and the trainee name locally', async () => {
    expect(await loadProgress()).toEqual(emptyProgress());
    await Promise.all([saveAttempt({ topic: '物流', correct: true, at: T0 }), saveAttempt({ topic: '物流', correct: false, at: T0 })]);
    expect((await loadProgress()).topics['物流']).toMatchObject({ attempts: 2, correct: 1 });
    expect(await loadTraineeName()).toBe('');
    await saveTraineeName('小王');
    expect(await loadTraineeName()).toBe('小王');
  });
});
