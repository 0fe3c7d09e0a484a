import { describe, expect, it } from 'vitest';
import { parseCsv, parseReplyCsv, toReplyCsv, withReplyDefaults } from '@/utils/library/csv';
import type { Reply } from '@/utils/library/types';

const HEADER = 'id,group,title,text,keywords,shortcut';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","line1\nline2"\n')).toEqual([['a', 'b,c', 'say "hi"', 'line1\nline2']]);
  });
  it('accepts CRLF and LF, strips the BOM and ignores the trailing empty line', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\ne,\r\n')).toEqual([['a', 'b'], ['c', 'd'], ['e', '']]);
  });
  it('keeps the last record when the file does not end with a newline', () => {
    expect(parseCsv('a,b\nc,"d"')).toEqual([['a', 'b'], ['c', 'd']]);
  });
  it('keeps a CRLF inside quotes as part of the cell', () => {
    expect(parseCsv('"x\r\ny",z\r\n')).toEqual([['x\r\ny', 'z']]);
  });
});

describe('parseReplyCsv', () => {
  it('reads replies with defaults, trimmed cells and split lists', () => {
    const csv = `${HEADER}\r\nship, 物流 ,发货时间,"亲，今天下单，明天发货哦~", 发货 | 什么时候发 ||,fhsj\r\n`;
    const { replies, errors } = parseReplyCsv(csv, { now: 42 });
    expect(errors).toEqual([]);
    expect(replies).toEqual([
      {
        id: 'ship', group: '物流', title: '发货时间', text: '亲，今天下单，明天发货哦~', keywords: ['发货', '什么时候发'],
        shortcut: 'fhsj', questions: [], shops: [], platforms: [], source: 'team', useCount: 0, updatedAt: 42,
      },
    ]);
  });
  it('takes columns in any order, ignores unknown ones and reads example questions', () => {
    const csv = '备注,text,questions,id,title\n随便,开票说明,能开发票吗|发票怎么开,inv,开发票\n';
    const [reply] = parseReplyCsv(csv, { source: 'personal' }).replies;
    expect(reply).toMatchObject({ id: 'inv', text: '开票说明', questions: ['能开发票吗', '发票怎么开'], group: '通用', keywords: [], shortcut: '', source: 'personal' });
  });
  it('names missing required columns and returns nothing', () => {
    const { replies, errors } = parseReplyCsv('group,title,keywords\n物流,发货,发货\n');
    expect(replies).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(['缺少必需列 id', '缺少必需列 text']);
    expect(errors[0]).toMatchObject({ row: 1, column: 'id' });
  });
  it('reports empty text and duplicate ids by spreadsheet row and drops those rows', () => {
    const csv = [HEADER, 'a,通用,甲,"第一行\n第二行",,', 'b,通用,乙,,,', 'a,通用,丙,重复的,,', 'c,通用,丁,好的,,'].join('\n');
    const { replies, errors } = parseReplyCsv(csv);
    expect(replies.map((r) => r.id)).toEqual(['a', 'c']);
    expect(errors).toEqual([
      { row: 3, column: 'text', message: '第 3 行「text」为空' },
      { row: 4, column: 'id', message: '第 4 行 id「a」与第 2 行重复' },
    ]);
  });
  it('skips blank lines and reports an unclosed quote', () => {
    const { replies, errors } = parseReplyCsv(`${HEADER}\n\na,通用,甲,好,,\nb,通用,乙,"没有闭合,,\n`);
    expect(replies.map((r) => r.id)).toEqual(['a']);
    expect(errors).toEqual([{ row: 4, column: 'text', message: '第 4 行「text」的引号没有闭合，之后的内容都被读进了这一格' }]);
  });
  it('reports an empty file', () => {
    expect(parseReplyCsv('\uFEFF').errors[0]?.message).toBe('文件为空或缺少表头');
  });
});

describe('toReplyCsv', () => {
  const replies: Reply[] = [
    withReplyDefaults({ id: 'q1', group: '售后', title: '退款, 进度', text: '亲，"退款"已提交\n请耐心等待', keywords: ['退款', '钱呢'], shortcut: 'tk', questions: ['退款到哪了', '钱怎么还没到'] }, { now: 7 }),
    withReplyDefaults({ id: 'q2', title: '欢迎语', text: '您好', shortcut: '' }, { now: 7 }),
  ];
  it('round-trips through parseReplyCsv', () => {
    expect(parseReplyCsv(toReplyCsv(replies), { now: 7 })).toEqual({ replies, errors: [] });
  });
  it('writes the header with the questions column and quotes only where needed', () => {
    const lines = toReplyCsv(replies).split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,group,title,text,keywords,shortcut,questions');
    expect(lines[1]).toBe('q1,售后,"退款, 进度","亲，""退款""已提交\n请耐心等待",退款|钱呢,tk,退款到哪了|钱怎么还没到');
    expect(lines.at(-2)).toBe('q2,通用,欢迎语,您好,,,');
  });
});
