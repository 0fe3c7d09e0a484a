import type { EntrySource, Reply } from './types';

export interface CsvError {
  /** 1-based row as a spreadsheet shows it: the header is row 1, a multi-line cell stays one row. */
  row: number;
  column: string;
  message: string;
}

export interface ReplyCsvOptions {
  source?: EntrySource;
  now?: number;
}

function parse(text: string): { rows: string[][]; unclosedQuoteRow: number | null } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow: number | null = null;
  let i = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteRow = rows.length + 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else {
      // A stray quote inside an unquoted cell is kept as text, as spreadsheets do.
      field += c;
    }
    i++;
  }
  // The last line either ended with a newline (already pushed) or holds a final record.
  if (quoted || field !== '' || row.length > 0) endRow();
  return { rows, unclosedQuoteRow: quoted ? quoteRow : null };
}

/** RFC 4180 records. Lenient like spreadsheets: an unclosed quote runs to the end of the text. */
export function parseCsv(text: string): string[][] {
  return parse(text).rows;
}

const REQUIRED = ['id', 'title', 'text'] as const;
const COLUMNS = ['id', 'group', 'title', 'text', 'keywords', 'shortcut', 'questions'] as const;
type Column = (typeof COLUMNS)[number];

/** Team leads type lists in Chinese input mode, so the full-width bar separates too. */
export const splitList = (cell: string): string[] =>
  cell.split(/[|｜]/).map((s) => s.trim()).filter(Boolean);

/** A complete Reply from the fields a file gives; what a file cannot say gets the library defaults. */
export function withReplyDefaults(
  fields: Pick<Reply, 'id' | 'title' | 'text'> & Partial<Reply>,
  { source = 'team', now = Date.now() }: ReplyCsvOptions = {},
): Reply {
  return {
    group: '通用', keywords: [], shortcut: '', questions: [], shops: [], platforms: [],
    source, useCount: 0, updatedAt: now, ...fields,
  };
}

/** Reads the reply CSV (`id,group,title,text,keywords,shortcut[,questions]`, any column order). */
export function parseReplyCsv(text: string, options: ReplyCsvOptions = {}): { replies: Reply[]; errors: CsvError[] } {
  const { rows, unclosedQuoteRow } = parse(text);
  const errors: CsvError[] = [];
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (header.every((h) => h === '')) return { replies: [], errors: [{ row: 1, column: '', message: '文件为空或缺少表头' }] };
  const col = new Map<Column, number>();
  header.forEach((name, i) => {
    if (!(COLUMNS as readonly string[]).includes(name)) return;
    if (col.has(name as Column)) errors.push({ row: 1, column: name, message: `表头列 ${name} 重复` });
    else col.set(name as Column, i);
  });
  for (const name of REQUIRED) {
    if (!col.has(name)) errors.push({ row: 1, column: name, message: `缺少必需列 ${name}` });
  }
  if (errors.length) return { replies: [], errors };
  if (unclosedQuoteRow !== null) {
    const column = header[(rows.at(-1)?.length ?? 1) - 1] ?? '';
    errors.push({ row: unclosedQuoteRow, column, message: `第 ${unclosedQuoteRow} 行「${column}」的引号没有闭合，之后的内容都被读进了这一格` });
  }

  const replies: Reply[] = [];
  const firstRowOfId = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (row === unclosedQuoteRow || cells.every((c) => c.trim() === '')) return;
    const get = (name: Column) => {
      const at = col.get(name);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const rowErrors: CsvError[] = [];
    for (const name of REQUIRED) {
      if (!get(name)) rowErrors.push({ row, column: name, message: `第 ${row} 行「${name}」为空` });
    }
    const id = get('id');
    const seen = firstRowOfId.get(id);
    if (id && seen !== undefined) {
      rowErrors.push({ row, column: 'id', message: `第 ${row} 行 id「${id}」与第 ${seen} 行重复` });
    } else if (id) firstRowOfId.set(id, row);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    replies.push(
      withReplyDefaults(
        {
          id, title: get('title'), text: get('text'), group: get('group') || '通用',
          keywords: splitList(get('keywords')), shortcut: get('shortcut'), questions: splitList(get('questions')),
        },
        options,
      ),
    );
  });
  return { replies, errors: errors.sort((a, b) => a.row - b.row) };
}

const quote = (cell: string): string => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * The reply CSV with the questions column, CRLF line ends and a BOM so that Excel opens it as
 * UTF-8 instead of garbling the Chinese. A keyword or question containing `|` cannot round-trip.
 */
export function toReplyCsv(replies: Reply[]): string {
  return toCsv([
    [...COLUMNS],
    ...replies.map((r) => [r.id, r.group, r.title, r.text, r.keywords.join('|'), r.shortcut, r.questions.join('|')]),
  ]);
}

/** Any table as CSV that Excel opens as UTF-8 (BOM, CRLF, quoting where needed). */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}
