/**
 * `npm run eval`: how well the extension's own LibraryIndex ranks replies for labelled buyer messages.
 * tsx tests/eval/suggest.ts --library <csv|json> --cases <jsonl> [--feedback <jsonl>] [--split-learning]
 *   [--baseline fuse] [--misses N] [--json]
 */
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import type { Reply } from '../../utils/library/types';
import { LibraryIndex } from '../../utils/search/engine';
import { loadCases, loadLibrary, type EvalCase } from './load';
import { perTopic, ratio, summarize, type CaseResult, type Metrics } from './metrics';

const USAGE = '用法 (usage): tsx tests/eval/suggest.ts --library <csv|json> --cases <jsonl> [--feedback <jsonl>] [--split-learning] [--baseline fuse] [--misses N] [--json]';
const OPTS = { kinds: ['reply' as const], limit: 5 };

function args() {
  try {
    const { values: v } = parseArgs({
      options: {
        library: { type: 'string' }, cases: { type: 'string' }, feedback: { type: 'string' }, baseline: { type: 'string' },
        misses: { type: 'string' }, json: { type: 'boolean' }, 'split-learning': { type: 'boolean' },
      },
    });
    if (!v.library || !v.cases) throw new Error('需要 --library 和 --cases (both are required)');
    if (v.baseline && v.baseline !== 'fuse') throw new Error(`未知基线 (unknown baseline) ${v.baseline}，只支持 fuse`);
    return { ...v, library: v.library, cases: v.cases, misses: Math.max(0, Number(v.misses ?? 0) || 0) };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** Warm-up first so JIT and lazy index work are not billed to the first queries. */
function run(cases: EvalCase[], rank: (q: string) => string[]): CaseResult[] {
  for (const c of cases.slice(0, 20)) rank(c.q);
  return cases.map((c) => {
    const t0 = performance.now();
    const ranked = rank(c.q);
    return { line: c.line, q: c.q, topic: c.topic, expect: c.expect, ranked, ms: performance.now() - t0 };
  });
}

const f3 = (x: number) => x.toFixed(3);
const fr = (x: number | null) => (x === null ? 'n/a' : `×${x < 0.1 ? x.toPrecision(2) : x.toFixed(2)}`);
const line = (m: Metrics) => `hit@1 ${f3(m.hit1)}  hit@3 ${f3(m.hit3)}  mrr@5 ${f3(m.mrr5)}  p50 ${f3(m.p50Ms)}ms  p95 ${f3(m.p95Ms)}ms`;
/** Pads by display width: a Chinese character takes two columns in a terminal. */
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

/** Input errors are the user's to fix: the message, not a stack trace. */
function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}

const a = args();
const replies: Reply[] = orExit(() => loadLibrary(a.library));
const all = orExit(() => loadCases(a.cases));
const feedback = a.feedback ? orExit(() => loadCases(a.feedback!)) : [];
const toLearn = [...feedback, ...(a['split-learning'] ? all.filter((c) => c.line % 4 === 1) : [])];
const cases = a['split-learning'] ? all.filter((c) => c.line % 4 === 3) : all;
if (cases.length === 0) {
  console.error(`没有可评估的用例 (no cases to evaluate) in ${a.cases}`);
  process.exit(2);
}
const known = new Set(replies.map((r) => r.id));
const unknown = cases.filter((c) => !c.expect.some((id) => known.has(id)));
if (unknown.length) console.error(`警告 (warning): ${unknown.length} 个用例的期望 id 都不在库中，必然不命中 (cannot hit), e.g. ${unknown[0]!.expect.join('/')}`);

const t0 = performance.now();
const index = new LibraryIndex(replies, []);
const buildMs = performance.now() - t0;
try {
  // As in the extension: an accepted suggestion counts a use and is remembered as an example question.
  for (const c of toLearn) index.accept({ replyId: c.expect[0]!, text: c.q, shop: '', createdAt: Date.now() });
} catch (e) {
  console.error(`index.accept() 失败，无法评估学习效果 (learning failed): ${(e as Error).message}`);
  process.exit(1);
}

const results = run(cases, (q) => index.suggest(q, OPTS).map((s) => s.id));
const m = summarize(results);
const topics = perTopic(results);
const empty = results.filter((r) => r.ranked.length === 0).length;

type Ratios = Record<'hit1' | 'hit3' | 'mrr5' | 'p50' | 'p95', number | null>;
let baseline: (Metrics & { ratio: Ratios }) | undefined;
if (a.baseline === 'fuse') {
  const fuse = new Fuse(replies, { keys: ['title', 'keywords', 'text'], includeScore: true, ignoreLocation: true });
  const b = summarize(run(cases, (q) => fuse.search(q, { limit: 5 }).map((r) => r.item.id)));
  const r: Ratios = { hit1: ratio(m.hit1, b.hit1), hit3: ratio(m.hit3, b.hit3), mrr5: ratio(m.mrr5, b.mrr5), p50: ratio(m.p50Ms, b.p50Ms), p95: ratio(m.p95Ms, b.p95Ms) };
  baseline = { ...b, ratio: r };
}

// A miss is a wrong first suggestion: that is what Alt+1 would insert.
for (const r of results.filter((x) => !x.expect.includes(x.ranked[0] ?? '')).slice(0, a.misses)) {
  const at = r.ranked.findIndex((id) => r.expect.includes(id));
  const where = at < 0 ? '前 5 无 (not in top 5)' : `第 ${at + 1} 位 (rank ${at + 1})`;
  console.error(`未命中 miss [${r.line}] ${r.q}  应为 ${r.expect.join('/')}  实得 ${r.ranked.slice(0, 3).join(', ') || '(无)'}  ${where}`);
}

if (a.json) {
  const out = { ...m, empty, perTopic: topics, replies: replies.length, learned: toLearn.length, buildMs, ...(baseline && { baseline: { name: 'fuse', ...baseline } }) };
  console.log(JSON.stringify(out));
} else {
  console.log(`回复库 library: ${a.library}（${replies.length} 条，建索引 ${buildMs.toFixed(1)} ms）`);
  if (toLearn.length) console.log(`已学习 learned: ${toLearn.length} 条买家问法`);
  console.log(`用例 cases: ${m.n}${a['split-learning'] ? '（line % 4 == 3）' : ''}；无建议 no suggestion: ${empty}`);
  console.log(`引擎 engine   ${line(m)}`);
  console.log('按主题 per topic:');
  for (const [t, x] of Object.entries(topics)) console.log(`  ${pad(t, 10)} n=${String(x.n).padEnd(4)} hit@1 ${f3(x.hit1)}  hit@3 ${f3(x.hit3)}`);
  if (baseline) {
    console.log(`基线 Fuse.js  ${line(baseline)}`);
    const r = baseline.ratio;
    console.log(`引擎/基线 engine/baseline  hit@1 ${fr(r.hit1)}  hit@3 ${fr(r.hit3)}  mrr@5 ${fr(r.mrr5)}  p50 ${fr(r.p50)}  p95 ${fr(r.p95)}`);
  }
  console.log(`hit@1=${f3(m.hit1)} hit@3=${f3(m.hit3)} mrr@5=${f3(m.mrr5)} p50=${f3(m.p50Ms)}ms p95=${f3(m.p95Ms)}ms n=${m.n}`);
}
