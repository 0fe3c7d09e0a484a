/**
 * Size charts as a team lead keeps them in a spreadsheet:
 * `chart,size,height_min,height_max,weight_min,weight_max,bust_min,bust_max,waist_min,waist_max,hip_min,hip_max`
 * (cm and kg, inclusive, empty = unconstrained, columns in any order, one row per size, sizes small
 * to large). A chart the advisor would misread is refused whole: any error imports nothing.
 */
import { parseCsv, toCsv, type CsvError } from '../library/csv';
import type { SizeChart, SizeRow } from '../library/types';
import { DECIDING_DIMS } from './recommend';

const DIMS = ['height', 'weight', 'bust', 'waist', 'hip'] as const;
type Dim = (typeof DIMS)[number];
const ZH: Record<Dim, string> = { height: '身高', weight: '体重', bust: '胸围', waist: '腰围', hip: '臀围' };
const HEADER = ['chart', 'size', ...DIMS.flatMap((d) => [`${d}_min`, `${d}_max`])];

export interface SizeChartCsvOptions { shops?: string[]; now?: number }

/** `chart-` + the name: ASCII names slugged ("Womens Top" → chart-womens-top), others kept as written. */
export function chartId(name: string): string {
  const n = name.trim();
  const slug = /^[\x20-\x7e]*$/.test(n) ? n.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : n.replace(/\s+/g, '-');
  return `chart-${slug}`;
}

interface Parsed { row: number; size: string; ranges: Partial<Record<Dim, [number, number]>>; filled: Set<Dim> }

export function parseSizeChartCsv(text: string, options: SizeChartCsvOptions = {}): { charts: SizeChart[]; errors: CsvError[] } {
  return parseSizeChartTable(parseCsv(text), options);
}

/** The same columns read from any table: CSV rows, or the first sheet of an XLSX file. */
export function parseSizeChartTable(rows: string[][], options: SizeChartCsvOptions = {}): { charts: SizeChart[]; errors: CsvError[] } {
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const errors: CsvError[] = [];
  const err = (row: number, column: string, message: string) => errors.push({ row, column, message });
  if (header.every((h) => h === '')) return { charts: [], errors: [{ row: 1, column: '', message: '文件为空或缺少表头' }] };

  const col = new Map<string, number>();
  header.forEach((name, i) => {
    if (col.has(name)) err(1, name, `表头列 ${name} 重复`);
    else if (HEADER.includes(name)) col.set(name, i);
    // Extra columns (备注 …) are fine, but a misspelt range column would silently drop a limit.
    else if (/_(?:min|max)$/.test(name)) err(1, name, `未知的表头列 ${name}`);
  });
  for (const name of ['chart', 'size']) if (!col.has(name)) err(1, name, `缺少必需列 ${name}`);
  for (const d of DIMS) {
    if (col.has(`${d}_min`) !== col.has(`${d}_max`)) err(1, col.has(`${d}_min`) ? `${d}_max` : `${d}_min`, `表头有 ${d}_min 和 ${d}_max 中的一个，缺另一个`);
  }
  if (!DECIDING_DIMS.some((d) => col.has(`${d}_min`))) err(1, '', '表头缺少身高、体重或腰围的范围列（height_min/height_max 等）');
  if (errors.length) return { charts: [], errors };

  const byChart = new Map<string, Parsed[]>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (name: string) => (cells[col.get(name) ?? -1] ?? '').trim();
    const chart = get('chart');
    const size = get('size');
    if (!chart) err(row, 'chart', `第 ${row} 行「chart」为空`);
    if (!size) err(row, 'size', `第 ${row} 行「size」为空`);
    const parsed: Parsed = { row, size, ranges: {}, filled: new Set() };
    for (const d of DIMS) {
      const cell = (end: 'min' | 'max') => {
        const raw = get(`${d}_${end}`).normalize('NFKC');
        if (raw === '') return undefined;
        const v = /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : NaN;
        if (Number.isNaN(v)) err(row, `${d}_${end}`, `第 ${row} 行「${d}_${end}」不是数字：${raw}`);
        else if (v < 0) err(row, `${d}_${end}`, `第 ${row} 行「${d}_${end}」不能为负数：${raw}`);
        else return v;
        return null;
      };
      const min = cell('min');
      const max = cell('max');
      if (min === undefined && max === undefined) continue;
      parsed.filled.add(d);
      if (min === null || max === null) continue;
      // A lone min or max is open-ended ("腰围 96 以上", "体重 45 以下"): the smallest and largest
      // sizes of real charts are often written that way. Lower bound 0, upper bound Infinity.
      const range: [number, number] = [min ?? 0, max ?? Infinity];
      if (range[0] > range[1]) err(row, `${d}_min`, `第 ${row} 行${ZH[d]}下限 ${range[0]} 大于上限 ${range[1]}`);
      else parsed.ranges[d] = range;
    }
    if (!chart) return;
    byChart.set(chart, [...(byChart.get(chart) ?? []), parsed]);
  });

  const ids = new Map<string, string>();
  for (const [name, list] of byChart) {
    const id = chartId(name);
    const clash = ids.get(id);
    if (clash !== undefined) err(list[0]!.row, 'chart', `尺码表「${name}」与「${clash}」的 id 相同（${id}），请改名`);
    ids.set(id, name);
    checkChart(name, list, err);
  }
  if (errors.length) return { charts: [], errors: errors.sort((a, b) => a.row - b.row) };

  const { shops = [], now = Date.now() } = options;
  const charts: SizeChart[] = [...byChart].map(([name, list]) => ({
    id: chartId(name), name, matchWords: [], shops: [...shops], source: 'team', updatedAt: now,
    rows: list.map((p): SizeRow => ({ size: p.size, ...p.ranges })),
  }));
  return { charts, errors: [] };
}

/** Rules across a chart's rows: same columns, distinct sizes, increasing ranges, no gaps. */
function checkChart(name: string, list: Parsed[], err: (row: number, column: string, message: string) => void): void {
  const first = list[0]!;
  const firstRowOf = new Map<string, number>();
  for (const p of list) {
    const seen = firstRowOf.get(p.size);
    if (p.size && seen !== undefined) err(p.row, 'size', `第 ${p.row} 行尺码「${p.size}」在尺码表「${name}」中重复（第 ${seen} 行已有）`);
    else firstRowOf.set(p.size, p.row);
    for (const d of DIMS) {
      if (p.filled.has(d) === first.filled.has(d)) continue;
      const verb = p.filled.has(d) ? '填了' : '没有填';
      err(p.row, `${d}_min`, `第 ${p.row} 行${verb}${ZH[d]}，与尺码表「${name}」第 ${first.row} 行不一致：同一张表的每个尺码要填相同的列`);
    }
  }
  if (!DECIDING_DIMS.some((d) => first.filled.has(d))) err(first.row, '', `尺码表「${name}」没有填身高、体重或腰围，无法推荐尺码`);
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1]!, list[i]!];
    for (const d of DIMS) {
      const [ra, rb] = [a.ranges[d], b.ranges[d]];
      if (!ra || !rb) continue;
      if (rb[0] < ra[0] || rb[1] < ra[1]) {
        err(b.row, `${d}_min`, `第 ${b.row} 行（${b.size}）的${ZH[d]}范围比上一行（第 ${a.row} 行 ${a.size}）小：尺码要从小到大排列`);
      } else if ((DECIDING_DIMS as readonly string[]).includes(d) && rb[0] > ra[1]) {
        // A value between the two would fit no size at all; touching or overlapping edges are fine.
        err(b.row, `${d}_min`, `第 ${a.row} 行（${a.size}）${ZH[d]}上限 ${ra[1]} 与第 ${b.row} 行（${b.size}）下限 ${rb[0]} 之间有空档，中间的${ZH[d]}没有尺码`);
      }
    }
  }
}

const cell = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : String(x));

/** Charts as a table with the CSV's header: for CSV and XLSX export alike. */
export function sizeChartTable(charts: SizeChart[]): string[][] {
  return [
    [...HEADER],
    ...charts.flatMap((c) => c.rows.map((r) => [c.name, r.size, ...DIMS.flatMap((d) => [cell(r[d]?.[0]), cell(r[d]?.[1])])])),
  ];
}

/** The chart CSV (BOM, CRLF) that parseSizeChartCsv reads back to the same rows. */
export function toSizeChartCsv(charts: SizeChart[]): string {
  return toCsv(sizeChartTable(charts));
}
