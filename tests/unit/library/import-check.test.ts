import { describe, expect, it } from 'vitest';
import { withReplyDefaults } from '@/utils/library/csv';
import { checkImport, type ImportProblem } from '@/utils/library/import-check';
import type { ImportRecord } from '@/utils/library/reply-table';
import type { Reply } from '@/utils/library/types';

const rec = (row: number, fields: Partial<ImportRecord> = {}): ImportRecord => ({
  row, id: `id${row}`, group: '物流', title: `标题${row}`, text: `内容${row}`, keywords: [], shortcut: '', ...fields,
});
const reply = (fields: Partial<Reply> & { id: string }): Reply =>
  withReplyDefaults({ title: fields.id, text: `text ${fields.id}`, ...fields }, { source: fields.source ?? 'personal', now: 1 });
const errors = (problems: ImportProblem[]) => problems.filter((p) => p.level === 'error').map(({ row, column }) => [row, column]);

describe('checkImport', () => {
  it('counts new, changed and unchanged replies and writes only what changes (merge)', () => {
    const existing = [reply({ id: 'id2', title: '标题2', text: '内容2', group: '物流' }), reply({ id: 'id3', title: '旧标题', group: '物流', useCount: 7, shops: ['s1'] })];
    const p = checkImport([rec(2), rec(3), rec(4)], existing, { now: 5 });
    expect(p.counts).toMatchObject({ rows: 3, total: 3, new: 1, changed: 1, unchanged: 1, removed: 0 });
    expect(p.replies.map((r) => r.id)).toEqual(['id3', 'id4']);
    // What the file cannot say is kept from the library entry.
    expect(p.replies[0]).toMatchObject({ title: '标题3', useCount: 7, shops: ['s1'], source: 'personal', updatedAt: 5 });
    expect(p.problems).toEqual([]);
  });

  it('in replace mode also writes unchanged personal replies and counts the personal ones removed', () => {
    const existing = [reply({ id: 'id2', title: '标题2', text: '内容2', group: '物流' }), reply({ id: 'old' }), reply({ id: 'd', source: 'default' })];
    const p = checkImport([rec(2)], existing, { mode: 'replace' });
    expect(p.replies.map((r) => r.id)).toEqual(['id2']);
    expect(p.counts).toMatchObject({ unchanged: 1, removed: 1 });
  });

  it('reports missing id, title and text by row and column', () => {
    const p = checkImport([rec(2, { id: '' }), rec(3, { title: ' ' }), rec(4, { text: '' })], []);
    expect(errors(p.problems)).toEqual([[2, 'id'], [3, 'title'], [4, 'text']]);
    expect(p.problems.map((x) => x.message)).toEqual(['id 为空', '标题为空', '内容为空']);
    expect(p.errorCount).toBe(3);
  });

  it('reports a malformed id', () => {
    expect(errors(checkImport([rec(2, { id: 'a b' })], []).problems)).toEqual([[2, 'id']]);
  });

  it('reports a duplicate id within the file at the second row, naming the first', () => {
    const p = checkImport([rec(2, { id: 'x' }), rec(5, { id: 'x' })], []);
    expect(p.problems).toEqual([{ row: 5, column: 'id', level: 'error', message: 'id「x」与第 2 行重复' }]);
  });

  it('reports bad shortcuts: not ASCII letters/digits, or longer than 16', () => {
    const p = checkImport([rec(2, { shortcut: 'fh!' }), rec(3, { shortcut: '发货' }), rec(4, { shortcut: 'a'.repeat(17) }), rec(5, { shortcut: 'Fh2' })], []);
    expect(errors(p.problems)).toEqual([[2, 'shortcut'], [3, 'shortcut'], [4, 'shortcut']]);
  });

  it('reports a shortcut used twice in the file (case-insensitive) or by another reply in the library', () => {
    const existing = [reply({ id: 'ship', title: '发货时间', shortcut: 'fhsj' }), reply({ id: 'gone', shortcut: 'gone', source: 'personal' })];
    const p = checkImport([rec(2, { shortcut: 'ab' }), rec(3, { shortcut: 'AB' }), rec(4, { shortcut: 'FHSJ' }), rec(5, { shortcut: 'gone' })], existing);
    expect(p.problems).toEqual([
      { row: 3, column: 'shortcut', level: 'error', message: '快捷码「AB」与第 2 行重复' },
      { row: 4, column: 'shortcut', level: 'error', message: '快捷码「FHSJ」已被话术「发货时间」（id ship）使用' },
      { row: 5, column: 'shortcut', level: 'error', message: '快捷码「gone」已被话术「gone」（id gone）使用' },
    ]);
    // Replacing removes the personal reply that held "gone", so the shortcut becomes free.
    expect(errors(checkImport([rec(5, { shortcut: 'gone' })], existing, { mode: 'replace' }).problems)).toEqual([]);
  });

  it('lets a reply keep its own shortcut and take one from a hidden reply', () => {
    const existing = [reply({ id: 'id2', shortcut: 'fh' }), reply({ id: 'team1', shortcut: 'th', source: 'team' })];
    const p = checkImport([rec(2, { shortcut: 'fh' }), rec(3, { shortcut: 'th' })], existing, { hidden: new Set(['team1']) });
    expect(p.errorCount).toBe(0);
  });

  it('reports over-long title, text and keywords with their lengths', () => {
    const p = checkImport([rec(2, { title: '题'.repeat(41), text: '字'.repeat(1001), keywords: ['好', '词'.repeat(31)] })], []);
    expect(p.problems).toEqual([
      { row: 2, column: 'title', level: 'error', message: '标题有 41 个字，超过上限 40' },
      { row: 2, column: 'text', level: 'error', message: '内容有 1001 个字，超过上限 1000' },
      { row: 2, column: 'keywords', level: 'error', message: '关键词「词词词词词词词词词词词词…」有 31 个字，超过上限 30' },
    ]);
    expect(checkImport([rec(2, { title: '题'.repeat(40), text: '字'.repeat(1000), keywords: ['词'.repeat(30)] })], []).errorCount).toBe(0);
  });

  it('gives a notice, not an error, for an unknown group, once with its row count', () => {
    const p = checkImport([rec(2, { group: '直播' }), rec(3, { group: '直播' }), rec(4, { group: '' })], [reply({ id: 'z', group: '自定义' })]);
    expect(p.errorCount).toBe(0);
    expect(p.problems).toEqual([{ row: 2, column: 'group', level: 'notice', message: '分组「直播」不存在，导入后将新建（共 2 行）' }]);
    expect(p.newGroups).toEqual(['直播']);
    expect(p.replies.find((r) => r.id === 'id4')?.group).toBe('通用');
    expect(checkImport([rec(2, { group: '自定义' })], [reply({ id: 'z', group: '自定义' })]).problems).toEqual([]);
  });

  it('reports an id that a team reply already uses', () => {
    const p = checkImport([rec(2, { id: 't1' })], [reply({ id: 't1', title: '团队发货', source: 'team' })]);
    expect(p.problems).toEqual([{ row: 2, column: 'id', level: 'error', message: 'id「t1」已被团队话术「团队发货」使用，请换一个 id' }]);
  });

  it('reports unknown platforms (JSON files) and lists every problem of a row, sorted by row then column', () => {
    const p = checkImport([rec(3, { platforms: ['jd', 'mars' as 'jd'] }), rec(2, { id: '', text: '', shortcut: '?' })], []);
    expect(errors(p.problems)).toEqual([[2, 'id'], [2, 'text'], [2, 'shortcut'], [3, 'platforms']]);
  });

  it('lists header problems from the file reader with the rest', () => {
    const p = checkImport([], [], { tableProblems: [{ row: 1, column: 'text', message: '缺少必需列 text' }] });
    expect(p.problems).toEqual([{ row: 1, column: 'text', level: 'error', message: '缺少必需列 text' }]);
  });
});
