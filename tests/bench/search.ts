/**
 * Search engine benchmark on synthetic libraries: index build, suggest() for buyer messages,
 * search() for type-ahead, heap, and a service-worker cold start, against a naive Fuse.js baseline.
 * Run alone: npx tsx --expose-gc tests/bench/search.ts [sizes…] (without --expose-gc heap is n/a)
 */
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import type { Reply } from '../../utils/library/types';
import { LibraryIndex } from '../../utils/search/engine';
import { NOUNS, generateReplies, pick, prng } from './generate-library';
import { fmt, median, percentile } from './stats';

export interface Timing { p50: number; p95: number; n: number; capped: boolean }
export interface Side { buildMs: number; heapMb: number | null; suggest: Timing; search: Timing }
export interface Row { size: number; engine: Side; fuse: Side; coldStart: { parseMs: number; totalMs: number } }

const ASKS = [
  '{n}今天能发货吗', '什么时候发货', '我的快递到哪了', '{n}退款怎么还没到账', '能开发票吗', '可以开专票不', '有优惠券没',
  '能便宜点吗', '{n}尺码偏大还是偏小', '170穿多大码', '收到的{n}坏了怎么办', '质量也太差了吧', '能用花呗分期吗', '{n}包安装吗',
  '师傅什么时候上门', '我要投诉你们', '好评有返现吗', '{n}是纯棉的吗', '还有货吗', '发什么快递', '能发顺丰吗', '不想要了能退吗',
  '{n}可以换个颜色吗', '刚买就降价了能退差价不', '物流三天没动了', '{n}怎么用', '几天能到', '运费谁出', '怎么还不发货',
];
const PREFIXES = ['', '', '', '亲 ', '在吗，', '你好，', '老板', '请问'];
const SUFFIXES = ['', '', '？', '啊', '呢', '呀', '？？', '。'];
const TYPED = ['发', '退', '发货', '退款', '发票', '优惠', '尺码', '安装', '花呗', '空调', '羽绒服', '在吗', '换货', '退差价',
  'f', 'fh', 'fhsj', 'tk', 'tkjd', 'kfp', 'yhq', '/yhq', 'cmtj', 'hbfq', 'kt', 'fsmkd', 'qtwly', 'afzq'];

/** Colloquial buyer messages of 4–25 characters from templates; never real buyer data. */
export function buyerQueries(count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const q = pick(rand, PREFIXES) + pick(rand, ASKS).replaceAll('{n}', pick(rand, NOUNS)[0]) + pick(rand, SUFFIXES);
    if (q.length >= 4 && q.length <= 25) out.push(q);
  }
  return out;
}

/** What an agent types in the search box: fixed words and codes, then prefixes of this library's titles and shortcuts. */
function typeAheadQueries(replies: Reply[], count: number, seed: number): string[] {
  const rand = prng(seed);
  const out = [...TYPED];
  while (out.length < count) {
    const r = pick(rand, replies);
    const from = r.shortcut && rand() < 0.4 ? r.shortcut : r.title;
    out.push(from.slice(0, 1 + Math.floor(rand() * 4)));
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => process.memoryUsage().heapUsed;

/** Median build time over `runs`; the heap delta of the last build once garbage is collected. */
function measureBuild<T>(build: () => T, runs: number): { value: T; ms: number; heapMb: number | null } {
  const times: number[] = [];
  let value: T | undefined;
  let heapMb: number | null = null;
  for (let i = 0; i < runs; i++) {
    value = undefined; // the previous index must not count in this build's heap delta
    gc?.();
    const h0 = heap();
    const t0 = performance.now();
    value = build();
    times.push(performance.now() - t0);
    if (gc) {
      gc();
      heapMb = (heap() - h0) / 2 ** 20;
    }
  }
  return { value: value!, ms: median(times), heapMb };
}

/** Per-query latency; if the whole set would take longer than the budget, only 30 queries are timed. */
function timeQueries(queries: string[], warmUp: string[], fn: (q: string) => unknown, budgetMs = 120_000): Timing {
  const once = (q: string) => {
    const t0 = performance.now();
    fn(q);
    return performance.now() - t0;
  };
  const perQuery = median(warmUp.map(once));
  const n = perQuery * queries.length > budgetMs ? Math.min(30, queries.length) : queries.length;
  const samples = queries.slice(0, n).map(once);
  return { p50: median(samples), p95: percentile(samples, 95), n, capped: n < queries.length };
}

export async function benchSearch(sizes = [1000, 10000, 100000]): Promise<Row[]> {
  const asks = buyerQueries(300, 11);
  const warmAsks = buyerQueries(10, 12);
  const rows: Row[] = [];
  for (const size of sizes) {
    const replies = generateReplies(size, 1);
    const typed = typeAheadQueries(replies, 100, 13);
    const warmTyped = typeAheadQueries(replies, 40, 14).slice(-10);
    const runs = size >= 100_000 ? 1 : 3;

    const engine = measureBuild(() => new LibraryIndex(replies, []), runs);
    const engineSide: Side = {
      buildMs: engine.ms, heapMb: engine.heapMb,
      suggest: timeQueries(asks, warmAsks, (q) => engine.value.suggest(q, { kinds: ['reply'], limit: 5 })),
      search: timeQueries(typed, warmTyped, (q) => engine.value.search(q, { limit: 20 })),
    };
    const fuse = measureBuild(() => new Fuse(replies, { keys: ['title', 'keywords', 'text'], includeScore: true, ignoreLocation: true }), runs);
    const fuseSide: Side = {
      buildMs: fuse.ms, heapMb: fuse.heapMb,
      suggest: timeQueries(asks, warmAsks, (q) => fuse.value.search(q, { limit: 5 })),
      search: timeQueries(typed, warmTyped, (q) => fuse.value.search(q, { limit: 5 })),
    };

    // A restarted service worker has only the stored replies: parse them and build again.
    const snapshot = JSON.stringify(replies);
    const parseMs = measureBuild(() => JSON.parse(snapshot) as Reply[], runs).ms;
    const totalMs = measureBuild(() => new LibraryIndex(JSON.parse(snapshot) as Reply[], []), runs).ms;
    rows.push({ size, engine: engineSide, fuse: fuseSide, coldStart: { parseMs, totalMs } });
  }
  return rows;
}

export function printSearchBench(rows: Row[]): void {
  const times = (f: number, e: number) => (e > 0 ? `${(f / e).toFixed(f / e < 1 ? 2 : 1)}×` : 'n/a');
  const mb = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));
  const cell = (s: string) => s.padStart(12);
  console.log(`== 检索 Search engine vs naive Fuse.js (synthetic library; heap ${gc ? 'with --expose-gc' : 'n/a: run node with --expose-gc'}) ==`);
  for (const r of rows) {
    const { engine: e, fuse: f } = r;
    console.log(`\nN = ${r.size.toLocaleString('en')}      ${cell('engine')}${cell('fuse')}${cell('fuse/engine')}`);
    const line = (label: string, a: number, b: number) => console.log(`${label.padEnd(22)}${cell(fmt(a))}${cell(fmt(b))}${cell(times(b, a))}`);
    line('build ms', e.buildMs, f.buildMs);
    line(`suggest p50 ms (n=${e.suggest.n})`, e.suggest.p50, f.suggest.p50);
    line('suggest p95 ms', e.suggest.p95, f.suggest.p95);
    line(`search p50 ms (n=${e.search.n})`, e.search.p50, f.search.p50);
    line('search p95 ms', e.search.p95, f.search.p95);
    console.log(`${'heap MB'.padEnd(22)}${cell(mb(e.heapMb))}${cell(mb(f.heapMb))}`);
    for (const [what, t] of [['suggest', f.suggest], ['search', f.search]] as const) {
      if (t.capped) console.log(`  注意 note: Fuse ${what} 太慢，只测了 ${t.n} 条 (too slow, only ${t.n} queries timed)`);
    }
    if (e.suggest.capped || e.search.capped) console.log('  注意 note: engine too slow, only 30 queries timed');
    console.log(`冷启动 cold start (JSON.parse ${fmt(r.coldStart.parseMs)} ms + build): ${fmt(r.coldStart.totalMs)} ms`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  printSearchBench(await benchSearch(sizes.length ? sizes : undefined));
}
