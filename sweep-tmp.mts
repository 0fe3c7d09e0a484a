import { readFileSync } from 'node:fs';
import { LibraryIndex } from './utils/search/engine.ts';
import { TUNING } from './utils/search/tuning.ts';
function parseCsv(text: string): string[][] { const rows: string[][] = []; let row: string[] = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) { const c = text[i]; if (q) { if (c === '"') { if (text[i+1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
  else if (c === '"') q = true; else if (c === ',') { row.push(f); f = ''; } else if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; } else if (c !== '\r') f += c; }
  if (f || row.length) { row.push(f); rows.push(row); } return rows; }
const [, ...rows] = parseCsv(readFileSync('/work/shared/eval/dev/library.csv', 'utf8'));
const replies = rows.filter(r => r.length > 3).map(r => ({ id: r[0], group: r[1], title: r[2], text: r[3], keywords: r[4].split('|').filter(Boolean), shortcut: r[5] ?? '', questions: [], shops: [], platforms: [], source: 'team', useCount: 0, updatedAt: 0 })) as any;
const cases = readFileSync('/work/shared/eval/dev/cases.jsonl', 'utf8').trim().split('\n').map(l => JSON.parse(l));
function run(split: boolean) {
  const idx = new LibraryIndex(replies, []);
  let ev = cases;
  if (split) { for (const c of cases.filter(c => c.line % 4 === 1)) idx.learn({ replyId: c.expect[0], text: c.q, shop: '', createdAt: 0 }); ev = cases.filter(c => c.line % 4 === 3); }
  let h1 = 0, h3 = 0;
  for (const c of ev) { const got = idx.suggest(c.q, { kinds: ['reply'], limit: 5 }).map(s => s.id);
    if (c.expect.includes(got[0])) h1++; if (got.slice(0, 3).some(g => c.expect.includes(g))) h3++; }
  return `${(h1/ev.length).toFixed(3)}/${(h3/ev.length).toFixed(3)}`;
}
const base = JSON.parse(JSON.stringify(TUNING));
const variants: Record<string, any> = JSON.parse(process.argv[2] ?? '{"base":{}}');
for (const [name, patch] of Object.entries(variants)) {
  const t = JSON.parse(JSON.stringify(base));
  for (const [sec, vals] of Object.entries<any>(patch)) Object.assign(t[sec], vals);
  for (const sec of Object.keys(t)) Object.assign((TUNING as any)[sec], t[sec]);
  console.log(name.padEnd(20), 'cold', run(false), 'split', run(true));
}
