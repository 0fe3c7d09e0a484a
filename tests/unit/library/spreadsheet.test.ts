import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { generateReplies } from '../../bench/generate-library';
import { parseReplyCsv, toReplyCsv, withReplyDefaults } from '@/utils/library/csv';
import { checkImport } from '@/utils/library/import-check';
import { loadImportFile } from '@/utils/library/import-file';
import { recordsFromRows } from '@/utils/library/reply-table';
import { readSheetRows, toReplyXlsx } from '@/utils/library/spreadsheet';
import type { Reply } from '@/utils/library/types';

const tricky: Reply[] = [
  withReplyDefaults({
    id: '001', group: '物流', title: '发货, "时间"', text: '亲，{买家}您好\n第二行 "引号"，逗号,\n第三行', keywords: ['发货', '什么时候发'],
    shortcut: '007', questions: ['今天能发吗？', '多久发'],
  }, { source: 'personal', now: 1 }),
  withReplyDefaults({ id: 'r-2', group: '新分组', title: '=SUM(A1)', text: '12345678901234567890', keywords: [], shortcut: '', questions: [] }, { source: 'personal', now: 1 }),
  ...generateReplies(50, 7).map((r, i) => ({ ...r, shortcut: r.shortcut && `${r.shortcut}${i}`, source: 'personal' as const })),
];
const FIELDS = ['id', 'group', 'title', 'text', 'keywords', 'shortcut', 'questions'] as const;
const columnsOf = (rs: readonly Reply[]) => rs.map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f]])));

/** The page's import path: records → check against an empty library → the replies it would write. */
const importRows = (rows: string[][]) => {
  const { records, problems } = recordsFromRows(rows);
  expect(problems).toEqual([]);
  return checkImport(records, []).replies;
};

describe('reply spreadsheets round-trip losslessly', () => {
  it('replies → xlsx bytes → parse → equal', () => {
    const bytes = toReplyXlsx(tricky);
    expect(bytes[0]).toBe(0x50); // "PK": a zip, as .xlsx is
    expect(columnsOf(importRows(readSheetRows(bytes)))).toEqual(columnsOf(tricky));
  });

  it('replies → csv → parse → equal (the page import path and csv.ts parseReplyCsv)', async () => {
    const csv = toReplyCsv(tricky);
    const checker = await loadImportFile('replies.csv', new TextEncoder().encode(csv), []);
    expect(columnsOf(checker.finish('merge').replies)).toEqual(columnsOf(tricky));
    expect(columnsOf(parseReplyCsv(csv).replies)).toEqual(columnsOf(tricky));
  });

  it('turns Windows line ends into LF (XLSX cannot keep CR)', () => {
    const crlf = [{ ...tricky[1]!, text: '一\r\n二\r三' }];
    expect(importRows(readSheetRows(toReplyXlsx(crlf)))[0]?.text).toBe('一\n二\n三');
    expect(importRows([['id', 'title', 'text'], ['a', 'b', '一\r\n二']])[0]?.text).toBe('一\n二');
  });

  it('reads number cells as text (ids, shortcuts and long numbers typed into Excel)', () => {
    const sheet = utils.aoa_to_sheet([['id', 'title', 'text', 'shortcut'], [101, '标题', 123456789012, 7], [1.5, true, '文', '']]);
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'x');
    const rows = readSheetRows(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(rows).toEqual([['id', 'title', 'text', 'shortcut'], ['101', '标题', '123456789012', '7'], ['1.5', 'true', '文', '']]);
  });

  it('reads only the first sheet and keeps spreadsheet row numbers across blank rows', () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['id', 'title', 'text'], ['a', 'A', 'x'], [], ['b', '', 'y']]), 'first');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['nothing']]), 'second');
    const { records } = recordsFromRows(readSheetRows(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)));
    expect(records.map((r) => [r.row, r.id])).toEqual([[2, 'a'], [4, 'b']]);
    expect(checkImport(records, []).problems).toMatchObject([{ row: 4, column: 'title' }]);
  });
});

describe('loadImportFile', () => {
  const load = (name: string, text: string) => loadImportFile(name, new TextEncoder().encode(text), []);

  it('reads Kuaida JSON: an array, or an object with replies, numbering entries', async () => {
    const preview = (await load('a.json', JSON.stringify({ replies: [{ id: 'a', title: 'T', text: 'x', keywords: ['k'], shops: ['s'], platforms: ['jd'] }, { id: 'a', title: 'T', text: 'y' }] }))).finish('merge');
    expect(preview.problems).toEqual([{ row: 2, column: 'id', level: 'error', message: 'id「a」与第 1 条重复' }]);
    expect(preview.replies[0]).toMatchObject({ id: 'a', keywords: ['k'], shops: ['s'], platforms: ['jd'], group: '通用' });
    expect((await load('b.json', '[{"id":"b","title":"T","text":"x"}]')).finish('merge').counts.new).toBe(1);
    expect((await load('c.json', '{"x":1}')).finish('merge').errorCount).toBe(1);
    expect((await load('d.json', '{')).finish('merge').problems[0]?.message).toMatch(/^文件无法读取/);
  });

  it('reports a missing required column, an unclosed quote and a wrong file type', async () => {
    expect((await load('a.csv', 'id,title\nx,y\n')).finish('merge').problems).toMatchObject([{ row: 1, column: 'text', message: '缺少必需列 text' }]);
    const open = (await load('b.csv', 'id,title,text\na,A,ok\nb,B,"never closed\nc,C,z\n')).finish('merge');
    expect(open.problems).toMatchObject([{ row: 3, column: '', message: '第 3 行有引号没有闭合，之后的内容都被读进了这一格' }]);
    expect((await load('c.txt', 'x')).finish('merge').errorCount).toBe(1);
  });

  it('decodes GB18030 CSV as Excel on Chinese Windows saves it', async () => {
    // "id,title,text\nx,标题,内容" in GB18030.
    const gbk = new Uint8Array([...new TextEncoder().encode('id,title,text\nx,'), 0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xc4, 0xda, 0xc8, 0xdd]);
    const preview = (await loadImportFile('g.csv', gbk, [])).finish('merge');
    expect(preview.replies[0]).toMatchObject({ title: '标题', text: '内容' });
  });
});
