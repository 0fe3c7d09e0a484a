/** Ranking metrics for reply suggestion, shared by the eval command and anything that wants its numbers. */
import { percentile } from '../bench/stats';

export { median, percentile } from '../bench/stats';

/** One evaluated case: the ids the ranker returned (best first), what was acceptable, how long it took. */
export interface CaseResult {
  line: number;
  q: string;
  topic: string;
  expect: string[];
  ranked: string[];
  ms: number;
}

export interface Metrics {
  hit1: number;
  hit3: number;
  mrr5: number;
  p50Ms: number;
  p95Ms: number;
  n: number;
}

export interface TopicMetrics {
  n: number;
  hit1: number;
  hit3: number;
}

/** Any acceptable id among the first k counts: `expect` lists every reply an agent would accept. */
export function hitAtK(ranked: string[], expect: string[], k: number): boolean {
  return ranked.slice(0, k).some((id) => expect.includes(id));
}

/** 1/rank of the first acceptable id within the first k, else 0. */
export function reciprocalRank(ranked: string[], expect: string[], k = 5): number {
  const at = ranked.slice(0, k).findIndex((id) => expect.includes(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function mrr(results: CaseResult[], k = 5): number {
  return mean(results.map((r) => reciprocalRank(r.ranked, r.expect, k)));
}

export function summarize(results: CaseResult[]): Metrics {
  const ms = results.map((r) => r.ms);
  return {
    hit1: mean(results.map((r) => (hitAtK(r.ranked, r.expect, 1) ? 1 : 0))),
    hit3: mean(results.map((r) => (hitAtK(r.ranked, r.expect, 3) ? 1 : 0))),
    mrr5: mrr(results, 5),
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    n: results.length,
  };
}

export function perTopic(results: CaseResult[]): Record<string, TopicMetrics> {
  const byTopic = new Map<string, CaseResult[]>();
  for (const r of results) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
  const out: Record<string, TopicMetrics> = {};
  for (const [topic, rs] of [...byTopic].sort((a, b) => b[1].length - a[1].length)) {
    const { n, hit1, hit3 } = summarize(rs);
    out[topic] = { n, hit1, hit3 };
  }
  return out;
}

/** a/b, or null when b is 0 (JSON has no Infinity). */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
