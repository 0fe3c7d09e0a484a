/**
 * Trainee progress: attempts and correct answers per topic (reply group, or 规则·topic for flashcards),
 * the run of correct answers, days practised in a row, weak topics and the CSV for the team lead.
 * Pure functions first; the storage wrapper at the end.
 */
import { toCsv } from '@/utils/library/csv';
import { finite, isRecord, storageSlot } from './storage';

export interface TopicStat {
  attempts: number;
  correct: number;
  lastAt: number;
}

export interface ProgressState {
  topics: Record<string, TopicStat>;
  /** Correct answers in a row (any topic), and the best such run. */
  streak: number;
  bestStreak: number;
  /** Local day (YYYY-MM-DD) of the last attempt and how many days in a row ended there. */
  lastDay: string | null;
  dayStreak: number;
}

export interface Attempt {
  topic: string;
  correct: boolean;
  at: number;
}

export interface TopicRow {
  topic: string;
  attempts: number;
  correct: number;
  /** 0…1 */
  accuracy: number;
}

export const emptyProgress = (): ProgressState => ({ topics: {}, streak: 0, bestStreak: 0, lastDay: null, dayStreak: 0 });

/** The local calendar day of an instant. */
export function localDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const dayBefore = (at: number): string => {
  const d = new Date(at);
  d.setDate(d.getDate() - 1);
  return localDay(d.getTime());
};

export function recordAttempt(state: ProgressState, a: Attempt): ProgressState {
  const prev = state.topics[a.topic] ?? { attempts: 0, correct: 0, lastAt: 0 };
  const streak = a.correct ? state.streak + 1 : 0;
  const today = localDay(a.at);
  const dayStreak = state.lastDay === today ? state.dayStreak : state.lastDay === dayBefore(a.at) ? state.dayStreak + 1 : 1;
  return {
    topics: { ...state.topics, [a.topic]: { attempts: prev.attempts + 1, correct: prev.correct + (a.correct ? 1 : 0), lastAt: a.at } },
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
    lastDay: today,
    dayStreak,
  };
}

/** Days in a row as of `now`: the stored run if it ended today or yesterday, else 0. */
export const currentDayStreak = (s: ProgressState, now: number): number =>
  s.lastDay === localDay(now) || s.lastDay === dayBefore(now) ? s.dayStreak : 0;

/** One row per topic, most practised first. */
export function topicRows(s: ProgressState): TopicRow[] {
  return Object.entries(s.topics)
    .map(([topic, t]) => ({ topic, attempts: t.attempts, correct: t.correct, accuracy: t.attempts ? t.correct / t.attempts : 0 }))
    .sort((a, b) => b.attempts - a.attempts || a.topic.localeCompare(b.topic, 'zh'));
}

export function totals(s: ProgressState): TopicRow {
  const rows = topicRows(s);
  const attempts = rows.reduce((n, r) => n + r.attempts, 0);
  const correct = rows.reduce((n, r) => n + r.correct, 0);
  return { topic: '全部', attempts, correct, accuracy: attempts ? correct / attempts : 0 };
}

/** Topics with at least `minAttempts` and not all correct, lowest accuracy first (then most attempts). */
export function weakTopics(s: ProgressState, minAttempts = 3, max = 3): string[] {
  return topicRows(s)
    .filter((r) => r.attempts >= minAttempts && r.accuracy < 1)
    .sort((a, b) => a.accuracy - b.accuracy || b.attempts - a.attempts)
    .slice(0, max)
    .map((r) => r.topic);
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** A cell a spreadsheet will not run as a formula. */
const safe = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The summary for the team lead: one row per topic plus a total, weak topics on every row. */
export function progressCsv(s: ProgressState, name: string, date: string): string {
  const weak = weakTopics(s).join('、');
  const row = (r: TopicRow) => [date, name.trim(), r.topic, String(r.attempts), percent(r.accuracy), weak].map(safe);
  return toCsv([
    ['日期 date', '学员 trainee', '主题 topic', '练习次数 attempts', '正确率 accuracy', '薄弱主题 weak topics'],
    ...topicRows(s).map(row),
    row(totals(s)),
  ]);
}

export function normalizeProgress(raw: unknown): ProgressState {
  const s = emptyProgress();
  if (!isRecord(raw)) return s;
  if (isRecord(raw.topics)) {
    for (const [topic, t] of Object.entries(raw.topics)) {
      if (!isRecord(t)) continue;
      const attempts = Math.max(0, Math.floor(finite(t.attempts)));
      s.topics[topic] = { attempts, correct: Math.min(attempts, Math.max(0, Math.floor(finite(t.correct)))), lastAt: finite(t.lastAt) };
    }
  }
  s.streak = finite(raw.streak);
  s.bestStreak = Math.max(s.streak, finite(raw.bestStreak));
  s.lastDay = typeof raw.lastDay === 'string' ? raw.lastDay : null;
  s.dayStreak = finite(raw.dayStreak);
  return s;
}

export const PROGRESS_KEY = 'kuaida.trainee.progress';
export const TRAINEE_NAME_KEY = 'kuaida.trainee.name';
const slot = storageSlot(PROGRESS_KEY, emptyProgress, normalizeProgress);
const nameSlot = storageSlot(TRAINEE_NAME_KEY, () => '', (v) => (typeof v === 'string' ? v : ''));

export const loadProgress = (): Promise<ProgressState> => slot.get();
export const saveAttempt = (a: Attempt): Promise<ProgressState> => slot.update((s) => recordAttempt(s, a));
export const resetProgress = (): Promise<void> => slot.set(emptyProgress());
export const watchProgress = (listener: (s: ProgressState) => void): (() => void) => slot.watch(listener);
export const loadTraineeName = (): Promise<string> => nameSlot.get();
export const saveTraineeName = (name: string): Promise<void> => nameSlot.set(name.slice(0, 60));
