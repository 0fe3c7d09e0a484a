import type { SizeChart, SizeRow } from './types';

export const SIZE_DIMS = ['height', 'weight', 'bust', 'waist', 'hip'] as const;
export type SizeDim = (typeof SIZE_DIMS)[number];
export const DIM_NAMES: Record<SizeDim, [string, string, string]> = {
  height: ['身高', 'Height', 'cm'], weight: ['体重', 'Weight', 'kg'], bust: ['胸围', 'Bust', 'cm'], waist: ['腰围', 'Waist', 'cm'], hip: ['臀围', 'Hip', 'cm'],
};

/**
 * Open-ended ranges ("腰围 96 以上") have an upper bound of Infinity in a chart (utils/size/chart-csv.ts).
 * Extension messages are JSON, where Infinity becomes null, so between the page and the background
 * an open upper bound travels as OPEN_MAX (the pack format's largest measure) and is read back
 * as Infinity. null (already mangled) also reads as open.
 */
export const OPEN_MAX = 500;

const readMax = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) || x >= OPEN_MAX ? Infinity : x);
const mapRanges = (row: SizeRow, f: (r: [number, number]) => [number, number]): SizeRow => {
  const out: SizeRow = { size: row.size };
  for (const d of SIZE_DIMS) if (row[d]) out[d] = f(row[d]!);
  return out;
};

/** A chart as the background sent it, with open bounds as Infinity (and 0 below). */
export const chartFromMessage = (c: SizeChart): SizeChart => ({
  ...c, rows: c.rows.map((r) => mapRanges(r, ([min, max]) => [min ?? 0, readMax(max)])),
});

/** A chart ready to send: Infinity becomes OPEN_MAX, which JSON keeps. */
export const chartForMessage = (c: SizeChart): SizeChart => ({
  ...c, rows: c.rows.map((r) => mapRanges(r, ([min, max]) => [min, Number.isFinite(max) ? max : OPEN_MAX])),
});

const num = (x: number) => String(Math.round(x * 10) / 10);

/** 150–158, ≥ 96 (open above), ≤ 47 (from 0), — when unconstrained. */
export function formatRange(r: [number, number] | undefined, scale = 1): string {
  if (!r) return '—';
  const [min, max] = [r[0], readMax(r[1])];
  if (!Number.isFinite(max)) return `≥ ${num(min * scale)}`;
  if (min <= 0) return `≤ ${num(max * scale)}`;
  return `${num(min * scale)}–${num(max * scale)}`;
}

/** Weight in kg with 斤 (half-kilograms, how buyers say their weight) beside it. */
export const formatWeight = (r: [number, number] | undefined): string => (r ? `${formatRange(r)} kg（${formatRange(r, 2)} 斤）` : '—');

/** The dimensions any row of the chart constrains, in the usual order. */
export const usedDims = (c: SizeChart): SizeDim[] => SIZE_DIMS.filter((d) => c.rows.some((r) => r[d]));
