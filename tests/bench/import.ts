/**
 * Importing a 10,000-row reply file: parse + check in Node (the page's code, without the UI
 * yields), the write through the real importReplies on fake-indexeddb, and optionally the whole
 * thing in real Chromium through the options page (parse + check in the page with its chunking,
 * write in the service worker's IndexedDB). Prints figures; asserts nothing.
 *
 *   npx tsx tests/bench/import.ts            Node only
 *   npx tsx tests/bench/import.ts --browser  also Chromium (run `npx wxt build` first)
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toReplyCsv } from '../../utils/library/csv';
import { defaultReplies } from '../../utils/library/default';
import { loadImportFile } from '../../utils/library/import-file';
import { toReplyXlsx } from '../../utils/library/spreadsheet';
import type { Reply } from '../../utils/library/types';
import type { LoadedExtension } from '../e2e/support/extension';
import { generateReplies } from './generate-library';
import { fmt, median } from './stats';

export interface ImportFigures {
  format: 'csv' | 'xlsx';
  rows: number;
  bytes: number;
  /** Median parse + check, ms (Node). */
  parseCheckMs: number;
  errors: number;
  /** importReplies on fake-indexeddb, index built (ms). */
  writeMs: number;
  browser?: { parseCheckMs: number; writeMs: number };
}

/** Generated replies with unique shortcuts (generateReplies reuses a few hundred codes), as a clean file would have. */
export function cleanReplies(n: number, seed = 42): Reply[] {
  return generateReplies(n, seed).map((r, i) => ({ ...r, id: `imp${i}`, shortcut: r.shortcut && `${r.shortcut}${i}`, source: 'personal' }));
}

async function timeParse(name: string, bytes: Uint8Array, existing: Reply[], runs: number) {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const preview = (await loadImportFile(name, bytes, existing)).finish('merge');
    times.push(performance.now() - t0);
    errors = preview.errorCount;
  }
  return { ms: median(times), errors, preview: (await loadImportFile(name, bytes, existing)).finish('merge') };
}

const existingCount = () => defaultReplies().length;

/** The real importReplies (utils/background/library-edit-service.ts) on a fresh fake-indexeddb, search index built. */
async function timeWrite(replies: Reply[]): Promise<number> {
  (globalThis as { chrome?: unknown }).chrome ??= { runtime: { id: 'bench' } }; // webextension-polyfill refuses to load otherwise
  const { getDatabase } = await import('../../utils/db/database');
  const { importReplies } = await import('../../utils/background/library-edit-service');
  const { getLibraryIndex } = await import('../../utils/background/library-service');
  await getLibraryIndex(); // seeds the default library and builds the index, as a running worker has
  if ((await getDatabase().replies.count()) > existingCount()) throw new Error('bench database not clean');
  const t0 = performance.now();
  await importReplies(replies, 'merge');
  const ms = performance.now() - t0;
  await importReplies([], 'replace'); // leave the next run the same starting point
  return ms;
}

/**
 * Imports a reply file through the options page of a launched extension (parse + check in the
 * page, write in the service worker), as an agent would, and returns the page's own timings.
 */
export async function importThroughOptions(ext: LoadedExtension, file: { name: string; bytes: Uint8Array }): Promise<{ parseCheckMs: number; writeMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kuaida-import-'));
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.waitForSelector('#reply-count[data-count]');
    const filePath = path.join(dir, file.name);
    writeFileSync(filePath, file.bytes);
    await page.locator('#import-file').setInputFiles(filePath);
    await page.waitForSelector('.reply-import[data-phase=preview]', { timeout: 60_000 });
    await page.locator('#import-run').click();
    await page.waitForSelector('.reply-import[data-phase=done]', { timeout: 60_000 });
    const block = page.locator('.reply-import');
    return { parseCheckMs: Number(await block.getAttribute('data-parse-ms')), writeMs: Number(await block.getAttribute('data-write-ms')) };
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function inBrowser(files: Array<{ name: string; bytes: Uint8Array }>): Promise<Array<{ parseCheckMs: number; writeMs: number }>> {
  const { launchExtension } = await import('../e2e/support/extension');
  const out = [];
  for (const f of files) {
    // A fresh profile per file: the same ids imported twice would be "unchanged" and not written.
    const ext = await launchExtension();
    try {
      out.push(await importThroughOptions(ext, f));
    } finally {
      await ext.close();
    }
  }
  return out;
}

export async function benchImport(options: { rows?: number; runs?: number; browser?: boolean } = {}): Promise<ImportFigures[]> {
  const { rows = 10_000, runs = 5, browser = false } = options;
  const replies = cleanReplies(rows);
  const existing = defaultReplies();
  const files = [
    { format: 'csv' as const, name: `replies-${rows}.csv`, bytes: new TextEncoder().encode(toReplyCsv(replies)) },
    { format: 'xlsx' as const, name: `replies-${rows}.xlsx`, bytes: toReplyXlsx(replies) },
  ];
  const figures: ImportFigures[] = [];
  for (const f of files) {
    const parsed = await timeParse(f.name, f.bytes, existing, runs);
    const writes: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) writes.push(await timeWrite(parsed.preview.replies));
    figures.push({ format: f.format, rows, bytes: f.bytes.length, parseCheckMs: parsed.ms, errors: parsed.errors, writeMs: median(writes) });
  }
  // generateReplies as is: ~80% of rows share a shortcut with an earlier row, so every one is an error.
  const messy = new TextEncoder().encode(toReplyCsv(generateReplies(rows, 42)));
  const messyRun = await timeParse('messy.csv', messy, existing, runs);

  console.log(`\n== Import ${rows} replies: parse + check (Node, median of ${runs}) and write (importReplies, fake-indexeddb) ==`);
  console.log('format | file KB | parse+check ms | write ms | total ms | errors');
  for (const f of figures) {
    console.log(`${f.format.padEnd(6)} | ${String(Math.round(f.bytes / 1024)).padStart(7)} | ${fmt(f.parseCheckMs).padStart(14)} | ${fmt(f.writeMs).padStart(8)} | ${fmt(f.parseCheckMs + f.writeMs).padStart(8)} | ${f.errors}`);
  }
  console.log(`csv with duplicate shortcuts: parse+check ${fmt(messyRun.ms)} ms, ${messyRun.errors} errors listed`);

  if (browser) {
    const results = await inBrowser(files.map((f) => ({ name: f.name, bytes: f.bytes })));
    console.log('\n== Same files in Chromium through the options page (parse+check in the page, write in the worker) ==');
    console.log('format | parse+check ms | write ms | total ms');
    results.forEach((r, i) => {
      figures[i]!.browser = r;
      console.log(`${figures[i]!.format.padEnd(6)} | ${String(r.parseCheckMs).padStart(14)} | ${String(r.writeMs).padStart(8)} | ${String(r.parseCheckMs + r.writeMs).padStart(8)}`);
    });
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await benchImport({ browser: process.argv.includes('--browser') });
}
