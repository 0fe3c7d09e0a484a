import { splitList } from './csv';
import type { ReplyField } from './reply-fields';
import type { PlatformId, Reply } from './types';

/** The reply file columns, the same in CSV and XLSX (see csv.ts): questions is optional on import. */
export const REPLY_COLUMNS = ['id', 'group', 'title', 'text', 'keywords', 'shortcut', 'questions'] as const;
export type ReplyColumn = (typeof REPLY_COLUMNS)[number];
const REQUIRED: ReplyColumn[] = ['id', 'title', 'text'];

/** How a column is named in problem lists: the header as in the file, then its Chinese name. */
export const COLUMN_NAMES: Record<ReplyField, string> = {
  id: 'id', group: 'group 分组', title: 'title 标题', text: 'text 内容', keywords: 'keywords 关键词',
  shortcut: 'shortcut 快捷码', questions: 'questions 相似问法', shops: 'shops 店铺', platforms: 'platforms 平台',
};

/** One reply as a file gives it, before any check. `row` is the spreadsheet row (header = 1) or JSON entry number. */
export interface ImportRecord {
  row: number;
  id: string;
  group: string;
  title: string;
  text: string;
  keywords: string[];
  shortcut: string;
  /** Absent when the file has no questions column: the library's questions are kept. */
  questions?: string[];
  shops?: string[];
  platforms?: PlatformId[];
}

/** A problem found while reading a file, before the reply-by-reply check. */
export interface TableProblem {
  row: number;
  column: ReplyField | '';
  message: string;
}

export type ColumnMap = Map<ReplyColumn, number>;

/** Reads the header row (any column order, unknown columns ignored, case-insensitive). */
export function readHeader(header: readonly string[] | undefined): { columns: ColumnMap; problems: TableProblem[] } {
  const columns: ColumnMap = new Map();
  const problems: TableProblem[] = [];
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  if (names.every((h) => h === '')) return { columns, problems: [{ row: 1, column: '', message: '文件为空或缺少表头（第 1 行应为 id,group,title,text,keywords,shortcut,questions）' }] };
  names.forEach((name, i) => {
    if (!(REPLY_COLUMNS as readonly string[]).includes(name)) return;
    const col = name as ReplyColumn;
    if (columns.has(col)) problems.push({ row: 1, column: col, message: `表头列 ${name} 重复` });
    else columns.set(col, i);
  });
  for (const col of REQUIRED) if (!columns.has(col)) problems.push({ row: 1, column: col, message: `缺少必需列 ${col}` });
  return { columns, problems };
}

/** Windows line ends become \n, as a textarea gives them (XLSX cannot keep a \r anyway). */
export const lineEnds = (s: string): string => s.replace(/\r\n?/g, '\n');

/** One data row as a record, or null for a blank row. Cells are trimmed; lists split on `|`. */
export function recordFromRow(cells: readonly string[], row: number, columns: ColumnMap): ImportRecord | null {
  if (cells.every((c) => c.trim() === '')) return null;
  const get = (col: ReplyColumn) => {
    const at = columns.get(col);
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
  return {
    row, id: get('id'), group: get('group'), title: get('title'), text: lineEnds(get('text')),
    keywords: splitList(get('keywords')), shortcut: get('shortcut'),
    ...(columns.has('questions') ? { questions: splitList(get('questions')) } : {}),
  };
}

/** Rows (header first) as import records; spreadsheet row numbers, blank rows skipped. */
export function recordsFromRows(rows: readonly string[][]): { records: ImportRecord[]; problems: TableProblem[] } {
  const { columns, problems } = readHeader(rows[0]);
  if (problems.length) return { records: [], problems };
  const records: ImportRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const record = recordFromRow(rows[i]!, i + 1, columns);
    if (record) records.push(record);
  }
  return { records, problems };
}

/** The rows of a reply file (header first), the same for CSV and XLSX. */
export function repliesToRows(replies: readonly Reply[]): string[][] {
  return [[...REPLY_COLUMNS], ...replies.map((r) => [r.id, r.group, r.title, r.text, r.keywords.join('|'), r.shortcut, r.questions.join('|')])];
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : typeof v === 'string' ? splitList(v) : []);

/** Kuaida JSON: an array of replies, or an object with `replies` (a pack or a full backup). */
export function recordsFromJson(data: unknown): { records: ImportRecord[]; problems: TableProblem[] } {
  const items = Array.isArray(data) ? data : (data as { replies?: unknown } | null)?.replies;
  if (!Array.isArray(items)) return { records: [], problems: [{ row: 0, column: '', message: 'JSON 文件应是话术数组，或含 replies 数组的对象' }] };
  const records: ImportRecord[] = [];
  const problems: TableProblem[] = [];
  items.forEach((item: unknown, i) => {
    const row = i + 1;
    if (!item || typeof item !== 'object') return void problems.push({ row, column: '', message: '这一条不是话术对象' });
    const o = item as Record<string, unknown>;
    const platforms = list(o.platforms);
    records.push({
      row, id: str(o.id), group: str(o.group), title: str(o.title), text: lineEnds(str(o.text)), keywords: list(o.keywords),
      shortcut: str(o.shortcut),
      ...(o.questions !== undefined ? { questions: list(o.questions) } : {}),
      ...(o.shops !== undefined ? { shops: list(o.shops) } : {}),
      ...(o.platforms !== undefined ? { platforms: platforms as PlatformId[] } : {}),
    });
  });
  return { records, problems };
}
