import { describe, expect, it } from 'vitest';
import type { SizeChart, SizeRow } from '@/utils/library/types';
import type { BodyData } from '@/utils/size/body-data';
import { adviceExplanation, adviceReply, chartAudience, decidingDims, recommendSize } from '@/utils/size/recommend';

const chart = (name: string, rows: SizeRow[]): SizeChart => ({ id: `chart-${name}`, name, matchWords: [], rows, shops: [], source: 'team', updatedAt: 0 });

// Invented charts whose neighbouring sizes share their edges, as shop charts do.
const TOP = chart('top', [
  { size: 'S', height: [148, 156], weight: [38, 46], bust: [76, 82] },
  { size: 'M', height: [155, 162], weight: [45, 52], bust: [81, 87] },
  { size: 'L', height: [161, 168], weight: [51, 58], bust: [86, 92] },
  { size: 'XL', height: [167, 175], weight: [57, 66], bust: [91, 98] },
]);
const JEANS = chart('jeans', [
  { size: '27', waist: [64, 68], weight: [44, 50], hip: [86, 90] },
  { size: '28', waist: [67, 71], weight: [49, 55], hip: [89, 93] },
  { size: '29', waist: [70, 74], weight: [54, 60], hip: [92, 96] },
  { size: '30', waist: [73, 78], weight: [59, 66], hip: [95, 100] },
]);
const KIDS = chart('kids', [
  { size: '100', height: [92, 104], weight: [13, 17] },
  { size: '110', height: [103, 114], weight: [16, 20] },
  { size: '120', height: [113, 124], weight: [19, 24] },
  { size: '130', height: [123, 134], weight: [23, 29] },
]);

const body = (b: Partial<BodyData> = {}): BodyData => ({
  heightCm: null, weightKg: null, waistCm: null, bustCm: null, hipCm: null, usualSize: null, forWhom: null, subject: null, notes: [], ...b,
});

describe('recommendSize', () => {
  it('decides on the filled columns among height, weight and waist', () => {
    expect(decidingDims(TOP)).toEqual(['height', 'weight']);
    expect(decidingDims(JEANS)).toEqual(['weight', 'waist']);
    expect(chartAudience(KIDS)).toBe('child');
    expect(chartAudience(TOP)).toBe('adult');
    expect(chartAudience(JEANS)).toBe('adult');
  });

  it('names one size when exactly one row holds every value, with per-dimension rows', () => {
    const a = recommendSize(TOP, body({ heightCm: 158, weightKg: 48 }));
    expect(a).toMatchObject({ kind: 'single', size: 'M', row: 1, deciding: ['height', 'weight'], values: { height: 158, weight: 48 } });
    expect(a.matches).toEqual([
      { dim: 'height', value: 158, rows: [1], sizes: ['M'] },
      { dim: 'weight', value: 48, rows: [1], sizes: ['M'] },
    ]);
  });

  it('resolves an overlap on one dimension with the other', () => {
    // 162 is in M and L; 54 kg only in L.
    expect(recommendSize(TOP, body({ heightCm: 162, weightKg: 54 }))).toMatchObject({ kind: 'single', size: 'L' });
    expect(recommendSize(JEANS, body({ waistCm: 70.5, weightKg: 52 }))).toMatchObject({ kind: 'single', size: '28' });
  });

  it('treats range ends as inclusive', () => {
    expect(recommendSize(TOP, body({ heightCm: 148, weightKg: 38 }))).toMatchObject({ kind: 'single', size: 'S' });
    expect(recommendSize(TOP, body({ heightCm: 175, weightKg: 66 }))).toMatchObject({ kind: 'single', size: 'XL' });
  });

  it('is between two sizes when both hold every value', () => {
    const a = recommendSize(TOP, body({ heightCm: 161.5, weightKg: 51.5 }));
    expect(a).toMatchObject({ kind: 'between', sizes: ['M', 'L'], fits: ['M', 'L'] });
    expect(recommendSize(KIDS, body({ heightCm: 103.5, weightKg: 16.5 }))).toMatchObject({ kind: 'between', sizes: ['100', '110'] });
  });

  it('is between the smallest and largest pointed-to sizes when the dimensions disagree', () => {
    // Tall and light: height says XL, weight says M.
    expect(recommendSize(TOP, body({ heightCm: 170, weightKg: 48 }))).toMatchObject({ kind: 'between', sizes: ['M', 'XL'], fits: [] });
    // Height in two sizes, weight in an earlier one: the span covers all three.
    expect(recommendSize(KIDS, body({ heightCm: 123.5, weightKg: 18 }))).toMatchObject({ kind: 'between', sizes: ['110', '130'] });
  });

  it('asks for what is missing, naming only the missing deciding dimensions', () => {
    expect(recommendSize(TOP, body({ heightCm: 160 }))).toMatchObject({ kind: 'ask', missing: ['weight'] });
    expect(recommendSize(TOP, body())).toMatchObject({ kind: 'ask', missing: ['height', 'weight'] });
    // Height is not used by the jeans chart, so it does not help.
    expect(recommendSize(JEANS, body({ heightCm: 175, weightKg: 60 }))).toMatchObject({ kind: 'ask', missing: ['waist'] });
  });

  it('says no size when a value is outside every row, even if something else is missing', () => {
    const a = recommendSize(TOP, body({ heightCm: 181, weightKg: 60 }));
    expect(a).toMatchObject({ kind: 'none', outOfRange: [{ dim: 'height', value: 181, min: 148, max: 175 }] });
    expect(recommendSize(JEANS, body({ weightKg: 80 }))).toMatchObject({ kind: 'none', outOfRange: [{ dim: 'weight', min: 44, max: 66 }] });
    expect(recommendSize(KIDS, body({ heightCm: 80, weightKg: 9 })).kind).toBe('none');
  });

  it('never names one size for a value in a gap between rows', () => {
    const gappy = chart('gappy', [{ size: 'A', weight: [40, 50] }, { size: 'B', weight: [52, 60] }]);
    const a = recommendSize(gappy, body({ weightKg: 51 }));
    expect(a).toMatchObject({ kind: 'between', sizes: ['A', 'B'] });
    expect(a.matches[0]).toMatchObject({ rows: [], gap: [0, 1] });
  });

  it('cannot advise from a chart without deciding columns', () => {
    const bras = chart('bras', [{ size: '75B', bust: [80, 85] }]);
    expect(recommendSize(bras, body({ bustCm: 82 }))).toMatchObject({ kind: 'none', outOfRange: [] });
  });

  it('names a single size only when exactly one row contains all deciding values (grid)', () => {
    for (const c of [TOP, JEANS, KIDS]) {
      const dims = decidingDims(c);
      const wrong: string[] = [];
      let singles = 0;
      // Half steps land on every edge of these charts, where overlaps make mistakes likely.
      const heights = dims.includes('height') ? Array.from({ length: 241 }, (_, i) => 70 + i / 2) : [170];
      for (const h of heights) {
        for (let w = 8; w <= 75; w += 0.5) {
          for (const waist of dims.includes('waist') ? [60, 64, 67.5, 70, 72, 73.5, 76, 78, 80] : [null]) {
            const values = { height: h, weight: w, waist: waist ?? 0 };
            const a = recommendSize(c, body({ heightCm: h, weightKg: w, waistCm: waist }));
            const holders = c.rows.filter((r) => dims.every((d) => r[d]![0] <= values[d] && values[d] <= r[d]![1]));
            if (a.kind === 'single') singles++;
            if ((a.kind === 'single') !== (holders.length === 1) || (a.kind === 'single' && holders[0]!.size !== a.size)) {
              wrong.push(`${c.name} ${h}/${w}/${waist}: ${a.kind}`);
            }
            if (a.kind === 'between' && a.sizes[0] === a.sizes[1]) wrong.push(`${c.name} ${h}/${w}/${waist}: between one size`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(singles).toBeGreaterThan(0);
    }
  });
});

describe('adviceReply', () => {
  it('recommends one size in the buyer\'s units', () => {
    const b = body({ heightCm: 158, weightKg: 48 });
    expect(adviceReply(recommendSize(TOP, b), b, TOP)).toBe('亲，按您身高158cm、体重48kg（96斤），建议拍M码哦～');
  });
  it('offers both sizes with the loose/fitted choice', () => {
    const b = body({ heightCm: 161.5, weightKg: 51.5 });
    expect(adviceReply(recommendSize(TOP, b), b, TOP)).toBe('亲，按您身高161.5cm、体重51.5kg（103斤），M码和L码都可以：喜欢宽松选L码，喜欢修身选M码哦～');
  });
  it('says which dimension points where when they disagree', () => {
    const b = body({ heightCm: 170, weightKg: 48 });
    const text = adviceReply(recommendSize(TOP, b), b, TOP);
    expect(text).toContain('身高对应XL码');
    expect(text).toContain('体重对应M码');
    expect(text).toContain('介于M码和XL码之间');
  });
  it('asks only for what is missing, with 腰围 for waist charts', () => {
    expect(adviceReply(recommendSize(TOP, body()), body(), TOP)).toBe('亲，麻烦告诉我您的身高和体重，我帮您推荐合适的尺码哦～');
    const b = body({ weightKg: 60 });
    expect(adviceReply(recommendSize(JEANS, b), b, JEANS)).toBe('亲，麻烦再告诉我您的腰围，我帮您推荐合适的尺码哦～');
  });
  it('speaks of the family member or the child when buying for them', () => {
    const other = body({ heightCm: 158, weightKg: 48, forWhom: 'other', subject: 'adult' });
    expect(adviceReply(recommendSize(TOP, other), other, TOP)).toMatch(/^亲，按您家人的身高158cm/);
    const kid = body({ heightCm: 118, weightKg: 21, forWhom: 'other', subject: 'child' });
    expect(adviceReply(recommendSize(KIDS, kid), kid, KIDS)).toBe('亲，按宝宝的身高118cm、体重21kg（42斤），建议拍120码哦～');
    expect(adviceReply(recommendSize(KIDS, body({ subject: 'child' })), body({ subject: 'child' }), KIDS)).toContain('告诉我宝宝的身高和体重');
  });
  it('says politely that there is no size, with the chart\'s range', () => {
    const b = body({ weightKg: 80, waistCm: 90 });
    const text = adviceReply(recommendSize(JEANS, b), b, JEANS);
    expect(text).toContain('抱歉');
    expect(text).toContain('体重44–66kg（88–132斤）');
    expect(text).toContain('腰围64–78cm');
    expect(text).toContain('暂时没有合适的尺码');
  });
  it('shows a waist in 市尺 when it is a whole 寸', () => {
    const b = body({ waistCm: 73.3, weightKg: 60 });
    expect(adviceReply(recommendSize(JEANS, b), b, JEANS)).toContain('腰围73.3cm（2尺2）');
  });
});

describe('adviceExplanation', () => {
  it('explains each kind in one line', () => {
    expect(adviceExplanation(recommendSize(TOP, body({ heightCm: 164, weightKg: 55 })))).toBe('身高164cm → L；体重55kg → L；只有 L 同时符合');
    expect(adviceExplanation(recommendSize(TOP, body({ heightCm: 170, weightKg: 48 })))).toBe('身高170cm → XL；体重48kg → M；没有同时符合的尺码，介于 M 和 XL 之间');
    expect(adviceExplanation(recommendSize(TOP, body({ heightCm: 161.5, weightKg: 51.5 })))).toContain('M、L 都符合');
    expect(adviceExplanation(recommendSize(JEANS, body({ weightKg: 60 })))).toBe('体重60kg → 29/30；缺少腰围（这款按体重和腰围选码）');
    expect(adviceExplanation(recommendSize(TOP, body({ heightCm: 181, weightKg: 60 })))).toContain('身高超出尺码表范围（148–175cm）');
  });
});
