/**
 * `npm run eval:lint`: how well the compliance checker (the same checkDraft the extension runs) labels
 * agent drafts. Scores the set of categories reported per draft, not the spans: the panel shows one
 * warning per category, so that is what an agent sees.
 * tsx tests/eval/lint.ts --cases <jsonl> [--json] [--misses]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDraft } from '../../utils/compliance';
import { CATEGORIES, type Category, type Finding } from '../../utils/compliance/types';

const USAGE = '用法 (usage): tsx tests/eval/lint.ts --cases <jsonl> [--json] [--misses]';

interface LintCase {
  line: number;
  text: string;
  labels: Category[];
}

interface Scored extends LintCase {
  predicted: Category[];
  findings: Finding[];
  ms: number;
}

function args() {
  try {
    const { values: v } = parseArgs({ options: { cases: { type: 'string' }, json: { type: 'boolean' }, misses: { type: 'boolean' } } });
    if (!v.cases) throw new Error('需要 --cases (required)');
    return { cases: v.cases, json: !!v.json, misses: !!v.misses };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** One case per line; blank lines skipped; errors name the line so a bad file is quick to fix. */
function loadCases(path: string): LintCase[] {
  const out: LintCase[] = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const at = `${path}:${i + 1}`;
    let o: { text?: unknown; labels?: unknown };
    try {
      o = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${at} 不是合法 JSON (invalid JSON): ${(e as Error).message}`);
    }
    if (typeof o.text !== 'string') throw new Error(`${at} 缺少 text (missing text)`);
    if (!Array.isArray(o.labels)) throw new Error(`${at} 缺少 labels (missing labels)`);
    const bad = o.labels.filter((l) => !CATEGORIES.includes(l as Category));
    if (bad.length) throw new Error(`${at} 未知类别 (unknown labels): ${bad.join(', ')}`);
    out.push({ line: i + 1, text: o.text, labels: [...new Set(o.labels as Category[])] });
  });
  return out;
}

/** Warm-up first so compiling the lists and JIT are not billed to the first drafts. */
function run(cases: LintCase[]): Scored[] {
  for (const c of cases.slice(0, 20)) checkDraft(c.text);
  return cases.map((c) => {
    const t0 = performance.now();
    const findings = checkDraft(c.text);
    const ms = performance.now() - t0;
    return { ...c, findings, ms, predicted: CATEGORIES.filter((cat) => findings.some((f) => f.category === cat)) };
  });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);

function score(results: Scored[]) {
  const per = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  for (const r of results)
    for (const c of CATEGORIES) {
      const p = r.predicted.includes(c);
      const g = r.labels.includes(c);
      if (p && g) per[c].tp++;
      else if (p) per[c].fp++;
      else if (g) per[c].fn++;
    }
  const all = Object.values(per).reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const clean = results.filter((r) => r.labels.length === 0);
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    precision: precision(all),
    recall: recall(all),
    f1: ratio(2 * precision(all) * recall(all), precision(all) + recall(all)),
    cleanFalseAlarms: clean.filter((r) => r.predicted.length > 0).length,
    cleanCases: clean.length,
    exact: results.filter((r) => r.predicted.join() === CATEGORIES.filter((c) => r.labels.includes(c)).join()).length / (results.length || 1),
    n: results.length,
    p50Ms: pct(0.5),
    p95Ms: pct(0.95),
    perCategory: Object.fromEntries(
      CATEGORIES.map((c) => [c, { precision: precision(per[c]), recall: recall(per[c]), support: per[c].tp + per[c].fn, ...per[c] }]),
    ) as Record<Category, { precision: number; recall: number; support: number } & Counts>,
  };
}

const f3 = (x: number) => x.toFixed(3);
/** Pads by display width: a Chinese character takes two columns in a terminal. */
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

function printMisses(results: Scored[]) {
  const misses = results.filter((r) => r.predicted.join() !== CATEGORIES.filter((c) => r.labels.includes(c)).join());
  console.log(`\n未判对的草稿 (misses): ${misses.length}`);
  for (const r of misses) {
    const extra = r.predicted.filter((c) => !r.labels.includes(c));
    const missed = r.labels.filter((c) => !r.predicted.includes(c));
    const spans = r.findings.map((f) => `${f.category}:「${f.match}」`).join(' ');
    console.log(`  L${r.line} ${r.text}\n      误报+${extra.join(',') || '-'}  漏报-${missed.join(',') || '-'}  ${spans}`);
  }
}

const a = args();
let cases: LintCase[];
try {
  cases = loadCases(a.cases);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const results = run(cases);
const m = score(results);
if (a.json) {
  console.log(JSON.stringify(m));
} else {
  console.log(`合规检查评估 (compliance lint eval): ${a.cases}  n=${m.n}\n`);
  console.log(`${pad('类别 category', 16)}precision  recall  support  tp  fp  fn`);
  for (const c of CATEGORIES) {
    const p = m.perCategory[c];
    console.log(`${pad(c, 16)}${pad(f3(p.precision), 11)}${pad(f3(p.recall), 8)}${pad(String(p.support), 9)}${pad(String(p.tp), 4)}${pad(String(p.fp), 4)}${p.fn}`);
  }
  console.log(`${pad('overall (micro)', 16)}${pad(f3(m.precision), 11)}${f3(m.recall)}`);
  console.log(`\n干净草稿误报 (false alarms on clean drafts): ${m.cleanFalseAlarms}/${m.cleanCases}`);
  console.log(`完全一致 (exact label set): ${f3(m.exact)}   每条耗时 (per draft) p50 ${f3(m.p50Ms)}ms p95 ${f3(m.p95Ms)}ms`);
  if (a.misses) printMisses(results);
  console.log(`\nprecision=${f3(m.precision)} recall=${f3(m.recall)} cleanFalseAlarms=${m.cleanFalseAlarms}/${m.cleanCases} n=${m.n}`);
}
