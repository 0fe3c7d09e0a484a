import { read, utils, write } from '@e965/xlsx';
import { repliesToRows } from './reply-table';
import type { Reply } from './types';

/**
 * XLSX reading and writing for reply files, through SheetJS (@e965/xlsx 0.20.3). Same columns as
 * the CSV. The options page imports this module lazily: SheetJS is large and only needed here.
 */

/** A cell as text: numbers as JavaScript writes them (no thousands separators, no 1.2E+11). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** The first sheet's rows as text, header first. */
export function readSheetRows(bytes: ArrayBuffer | Uint8Array): string[][] {
  const book = read(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), { type: 'array', dense: true });
  const name = book.SheetNames[0];
  const sheet = name === undefined ? undefined : book.Sheets[name];
  if (!sheet) return [];
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
  return rows.map((cells) => Array.from(cells, cellText));
}

/** Any table as an .xlsx file (one sheet), every cell written as text so ids like 001 stay 001. */
export function toXlsx(rows: string[][], sheetName = 'Sheet1'): Uint8Array<ArrayBuffer> {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheetName);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** Replies as an .xlsx file with the CSV's columns (id,group,title,text,keywords,shortcut,questions). */
export function toReplyXlsx(replies: readonly Reply[]): Uint8Array<ArrayBuffer> {
  return toXlsx(repliesToRows(replies), '话术 replies');
}
