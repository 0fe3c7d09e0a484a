/**
 * Size advice from a chart and what the buyer said. The one rule that matters: a single size is
 * named only when exactly one row contains every deciding value; anything less certain is
 * "between", "ask" or "none", so an agent never sends a size the chart does not support.
 */
import type { SizeChart } from '../library/types';
import type { BodyData } from './body-data';

export type Dim = 'height' | 'weight' | 'waist';
/** Charts decide on these; bust and hip columns are shown to the agent but never decide. */
export const DECIDING_DIMS: readonly Dim[] = ['height', 'weight', 'waist'];

export interface DimMatch {
  dim: Dim;
  value: number;
  /** Indexes of the rows whose range contains the value (what the UI highlights). */
  rows: number[];
  sizes: string[];
  /** Set when the value falls in a gap between two rows' ranges: the rows either side. */
  gap?: [number, number];
}

export interface OutOfRange { dim: Dim; value: number; min: number; max: number }

interface AdviceBase {
  /** The chart's filled columns among height, weight and waist. */
  deciding: Dim[];
  values: Partial<Record<Dim, number>>;
  /** One entry per deciding dimension with a value, in `deciding` order. */
  matches: DimMatch[];
}

export type SizeAdvice = AdviceBase &
  (
    | { kind: 'single'; size: string; row: number }
    /** `fits`: the sizes containing every value (two or more), empty when the dimensions disagree. */
    | { kind: 'between'; sizes: [smaller: string, larger: string]; fits: string[] }
    | { kind: 'ask'; missing: Dim[] }
    /** `outOfRange` is empty only for a chart with no deciding column at all. */
    | { kind: 'none'; outOfRange: OutOfRange[] }
  );

const EPS = 1e-9;
const valueOf = (body: BodyData, dim: Dim): number | null =>
  dim === 'height' ? body.heightCm : dim === 'weight' ? body.weightKg : body.waistCm;

export function decidingDims(chart: SizeChart): Dim[] {
  return DECIDING_DIMS.filter((d) => chart.rows.some((r) => r[d]));
}

/** Whether a chart is cut for children: sizes that start below any adult's height or weight. */
export function chartAudience(chart: SizeChart): 'adult' | 'child' | null {
  const lows = (d: Dim) => chart.rows.flatMap((r) => (r[d] ? [r[d][0]] : []));
  const h = lows('height');
  if (h.length) return Math.min(...h) < 120 ? 'child' : 'adult';
  const w = lows('weight');
  if (w.length) return Math.min(...w) < 25 ? 'child' : 'adult';
  return null;
}

function match(chart: SizeChart, dim: Dim, value: number): DimMatch {
  // A row without this column is unconstrained in it (the CSV import forbids such mixed charts).
  const rows = chart.rows.flatMap((r, i) => {
    const range = r[dim];
    return !range || (value >= range[0] - EPS && value <= range[1] + EPS) ? [i] : [];
  });
  const m: DimMatch = { dim, value, rows, sizes: rows.map((i) => chart.rows[i]!.size) };
  if (rows.length === 0) {
    const below = chart.rows.findLastIndex((r) => r[dim] !== undefined && r[dim][1] < value);
    const above = chart.rows.findIndex((r) => r[dim] !== undefined && r[dim][0] > value);
    if (below >= 0 && above >= 0) m.gap = [below, above];
  }
  return m;
}

export function recommendSize(chart: SizeChart, body: BodyData): SizeAdvice {
  const deciding = decidingDims(chart);
  const values: Partial<Record<Dim, number>> = {};
  const missing: Dim[] = [];
  for (const d of deciding) {
    const v = valueOf(body, d);
    if (v === null) missing.push(d);
    else values[d] = v;
  }
  const matches = deciding.flatMap((d) => (values[d] === undefined ? [] : [match(chart, d, values[d])]));
  const base = { deciding, values, matches };
  if (deciding.length === 0) return { ...base, kind: 'none', outOfRange: [] };

  // 'none' wins over 'ask': a value that fits no row rules out every size whatever the missing
  // data would be, so asking for more would only delay the "no size" answer.
  const outOfRange = matches.flatMap((m): OutOfRange[] => {
    if (m.rows.length || m.gap) return [];
    const ranges = chart.rows.flatMap((r) => (r[m.dim] ? [r[m.dim]!] : []));
    return [{ dim: m.dim, value: m.value, min: Math.min(...ranges.map((x) => x[0])), max: Math.max(...ranges.map((x) => x[1])) }];
  });
  if (outOfRange.length) return { ...base, kind: 'none', outOfRange };
  if (missing.length) return { ...base, kind: 'ask', missing };

  const fits = chart.rows.flatMap((_, i) => (matches.every((m) => m.rows.includes(i)) ? [i] : []));
  if (fits.length === 1) return { ...base, kind: 'single', size: chart.rows[fits[0]!]!.size, row: fits[0]! };
  // Every size some dimension points to (gap neighbours included); the answer spans them all.
  const pointed = matches.flatMap((m) => [...m.rows, ...(m.gap ?? [])]);
  const lo = chart.rows[Math.min(...pointed)]!.size;
  const hi = chart.rows[Math.max(...pointed)]!.size;
  return { ...base, kind: 'between', sizes: [lo, hi], fits: fits.map((i) => chart.rows[i]!.size) };
}

// ---- Wording -----------------------------------------------------------------------------------

const NAMES: Record<Dim, string> = { height: '身高', weight: '体重', waist: '腰围' };
const UNITS: Record<Dim, string> = { height: 'cm', weight: 'kg', waist: 'cm' };

export const fmt = (x: number): string => String(Math.round(x * 10) / 10);

/** "L码"; labels that already say 码 (均码, 大码) stay as they are. */
const withMa = (size: string) => (/码$/.test(size) ? size : `${size}码`);

function listZh(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}

/** "身高165cm", "体重55kg（110斤）", "腰围73.3cm（2尺2）": weights in both units buyers use. */
function describe(dim: Dim, v: number): string {
  if (dim === 'weight') return `体重${fmt(v)}kg（${fmt(v * 2)}斤）`;
  const chi = Math.round(v * 0.3);
  const inChi = dim === 'waist' && Math.abs(v * 0.3 - chi) < 0.05 ? `（${Math.floor(chi / 10)}尺${chi % 10 || ''}）` : '';
  return `${NAMES[dim]}${fmt(v)}cm${inChi}`;
}

/** "体重40–72kg（80–144斤）"; open-ended CSV rows (no max) read "…以上". */
function rangeText(dim: Dim, min: number, max: number, jin = true): string {
  const u = UNITS[dim];
  const inJin = (s: string) => (jin && dim === 'weight' ? `（${s}斤）` : '');
  if (!Number.isFinite(max)) return `${NAMES[dim]}${fmt(min)}${u}${inJin(fmt(min * 2))}以上`;
  return `${NAMES[dim]}${fmt(min)}–${fmt(max)}${u}${inJin(`${fmt(min * 2)}–${fmt(max * 2)}`)}`;
}

/** The reply the agent can insert, polite and in the buyer's own units. */
export function adviceReply(advice: SizeAdvice, body: BodyData, _chart?: SizeChart): string {
  const child = body.subject === 'child';
  const whose = child ? '宝宝的' : body.forWhom === 'other' ? '您家人的' : '您的';
  const by = `按${whose === '您的' ? '您' : whose}${advice.matches.map((m) => describe(m.dim, m.value)).join('、')}`;
  switch (advice.kind) {
    case 'single':
      return `亲，${by}，建议拍${withMa(advice.size)}哦～`;
    case 'between': {
      const [a, b] = advice.sizes.map(withMa) as [string, string];
      const choose = child ? `想多穿一阵子选${b}，穿着合身选${a}` : `喜欢宽松选${b}，喜欢修身选${a}`;
      if (advice.fits.length >= 2 || advice.matches.length < 2) return `亲，${by}，${a}和${b}都可以：${choose}哦～`;
      const per = advice.matches.map((m) => `${NAMES[m.dim]}对应${m.sizes.map(withMa).join('/') || '两个尺码之间'}`).join('、');
      return `亲，${by}，${per}，介于${a}和${b}之间：${choose}哦～`;
    }
    case 'ask':
      return `亲，麻烦${advice.matches.length ? '再' : ''}告诉我${whose}${listZh(advice.missing.map((d) => NAMES[d]))}，我帮您推荐合适的尺码哦～`;
    case 'none':
      if (advice.outOfRange.length === 0) return '亲，这款的尺码表没有标注身高、体重或腰围，麻烦您参考详情页的尺码表，有疑问随时问我哦～';
      // Only the numbers that rule the item out: those are what the buyer needs to hear.
      return `亲，非常抱歉，这款的尺码适合${listZh(advice.outOfRange.map((o) => rangeText(o.dim, o.min, o.max)))}，按${whose === '您的' ? '您' : whose}${listZh(advice.outOfRange.map((o) => describe(o.dim, o.value)))}暂时没有合适的尺码，您可以看看店里其他款式哦～`;
  }
}

/** A one-line reason for the agent: what each number points to and why that is the answer. */
export function adviceExplanation(advice: SizeAdvice): string {
  const parts = advice.matches.map((m) => {
    const to = m.sizes.length ? m.sizes.join('/') : m.gap ? '两个尺码之间' : '超出范围';
    return `${NAMES[m.dim]}${fmt(m.value)}${UNITS[m.dim]} → ${to}`;
  });
  switch (advice.kind) {
    case 'single':
      parts.push(advice.matches.length > 1 ? `只有 ${advice.size} 同时符合` : `只有 ${advice.size} 符合`);
      break;
    case 'between':
      parts.push(
        advice.fits.length >= 2
          ? `${advice.fits.join('、')} 都符合，介于 ${advice.sizes[0]} 和 ${advice.sizes[1]} 之间`
          : `没有同时符合的尺码，介于 ${advice.sizes[0]} 和 ${advice.sizes[1]} 之间`,
      );
      break;
    case 'ask':
      parts.push(`缺少${listZh(advice.missing.map((d) => NAMES[d]))}（这款按${listZh(advice.deciding.map((d) => NAMES[d]))}选码）`);
      break;
    case 'none':
      if (advice.outOfRange.length === 0) parts.push('尺码表没有身高、体重或腰围列，无法推荐');
      for (const o of advice.outOfRange) parts.push(`${NAMES[o.dim]}超出尺码表范围（${rangeText(o.dim, o.min, o.max, false).slice(2)}）`);
      break;
  }
  return parts.join('；');
}
