/**
 * `npm run eval:size`: how well the extension's own size advisor reads buyers' numbers and picks sizes.
 * tsx tests/eval/size.ts --charts <csv> --cases <jsonl> [--json] [--misses]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SizeChart } from '../../utils/library/types';
import { readBodyData, type BodyData } from '../../utils/size/body-data';
import { parseSizeChartCsv } from '../../utils/size/chart-csv';
import { chartAudience, recommendSize, type SizeAdvice } from '../../utils/size/recommend';
import { ratio } from './metrics';

const USAGE = '用法 (usage): tsx tests/eval/size.ts --charts <csv> --cases <jsonl> [--json] [--misses]';

interface SizeCase { line: number; q: string; chart: string; height: number | null; weight: number | null; waist: number | null; size: string | null }

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function args() {
  try {
    const { values: v } = parseArgs({ options: { charts: { type: 'string' }, cases: { type: 'string' }, json: { type: 'boolean' }, misses: { type: 'boolean' } } });
    if (!v.charts || !v.cases) throw new Error('需要 --charts 和 --cases (both are required)');
    return { charts: v.charts, cases: v.cases, json: !!v.json, misses: !!v.misses };
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
}

function loadCharts(path: string): Map<string, SizeChart> {
  const { charts, errors } = parseSizeChartCsv(readFileSync(path, 'utf8'));
  if (errors.length) fail(errors.map((e) => `${path}: ${e.message}`).join('\n'));
  return new Map(charts.map((c) => [c.name, c]));
}

function loadSizeCases(path: string, charts: Map<string, SizeChart>): SizeCase[] {
  const numOrNull = (x: unknown, where: string, key: string) =>
    x === null || x === undefined ? null : typeof x === 'number' ? x : fail(`${where} "${key}" 应为数字或 null (number or null)`);
  return readFileSync(path, 'utf8').split(/\r?\n/).flatMap((raw, i) => {
    if (!raw.trim()) return [];
    const where = `${path} 第 ${i + 1} 行`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      fail(`${where} 不是合法 JSON (invalid JSON): ${(e as Error).message}`);
    }
    if (typeof o.q !== 'string') fail(`${where} 缺少 "q" (missing q)`);
    if (typeof o.chart !== 'string' || !charts.has(o.chart)) fail(`${where} 尺码表「${String(o.chart)}」不在 --charts 中 (unknown chart)`);
    if (o.size !== null && typeof o.size !== 'string') fail(`${where} "size" 应为字符串或 null`);
    return [{
      line: i + 1, q: o.q, chart: o.chart, size: o.size,
      height: numOrNull(o.height_cm, where, 'height_cm'), weight: numOrNull(o.weight_kg, where, 'weight_kg'), waist: numOrNull(o.waist_cm, where, 'waist_cm'),
    }];
  });
}

const close = (got: number | null, want: number | null, tol: number) => (got === null || want === null ? got === want : Math.abs(got - want) <= tol + 1e-9);
const f3 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
const adviceText = (a: SizeAdvice) =>
  a.kind === 'single' ? `single ${a.size}` : a.kind === 'between' ? `between ${a.sizes.join('/')}` : a.kind === 'ask' ? `ask ${a.missing.join('+')}` : `none ${a.outOfRange.map((o) => o.dim).join('+')}`;

const a = args();
const charts = loadCharts(a.charts);
const cases = loadSizeCases(a.cases, charts);
if (cases.length === 0) fail(`没有可评估的用例 (no cases to evaluate) in ${a.cases}`);

// The same path as the extension: the product's chart tells the reader whether it is kids' wear.
const results = cases.map((c) => {
  const chart = charts.get(c.chart)!;
  const body = readBodyData(c.q, { subjectHint: chartAudience(chart) });
  const advice = recommendSize(chart, body);
  const gold: BodyData = { ...body, heightCm: c.height, weightKg: c.weight, waistCm: c.waist };
  return {
    c, body, advice,
    readOk: close(body.heightCm, c.height, 0.5) && close(body.weightKg, c.weight, 0.25) && close(body.waistCm, c.waist, 0.5),
    recOk: c.size !== null && advice.kind === 'single' && advice.size === c.size,
    wrongSingle: c.size === null && advice.kind === 'single',
    // The recommender alone, from the labelled numbers: separates reading errors from rule errors.
    goldOk: c.size === null ? recommendSize(chart, gold).kind !== 'single' : (() => { const g = recommendSize(chart, gold); return g.kind === 'single' && g.size === c.size; })(),
  };
});
type Result = (typeof results)[number];

function summarize(rs: Result[]) {
  const sized = rs.filter((r) => r.c.size !== null);
  return {
    readingAccuracy: ratio(rs.filter((r) => r.readOk).length, rs.length),
    recommendationAccuracy: ratio(sized.filter((r) => r.recOk).length, sized.length),
    wrongSingleSize: rs.filter((r) => r.wrongSingle).length,
    recommenderOnGoldAccuracy: ratio(rs.filter((r) => r.goldOk).length, rs.length),
    withSize: sized.length,
    n: rs.length,
  };
}

const m = summarize(results);
const byChart = Object.fromEntries([...new Set(cases.map((c) => c.chart))].map((name) => [name, summarize(results.filter((r) => r.c.chart === name))]));
const byKind: Record<string, { n: number; expectedSize: number; correct: number }> = {};
for (const r of results) {
  const k = (byKind[r.advice.kind] ??= { n: 0, expectedSize: 0, correct: 0 });
  k.n++;
  if (r.c.size !== null) k.expectedSize++;
  if (r.c.size === null ? r.advice.kind !== 'single' : r.recOk) k.correct++;
}

if (a.misses) {
  const num = (x: number | null) => (x === null ? '—' : String(x));
  const missed = results.filter((x) => !x.readOk || (x.c.size !== null && !x.recOk) || x.wrongSingle);
  if (missed.length === 0) console.error('没有未命中 (no misses)');
  for (const r of missed) {
    const read = `读到 ${num(r.body.heightCm)}/${num(r.body.weightKg)}/${num(r.body.waistCm)} 应为 ${num(r.c.height)}/${num(r.c.weight)}/${num(r.c.waist)}`;
    console.error(`未命中 miss [${r.c.line}] ${r.c.q}  ${read}  建议 ${adviceText(r.advice)}  应为 ${r.c.size ?? '(不给单一尺码)'}`);
  }
}

if (a.json) {
  console.log(JSON.stringify({ ...m, byChart, byKind }));
} else {
  console.log(`尺码表 charts: ${a.charts}（${charts.size} 张）；用例 cases: ${m.n}（有单一尺码 ${m.withSize}）`);
  console.log('按尺码表 per chart:');
  for (const [name, x] of Object.entries(byChart)) {
    console.log(`  ${name.padEnd(12)} n=${String(x.n).padEnd(4)} 读数 reading ${f3(x.readingAccuracy)}  推荐 recommendation ${f3(x.recommendationAccuracy)}  错给单一尺码 wrongSingle ${x.wrongSingleSize}`);
  }
  console.log('按建议类型 per advice kind:');
  for (const [kind, x] of Object.entries(byKind)) console.log(`  ${kind.padEnd(8)} n=${String(x.n).padEnd(4)} 应给单一尺码 ${x.expectedSize}  正确 ${x.correct}`);
  console.log(`仅推荐规则（用标注数值）recommender on labelled numbers: ${f3(m.recommenderOnGoldAccuracy)}`);
  console.log(`reading=${f3(m.readingAccuracy)} recommendation=${f3(m.recommendationAccuracy)} wrongSingleSize=${m.wrongSingleSize} n=${m.n}`);
}
