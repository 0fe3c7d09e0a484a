import { describe, expect, it } from 'vitest';
import { chartId, parseSizeChartCsv, toSizeChartCsv } from '@/utils/size/chart-csv';

const HEADER = 'chart,size,height_min,height_max,weight_min,weight_max,bust_min,bust_max,waist_min,waist_max,hip_min,hip_max';
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

const SHIRTS = [
  'Men Tee,M,165,172,55,63,,,,,,',
  'Men Tee,L,171,178,62,70,,,,,,',
  'Men Tee,XL,177,185,69,78,,,,,,',
];
const SHORTS = [
  '运动短裤,S,,,48,56,,,66,72,88,94',
  '运动短裤,M,,,55,64,,,71,78,93,100',
];

describe('parseSizeChartCsv', () => {
  it('reads charts with ids, names, inclusive ranges and team defaults', () => {
    const { charts, errors } = parseSizeChartCsv(csv(...SHIRTS, ...SHORTS), { shops: ['shop-1'], now: 7 });
    expect(errors).toEqual([]);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toEqual({
      id: 'chart-men-tee', name: 'Men Tee', matchWords: [], shops: ['shop-1'], source: 'team', updatedAt: 7,
      rows: [
        { size: 'M', height: [165, 172], weight: [55, 63] },
        { size: 'L', height: [171, 178], weight: [62, 70] },
        { size: 'XL', height: [177, 185], weight: [69, 78] },
      ],
    });
    expect(charts[1]!.id).toBe('chart-运动短裤');
    expect(charts[1]!.rows[1]).toEqual({ size: 'M', weight: [55, 64], waist: [71, 78], hip: [93, 100] });
  });

  it('takes columns in any order, ignores extra ones and reads a BOM and CRLF', () => {
    const text = '\uFEFF备注,size,weight_max,chart,weight_min,waist_min,waist_max\r\n小码,26,50,牛仔,44,62,67\r\n,27,55,牛仔,49,66,70\r\n';
    const { charts, errors } = parseSizeChartCsv(text);
    expect(errors).toEqual([]);
    expect(charts[0]!.rows).toEqual([{ size: '26', weight: [44, 50], waist: [62, 67] }, { size: '27', weight: [49, 55], waist: [66, 70] }]);
  });

  it('makes stable ids: ASCII names slugged, other names kept', () => {
    expect(chartId('Womens_Top ')).toBe('chart-womens-top');
    expect(chartId('女装 上衣')).toBe('chart-女装-上衣');
    expect(chartId('女装上衣')).toBe(chartId('女装上衣'));
  });

  it('treats a lone min or max as open-ended', () => {
    const { charts, errors } = parseSizeChartCsv(csv('大码,XL,,,,80,,,,,,', '大码,2XL,,,79,,,,,,,'));
    expect(errors).toEqual([]);
    expect(charts[0]!.rows).toEqual([{ size: 'XL', weight: [0, 80] }, { size: '2XL', weight: [79, Infinity] }]);
  });

  const errorsOf = (text: string) => {
    const { charts, errors } = parseSizeChartCsv(text);
    expect(charts).toEqual([]);
    return errors;
  };

  it('names the row and column of a cell that is not a number, negative or reversed', () => {
    expect(errorsOf(csv('T,S,150,1六0,40,45,,,,,,'))).toEqual([{ row: 2, column: 'height_max', message: expect.stringContaining('不是数字') }]);
    expect(errorsOf(csv('T,S,150,160,-40,45,,,,,,'))).toEqual([{ row: 2, column: 'weight_min', message: expect.stringContaining('负数') }]);
    expect(errorsOf(csv('T,S,150,160,48,45,,,,,,'))).toEqual([{ row: 2, column: 'weight_min', message: expect.stringMatching(/下限 48 大于上限 45/) }]);
  });

  it('rejects a size repeated within a chart but not across charts', () => {
    const errors = errorsOf(csv('T,S,150,160,40,46,,,,,,', 'T,S,159,166,45,52,,,,,,'));
    expect(errors).toEqual([{ row: 3, column: 'size', message: expect.stringMatching(/重复.*第 2 行/) }]);
    expect(parseSizeChartCsv(csv('T,S,150,160,40,46,,,,,,', 'U,S,150,160,40,46,,,,,,')).errors).toEqual([]);
  });

  it('rejects rows of one chart that fill different columns', () => {
    const errors = errorsOf(csv('T,S,150,160,40,46,,,,,,', 'T,M,159,166,,,,,,,,'));
    expect(errors).toEqual([{ row: 3, column: 'weight_min', message: expect.stringMatching(/没有填体重.*第 2 行/) }]);
  });

  it('rejects a gap between consecutive sizes and names both rows; touching edges are fine', () => {
    const errors = errorsOf(csv('T,S,150,158,40,46,,,,,,', 'T,M,159,166,46,52,,,,,,'));
    expect(errors).toEqual([{ row: 3, column: 'height_min', message: expect.stringMatching(/第 2 行.*158.*第 3 行.*159.*空档/) }]);
    expect(parseSizeChartCsv(csv('T,S,150,158,40,46,,,,,,', 'T,M,158,166,46,52,,,,,,')).errors).toEqual([]);
    // Bust does not decide, so a gap there is allowed.
    expect(parseSizeChartCsv(csv('T,S,150,158,40,46,78,82,,,,', 'T,M,158,166,46,52,84,88,,,,')).errors).toEqual([]);
  });

  it('requires sizes from small to large', () => {
    const errors = errorsOf(csv('T,M,158,166,46,52,,,,,,', 'T,S,150,158,40,46,,,,,,'));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[3, 'height_min'], [3, 'weight_min']]);
    expect(errors[0]!.message).toMatch(/从小到大/);
  });

  it('lists every error and imports nothing', () => {
    const errors = errorsOf(csv(...SHIRTS, 'Men Tee,2XL,184,190,x,86,,,,,,', ',S,150,160,40,46,,,,,,', 'Other,,150,160,40,46,,,,,,'));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[5, 'weight_min'], [6, 'chart'], [7, 'size']]);
  });

  it('checks the header', () => {
    expect(errorsOf('')).toEqual([{ row: 1, column: '', message: expect.stringContaining('表头') }]);
    expect(errorsOf('chart,height_min,height_max\nT,150,160\n').map((e) => e.column)).toEqual(['size']);
    expect(errorsOf('chart,size,size,weight_min,weight_max\n').map((e) => e.message)).toEqual([expect.stringContaining('重复')]);
    expect(errorsOf('chart,size,heigth_min,height_min,height_max\n').map((e) => e.column)).toEqual(['heigth_min']);
    expect(errorsOf('chart,size,height_min,weight_min,weight_max\n').map((e) => e.column)).toEqual(['height_max']);
    expect(errorsOf('chart,size,bust_min,bust_max\n')[0]!.message).toMatch(/身高、体重或腰围/);
  });

  it('rejects a chart with only bust and hip, which cannot decide a size', () => {
    expect(errorsOf(csv('文胸,75B,,,,,80,85,,,,', 'T,S,150,160,40,46,,,,,,'))[0]!.message).toMatch(/文胸.*无法推荐/);
  });
});

describe('toSizeChartCsv', () => {
  it('round-trips charts, decimals and open ends included', () => {
    const text = csv(...SHIRTS, ...SHORTS, '大码,XL,,,,80.5,,,,,,', '大码,2XL,,,80.5,,,,,,,');
    const first = parseSizeChartCsv(text, { now: 1 });
    const again = parseSizeChartCsv(toSizeChartCsv(first.charts), { now: 1 });
    expect(again.errors).toEqual([]);
    expect(again.charts).toEqual(first.charts);
  });
  it('writes the canonical header with a BOM and CRLF', () => {
    const out = toSizeChartCsv(parseSizeChartCsv(csv(...SHORTS)).charts);
    expect(out.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(out).toContain('运动短裤,S,,,48,56,,,66,72,88,94\r\n');
  });
});

describe('size charts through XLSX', () => {
  it('round-trips charts through an XLSX sheet with the CSV columns', async () => {
    const { parseSizeChartCsv: parse, parseSizeChartTable, sizeChartTable, toSizeChartCsv } = await import('@/utils/size/chart-csv');
    const { readSheetRows, toXlsx } = await import('@/utils/library/spreadsheet');
    const csv = 'chart,size,height_min,height_max,weight_min,weight_max\n上衣,S,150,158,40,47.5\n上衣,M,156,163,47,53\n';
    const { charts } = parse(csv, { now: 1 });
    const back = parseSizeChartTable(readSheetRows(toXlsx(sizeChartTable(charts))), { now: 1 });
    expect(back.errors).toEqual([]);
    expect(toSizeChartCsv(back.charts)).toBe(toSizeChartCsv(charts));
  });
});
