import { describe, expect, it } from 'vitest';
import { chartDraft, draftToChart } from '@/components/options/size-chart-draft';
import { draftErrors, fromDraft, toDraft } from '@/components/options/reply-draft';
import { withReplyDefaults } from '@/utils/library/csv';
import { filterReplies, groupsOf, sortReplies } from '@/utils/library/entry-filter';
import { newPersonalId, shortcutOwner, splitKeywords } from '@/utils/library/reply-fields';
import { chartForMessage, chartFromMessage, formatRange, formatWeight, OPEN_MAX } from '@/utils/library/size-format';
import type { Reply, SizeChart } from '@/utils/library/types';
import { splitVariables } from '@/utils/library/variables';

const r = (id: string, fields: Partial<Reply> = {}) => withReplyDefaults({ id, title: id, text: `text ${id}`, ...fields }, { source: 'personal', now: 1 });

describe('reply list filter', () => {
  const replies = [r('a', { title: '发货时间', group: '物流', shortcut: 'fhsj' }), r('b', { title: '退款', group: '售后', keywords: ['钱呢'] }), r('c', { title: '直播', group: '直播间' })];
  it('matches title, text, keywords, shortcut and group, every term, case-insensitive', () => {
    expect(filterReplies(replies, 'FHS').map((x) => x.id)).toEqual(['a']);
    expect(filterReplies(replies, '/fhsj').map((x) => x.id)).toEqual(['a']);
    expect(filterReplies(replies, '钱').map((x) => x.id)).toEqual(['b']);
    expect(filterReplies(replies, '售后 退').map((x) => x.id)).toEqual(['b']);
    expect(filterReplies(replies, 'text', '物流').map((x) => x.id)).toEqual(['a']);
  });
  it('sorts by the usual group order, new groups last', () => {
    expect(sortReplies(replies).map((x) => x.group)).toEqual(['物流', '售后', '直播间']);
    expect(groupsOf(replies).at(-1)).toBe('直播间');
  });
});

describe('reply form', () => {
  it('splits keywords on | and commas, questions by line, shops by commas', () => {
    expect(splitKeywords('a | b,c，d、e｜f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const reply = fromDraft({ ...toDraft(null), title: ' T ', text: 'x', keywords: '顺丰, 加急', questions: '能发顺丰吗\n\n加急吗', shops: 's1, s2', platforms: ['jd'] }, null);
    expect(reply).toMatchObject({ title: 'T', keywords: ['顺丰', '加急'], questions: ['能发顺丰吗', '加急吗'], shops: ['s1', 's2'], platforms: ['jd'], source: 'personal' });
    expect(reply.id).toMatch(/^p-[a-z0-9]{10}$/);
    expect(newPersonalId()).not.toBe(newPersonalId());
  });
  it('validates shortcut format and uniqueness, ignoring itself and hidden replies', () => {
    const others = [r('a', { shortcut: 'fh' }), r('h', { shortcut: 'hid' })];
    const draft = { ...toDraft(null), title: 't', text: 'x' };
    expect(draftErrors({ ...draft, shortcut: 'FH' }, null, others, new Set()).shortcut).toBe('快捷码「FH」已被话术「a」使用');
    expect(draftErrors({ ...draft, shortcut: 'fh' }, others[0]!, others, new Set())).toEqual({});
    expect(draftErrors({ ...draft, shortcut: 'hid' }, null, others, new Set(['h']))).toEqual({});
    expect(draftErrors({ ...draft, shortcut: 'f h', newGroup: '', group: '__new__' }, null, others, new Set())).toMatchObject({
      shortcut: '快捷码「f h」只能用英文字母和数字，1–16 位', newGroup: '请填写新分组的名称',
    });
    expect(shortcutOwner('', others, 'x')).toBeUndefined();
  });
});

describe('variables', () => {
  it('splits text into plain and variable parts, marking the ones consoles fill', () => {
    expect(splitVariables('{买家}亲，订单{订单号}在{店铺}')).toEqual([
      { text: '{买家}', variable: '买家', filled: true }, { text: '亲，订单' }, { text: '{订单号}', variable: '订单号', filled: false },
      { text: '在' }, { text: '{店铺}', variable: '店铺', filled: true },
    ]);
    expect(splitVariables('<b>x</b>')).toEqual([{ text: '<b>x</b>' }]);
  });
});

describe('size charts', () => {
  const chart: SizeChart = { id: 'c', name: '裤', matchWords: [], shops: [], source: 'personal', updatedAt: 1, rows: [
    { size: 'S', weight: [40, 47.5], waist: [0, 66] }, { size: 'M', weight: [47.5, 55], waist: [66, Infinity] },
  ] };
  it('formats ranges, open ends and 斤', () => {
    expect(formatWeight([40, 47.5])).toBe('40–47.5 kg（80–95 斤）');
    expect(formatRange([0, 66])).toBe('≤ 66');
    expect(formatRange([66, Infinity])).toBe('≥ 66');
    expect(formatRange(undefined)).toBe('—');
  });
  it('sends open upper bounds as OPEN_MAX (JSON has no Infinity) and reads them back, also from null', () => {
    const sent = JSON.parse(JSON.stringify(chartForMessage(chart))) as SizeChart;
    expect(sent.rows[1]!.waist).toEqual([66, OPEN_MAX]);
    expect(chartFromMessage(sent)).toEqual(chart);
    const mangled = JSON.parse(JSON.stringify(chart)) as SizeChart; // Infinity → null
    expect(chartFromMessage(mangled).rows[1]!.waist).toEqual([66, Infinity]);
  });
  it('edits round-trip through the draft, and the chart-CSV rules apply', () => {
    expect(draftToChart(chartDraft(chart), chart)).toEqual({ chart, errors: [] });
    const d = chartDraft(chart);
    d.rows[1]!.weightMin = '50'; // leaves a gap after 47.5
    d.rows[0]!.size = '';
    expect(draftToChart(d, chart).errors.map((e) => e.row)).toEqual([1]);
    d.rows[0]!.size = 'S';
    const gap = draftToChart(d, chart);
    expect(gap.chart).toBeNull();
    expect(gap.errors).toMatchObject([{ row: 2 }]);
    expect(gap.errors[0]!.message).toContain('第 1 行（S）体重上限 47.5 与第 2 行（M）下限 50 之间有空档');
  });
});
