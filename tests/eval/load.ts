/** Reading evaluation inputs: a reply library (CSV or JSON) and labelled cases (JSONL). */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseReplyCsv, splitList, withReplyDefaults } from '../../utils/library/csv';
import type { EntrySource, PlatformId, Reply } from '../../utils/library/types';

export interface EvalCase {
  /** Line in the source message pool; also what --split-learning splits on. */
  line: number;
  q: string;
  /** Every acceptable reply id, best first. */
  expect: string[];
  topic: string;
}

function fail(message: string): never {
  throw new Error(message);
}

/** A JSON reply as a team pack or a hand-written file gives it: only id, title and text are required. */
function replyFromJson(value: unknown, at: string): Reply {
  if (!value || typeof value !== 'object') fail(`${at} 不是对象 (not an object)`);
  const o = value as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).trim() : '');
  const list = (k: string) =>
    Array.isArray(o[k]) ? (o[k] as unknown[]).map(String).map((s) => s.trim()).filter(Boolean) : splitList(str(k));
  for (const k of ['id', 'title', 'text']) if (!str(k)) fail(`${at}「${k}」为空 (missing ${k})`);
  const num = (k: string) => (typeof o[k] === 'number' ? { [k]: o[k] as number } : {});
  const source = ['default', 'team', 'personal'].includes(str('source')) ? { source: str('source') as EntrySource } : {};
  return withReplyDefaults({
    id: str('id'), title: str('title'), text: str('text'), group: str('group') || '通用',
    keywords: list('keywords'), questions: list('questions'), shortcut: str('shortcut'),
    shops: list('shops'), platforms: list('platforms') as PlatformId[], ...source, ...num('useCount'), ...num('updatedAt'),
  });
}

/** `.csv` in the reply CSV format, or `.json` as an array of replies or `{ replies: [...] }`. */
export function loadLibrary(path: string): Reply[] {
  const text = readFileSync(path, 'utf8');
  if (extname(path).toLowerCase() === '.csv') {
    const { replies, errors } = parseReplyCsv(text);
    for (const e of errors) console.error(`${path}: ${e.message}`);
    return replies;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(`${path} 不是合法 JSON (invalid JSON): ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : (data as { replies?: unknown } | null)?.replies;
  if (!Array.isArray(list)) fail(`${path} 应为回复数组或 { "replies": [...] } (expected an array of replies)`);
  return list.map((r, i) => replyFromJson(r, `${path} 第 ${i + 1} 条回复`));
}

/** One case per line; blank lines are skipped; errors name the file line. */
export function loadCases(path: string): EvalCase[] {
  const cases: EvalCase[] = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = `${path} 第 ${i + 1} 行`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      fail(`${where} 不是合法 JSON (invalid JSON): ${(e as Error).message}`);
    }
    if (typeof o.q !== 'string' || !o.q.trim()) fail(`${where} 缺少 "q" (missing q)`);
    const expect = o.expect;
    if (!Array.isArray(expect) || expect.length === 0 || !expect.every((x) => typeof x === 'string')) {
      fail(`${where} "expect" 应为非空的 id 数组 (expect must be a non-empty array of ids)`);
    }
    cases.push({
      line: typeof o.line === 'number' ? o.line : i + 1,
      q: o.q,
      expect,
      topic: typeof o.topic === 'string' && o.topic ? o.topic : '未分类',
    });
  });
  return cases;
}
