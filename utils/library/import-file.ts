import { parseCsv } from './csv';
import { ImportChecker, type CheckOptions } from './import-check';
import { readHeader, recordFromRow, recordsFromJson, type ImportRecord, type TableProblem } from './reply-table';
import type { Reply } from './types';

export type ImportFileKind = 'csv' | 'xlsx' | 'json';

export function fileKind(name: string): ImportFileKind | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' || ext === 'json' ? ext : null;
}

/**
 * CSV text: UTF-8 (with or without BOM), else GB18030, which is what Excel on Chinese Windows
 * writes when one saves "CSV (逗号分隔)".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The row (as csv.ts counts rows) where a quote opens and never closes, or null. Mirrors parseCsv. */
export function unclosedQuoteRow(text: string): number | null {
  let row = 1;
  let quoted = false;
  let openedAt = 0;
  let fieldEmpty = true;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') fieldEmpty = false;
      else if (text[i + 1] === '"') {
        i++;
        fieldEmpty = false;
      } else quoted = false;
    } else if (c === '"' && fieldEmpty) {
      quoted = true;
      openedAt = row;
    } else if (c === ',') fieldEmpty = true;
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row++;
      fieldEmpty = true;
    } else fieldEmpty = false;
  }
  return quoted ? openedAt : null;
}

export interface LoadOptions extends CheckOptions {
  /** 0…1 and what is happening, for the progress bar. */
  onProgress?: (fraction: number, stage: string) => void;
  /** Lets the page paint between chunks; none in Node. */
  pause?: () => Promise<void>;
}

/** Gives the event loop a turn (setTimeout is clamped to 4 ms when nested; a message is not). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Reads a reply file (CSV, XLSX or Kuaida JSON) and checks it against the library, in chunks of
 * about 12 ms so the page stays responsive and the progress bar moves. Nothing is written here.
 */
export async function loadImportFile(name: string, bytes: Uint8Array, existing: readonly Reply[], options: LoadOptions = {}): Promise<ImportChecker> {
  const kind = fileKind(name);
  const progress = options.onProgress ?? (() => {});
  const checker = new ImportChecker(existing, { ...options, unit: kind === 'json' ? '条' : '行' });
  const fail = (message: string) => {
    checker.addTableProblems([{ row: 0, column: '', message }]);
    return checker;
  };
  if (!kind) return fail('只支持 .csv、.xlsx 和快答 .json 文件');

  progress(0.1, '读取文件');
  await options.pause?.();
  let rows: string[][] = [];
  let records: ImportRecord[] | null = null;
  const problems: TableProblem[] = [];
  try {
    if (kind === 'xlsx') rows = (await import('./spreadsheet')).readSheetRows(bytes);
    else if (kind === 'json') {
      const json = recordsFromJson(JSON.parse(decodeText(bytes)));
      records = json.records;
      problems.push(...json.problems);
    } else {
      const text = decodeText(bytes);
      rows = parseCsv(text);
      const open = unclosedQuoteRow(text);
      if (open !== null) problems.push({ row: open, column: '', message: `第 ${open} 行有引号没有闭合，之后的内容都被读进了这一格` });
    }
  } catch (e) {
    return fail(`文件无法读取：${e instanceof Error ? e.message : String(e)}`);
  }
  const { columns, problems: headerProblems } = records ? { columns: null, problems: [] } : readHeader(rows[0]);
  checker.addTableProblems([...headerProblems, ...problems]);
  if (headerProblems.length) return checker;

  const total = records ? records.length : rows.length - 1;
  progress(0.3, '检查');
  let last = performance.now();
  for (let i = 0; i < total; i++) {
    const record = records ? records[i]! : recordFromRow(rows[i + 1]!, i + 2, columns!);
    if (record) checker.add(record);
    if (options.pause && i % 100 === 99 && performance.now() - last > 12) {
      progress(0.3 + (0.7 * i) / total, `检查 ${i + 1}/${total}`);
      await options.pause();
      last = performance.now();
    }
  }
  progress(1, '完成');
  return checker;
}
