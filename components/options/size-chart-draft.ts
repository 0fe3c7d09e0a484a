import { newPersonalId, splitIds, splitKeywords } from '@/utils/library/reply-fields';
import { DIM_NAMES, SIZE_DIMS, type SizeDim } from '@/utils/library/size-format';
import type { SizeChart, SizeRow } from '@/utils/library/types';
import { parseSizeChartCsv, toSizeChartCsv } from '@/utils/size/chart-csv';

/** One editable row: the size and each measure's min and max as typed ('' = no bound). */
export type RowDraft = { size: string } & Record<`${SizeDim}Min` | `${SizeDim}Max`, string>;
export interface ChartDraft { name: string; matchWords: string; shops: string; rows: RowDraft[] }

const show = (x: number | undefined, open: (x: number) => boolean) => (x === undefined || open(x) ? '' : String(x));

export function rowDraft(r?: SizeRow): RowDraft {
  const d = { size: r?.size ?? '' } as RowDraft;
  for (const k of SIZE_DIMS) {
    d[`${k}Min`] = show(r?.[k]?.[0], (x) => x <= 0 && Number.isFinite(r?.[k]?.[1] ?? Infinity));
    d[`${k}Max`] = show(r?.[k]?.[1], (x) => !Number.isFinite(x));
  }
  return d;
}

export const chartDraft = (c: SizeChart | null): ChartDraft => ({
  name: c?.name ?? '', matchWords: c?.matchWords.join(' | ') ?? '', shops: c?.shops.join(', ') ?? '',
  rows: c ? c.rows.map(rowDraft) : [rowDraft()],
});

/** Problems by editor row (1-based; 0 = the chart). A lone min or max is open-ended, as in the chart CSV. */
export function draftToChart(d: ChartDraft, base: SizeChart | null): { chart: SizeChart | null; errors: Array<{ row: number; message: string }> } {
  const errors: Array<{ row: number; message: string }> = [];
  if (!d.name.trim()) errors.push({ row: 0, message: '尺码表名称为空' });
  if (!d.rows.length) errors.push({ row: 0, message: '至少要有一个尺码' });
  const rows = d.rows.map((r, i): SizeRow => {
    const row: SizeRow = { size: r.size.trim() };
    if (!row.size) errors.push({ row: i + 1, message: `第 ${i + 1} 行尺码为空` });
    for (const k of SIZE_DIMS) {
      const [a, b] = [r[`${k}Min`].trim(), r[`${k}Max`].trim()];
      if (!a && !b) continue;
      const [min, max] = [a ? Number(a) : 0, b ? Number(b) : Infinity];
      if (Number.isNaN(min) || Number.isNaN(max) || min < 0 || max < 0) errors.push({ row: i + 1, message: `第 ${i + 1} 行${DIM_NAMES[k][0]}不是有效的数字` });
      else if (min > max) errors.push({ row: i + 1, message: `第 ${i + 1} 行${DIM_NAMES[k][0]}下限 ${min} 大于上限 ${max}` });
      else row[k] = [min, max];
    }
    return row;
  });
  const chart: SizeChart = {
    ...(base ?? { id: newPersonalId(), source: 'personal', updatedAt: Date.now() }),
    name: d.name.trim(), matchWords: splitKeywords(d.matchWords), shops: splitIds(d.shops), rows,
  };
  if (!errors.length) {
    // The chart-CSV rules (same columns in every row, sizes small to large, no gaps) by a round trip.
    // CSV row n is editor row n - 1.
    const { errors: csvErrors } = parseSizeChartCsv(toSizeChartCsv([chart]));
    for (const e of csvErrors) errors.push({ row: e.row - 1, message: e.message.replace(/第 (\d+) 行/g, (_, n: string) => `第 ${Number(n) - 1} 行`) });
  }
  return { chart: errors.length ? null : chart, errors };
}
