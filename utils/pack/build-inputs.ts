import { parseCsv, parseReplyCsv, splitList } from '../library/csv';
import { parseSizeChartCsv } from '../size/chart-csv';
import { formatLocation, parseJsonText } from './json-text';

/*
 * Readers for the files a lead keeps a pack in. They only read: every value is checked once, on
 * the assembled pack (validate.ts), and the problem is mapped back to the file and row it came
 * from through each entry's Origin. Runs in the extension too (the options page may build packs
 * from dropped files), so it takes texts, never paths.
 */

export interface BuildFile {
  /** Shown in messages; the reader picks a file's kind from the base name. */
  name: string;
  text: string;
}

/** A problem in an input file: row and column for CSV, a JSON path for JSON. */
export interface BuildIssue {
  file: string;
  row?: number;
  column?: string;
  path?: string;
  message: string;
  entryId?: string;
}

/** `replies.csv 第 7 行「text」：不能为空`, `rules.json [3].title（id：rule-1）：不能为空`. */
export function formatBuildIssue(e: BuildIssue): string {
  const id = e.entryId ? `（id：${e.entryId}）` : '';
  // csv.ts's messages and JSON syntax errors already say where ("第 3 行「text」为空"): once is enough.
  if (e.message.startsWith('第 ')) return `${e.file} ${e.message}`;
  if (e.row !== undefined) return `${e.file} 第 ${e.row} 行${e.column ? `「${e.column}」` : ''}${id}：${e.message}`;
  if (e.path) return `${e.file} ${e.path}${id}：${e.message}`;
  return `${e.file}：${e.message}`;
}

/** Where an entry came from: a CSV row, or an index in a JSON array. */
export type Origin =
  | { file: string; kind: 'csv'; row: number; /** A size chart's rows, one CSV row each. */ rows?: number[] }
  | { file: string; kind: 'json'; index: number };

export interface Read<T = Record<string, unknown>> {
  entries: T[];
  origins: Origin[];
  errors: BuildIssue[];
}

/** Leads write platforms as they say them; the pack stores the ids. */
const PLATFORM_ALIASES: Record<string, string> = {
  京东: 'jd', 拼多多: 'pdd', 抖音: 'douyin', 抖店: 'douyin', 快手: 'kuaishou', 淘宝: 'taobao', 天猫: 'taobao', 法规: 'law',
};
const platformId = (s: string) => PLATFORM_ALIASES[s] ?? s.toLowerCase();

const header = (rows: string[][]) => (rows[0] ?? []).map((h) => h.trim().toLowerCase());

/**
 * The reply CSV of utils/library/csv.ts plus two optional columns, `shops` and `platforms`
 * (lists separated by `|`), which a shared reply library has no use for but a team pack does.
 */
export function readReplyCsv(file: BuildFile): Read {
  const base = parseReplyCsv(file.text);
  const errors: BuildIssue[] = base.errors.map((e) => ({ file: file.name, row: e.row, column: e.column, message: e.message }));
  const rows = parseCsv(file.text);
  const cols = header(rows);
  const rowOf = new Map<string, number>();
  const idCol = cols.indexOf('id');
  rows.forEach((cells, i) => {
    const id = (cells[idCol] ?? '').trim();
    if (i > 0 && id && !rowOf.has(id)) rowOf.set(id, i + 1);
  });
  const cell = (row: number, name: string) => {
    const at = cols.indexOf(name);
    return at < 0 ? '' : (rows[row - 1]?.[at] ?? '');
  };
  const entries: Array<Record<string, unknown>> = [];
  const origins: Origin[] = [];
  for (const r of base.replies) {
    const row = rowOf.get(r.id) ?? 0;
    entries.push({
      id: r.id, group: r.group, title: r.title, text: r.text, keywords: r.keywords, shortcut: r.shortcut,
      questions: r.questions, shops: splitList(cell(row, 'shops')), platforms: splitList(cell(row, 'platforms')).map(platformId),
    });
    origins.push({ file: file.name, kind: 'csv', row });
  }
  return { entries, origins, errors };
}

/** shops.csv: `id,name[,platform]`. */
export function readShopCsv(file: BuildFile): Read {
  const rows = parseCsv(file.text);
  const cols = header(rows);
  const errors: BuildIssue[] = ['id', 'name']
    .filter((c) => !cols.includes(c))
    .map((c) => ({ file: file.name, row: 1, column: c, message: `缺少必需列 ${c}` }));
  if (errors.length) return { entries: [], origins: [], errors };
  const get = (cells: string[], name: string) => (cells[cols.indexOf(name)] ?? '').trim();
  const entries: Array<Record<string, unknown>> = [];
  const origins: Origin[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const platform = cols.includes('platform') ? get(cells, 'platform') : '';
    entries.push({ id: get(cells, 'id'), name: get(cells, 'name'), ...(platform ? { platform: platformId(platform) } : {}) });
    origins.push({ file: file.name, kind: 'csv', row: i + 2 });
  });
  return { entries, origins, errors };
}

/**
 * charts*.csv through utils/size/chart-csv.ts, plus two optional columns it leaves alone:
 * `matchwords` and `shops` (lists separated by `|`, on any row of the chart, merged).
 */
export function readChartCsv(file: BuildFile): Read {
  const base = parseSizeChartCsv(file.text);
  const errors: BuildIssue[] = base.errors.map((e) => ({ file: file.name, row: e.row, column: e.column, message: e.message }));
  const rows = parseCsv(file.text);
  const cols = header(rows);
  const at = (name: string) => cols.indexOf(name);
  const rowsOf = new Map<string, number[]>();
  const listsOf = new Map<string, { matchWords: Set<string>; shops: Set<string> }>();
  rows.slice(1).forEach((cells, i) => {
    const name = (cells[at('chart')] ?? '').trim();
    if (!name) return;
    rowsOf.set(name, [...(rowsOf.get(name) ?? []), i + 2]);
    const lists = listsOf.get(name) ?? { matchWords: new Set(), shops: new Set() };
    for (const w of splitList(cells[at('matchwords')] ?? cells[at('match_words')] ?? '')) lists.matchWords.add(w);
    for (const s of splitList(cells[at('shops')] ?? '')) lists.shops.add(s);
    listsOf.set(name, lists);
  });
  const entries = base.charts.map((c) => ({
    id: c.id, name: c.name,
    matchWords: [...(listsOf.get(c.name)?.matchWords ?? [])],
    // JSON has no Infinity: an open upper end is written null (see schema.ts).
    rows: c.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (Number.isFinite(x) ? x : null)) : v]))),
    shops: [...(listsOf.get(c.name)?.shops ?? [])],
  }));
  const origins: Origin[] = base.charts.map((c) => {
    const list = rowsOf.get(c.name) ?? [0];
    return { file: file.name, kind: 'csv', row: list[0]!, rows: list };
  });
  return { entries, origins, errors };
}

/** A JSON file holding one section's array (rules.json, profiles.json, …). */
export function readJsonArray(file: BuildFile): Read {
  const json = readJson(file);
  if (!json.ok) return { entries: [], origins: [], errors: [json.error] };
  if (!Array.isArray(json.value)) return { entries: [], origins: [], errors: [{ file: file.name, message: '应为 JSON 数组 […]' }] };
  return {
    entries: json.value as Array<Record<string, unknown>>,
    origins: json.value.map((_, index) => ({ file: file.name, kind: 'json' as const, index })),
    errors: [],
  };
}

export function readJson(file: BuildFile): { ok: true; value: unknown } | { ok: false; error: BuildIssue } {
  const parsed = parseJsonText(file.text);
  if (parsed.ok) return parsed;
  const where = formatLocation(parsed.error);
  return { ok: false, error: { file: file.name, message: `${where ? `${where} ` : ''}${parsed.error.message}` } };
}
