import { describe, expect, it } from 'vitest';
import { readBodyData, type BodyData } from '@/utils/size/body-data';

type Expect = Partial<Pick<BodyData, 'heightCm' | 'weightKg' | 'waistCm' | 'bustCm' | 'hipCm' | 'usualSize' | 'forWhom' | 'subject'>>;

/** Numbers to 0.1 (尺 and inches give repeating decimals); every field not listed must be null. */
function check(message: string, want: Expect, options?: Parameters<typeof readBodyData>[1]) {
  const got = readBodyData(message, options);
  for (const key of ['heightCm', 'weightKg', 'waistCm', 'bustCm', 'hipCm'] as const) {
    const w = want[key] ?? null;
    if (w === null) expect(got[key], `${message} → ${key}`).toBeNull();
    else expect(got[key], `${message} → ${key}`).toBeCloseTo(w, 1);
  }
  expect(got.usualSize, `${message} → usualSize`).toBe(want.usualSize ?? null);
  if ('forWhom' in want) expect(got.forWhom, `${message} → forWhom`).toBe(want.forWhom);
  if ('subject' in want) expect(got.subject, `${message} → subject`).toBe(want.subject);
  return got;
}

const cases = (rows: Array<[string, Expect]>) => it.each(rows)('%s', (q, want) => void check(q, want));

describe('readBodyData: units', () => {
  cases([
    ['身高162cm 体重48kg', { heightCm: 162, weightKg: 48 }],
    ['158公分，95斤', { heightCm: 158, weightKg: 47.5 }],
    ['身高170厘米 体重60千克', { heightCm: 170, weightKg: 60 }],
    ['体重58KG 身高167', { heightCm: 167, weightKg: 58 }],
    ['我1米7 体重65公斤', { heightCm: 170, weightKg: 65 }],
    ['1米63 102斤', { heightCm: 163, weightKg: 51 }],
    ['宝宝1米02 三十四斤', { heightCm: 102, weightKg: 17 }],
    ['1.68 118斤', { heightCm: 168, weightKg: 59 }],
    ['1.7m 60kg', { heightCm: 170, weightKg: 60 }],
    ['身高1.62米 体重一百零二斤', { heightCm: 162, weightKg: 51 }],
    ['１６５ｃｍ　５２ｋｇ', { heightCm: 165, weightKg: 52 }],
  ]);
});

describe('readBodyData: waists in 市尺', () => {
  cases([
    ['腰围2尺4', { waistCm: 80 }],
    ['腰两尺二 裤子要哪个', { waistCm: 73.3 }],
    ['腰围1尺9 体重九十斤', { waistCm: 63.3, weightKg: 45 }],
    ['腰围3尺 体重200斤', { waistCm: 100, weightKg: 100 }],
    ['腰围2.3尺', { waistCm: 76.7 }],
    ['腰二尺一寸', { waistCm: 70 }],
    ['腰2尺 体重46公斤', { waistCm: 66.7, weightKg: 46 }],
    ['这个尺码偏小吗 腰围70', { waistCm: 70 }],
  ]);
});

describe('readBodyData: Chinese numerals', () => {
  cases([
    ['一米七二 一百二十八斤', { heightCm: 172, weightKg: 64 }],
    ['身高一六二 体重一百零八斤', { heightCm: 162, weightKg: 54 }],
    // 一百二 is 120, and a number said with 百 is a weight in 斤, not a height.
    ['一百二 一米六三', { heightCm: 163, weightKg: 60 }],
    ['体重一百八 身高一米八五', { heightCm: 185, weightKg: 90 }],
    ['十九公斤 宝宝一米一', { heightCm: 110, weightKg: 19 }],
    ['两百一十斤 一米八', { heightCm: 180, weightKg: 105 }],
    ['一米六 一百一左右', { heightCm: 160, weightKg: 55 }],
    ['六十五公斤 一七五', { heightCm: 175, weightKg: 65 }],
    ['一百二十斤上下 一米六八', { heightCm: 168, weightKg: 60 }],
    ['一米五零 七十九斤', { heightCm: 150, weightKg: 39.5 }],
    ['腰围七十八 一百四十二斤', { waistCm: 78, weightKg: 71 }],
    ['一百一二十斤 一米六二', { heightCm: 162, weightKg: 57.5 }],
    ['身高一点六五米', { heightCm: 165 }],
  ]);
});

describe('readBodyData: labels and typos', () => {
  cases([
    ['身高:163 体重:52', { heightCm: 163, weightKg: 52 }],
    ['身高：163 体重：104', { heightCm: 163, weightKg: 52 }],
    ['净身高166 净体重50kg', { heightCm: 166, weightKg: 50 }],
    ['体种115斤 身高160', { heightCm: 160, weightKg: 57.5 }],
    ['身搞158 体重九十六', { heightCm: 158, weightKg: 48 }],
    ['升高172 休重130斤', { heightCm: 172, weightKg: 65 }],
    ['腰72 体重125金', { waistCm: 72, weightKg: 62.5 }],
    ['168cm 108近', { heightCm: 168, weightKg: 54 }],
    ['身高160近100斤', { heightCm: 160, weightKg: 50 }],
    ['胸围88 臀围94 身高160 体重50kg', { heightCm: 160, weightKg: 50, bustCm: 88, hipCm: 94 }],
    ['高168重52', { heightCm: 168, weightKg: 52 }],
    ['168的身高 52kg', { heightCm: 168, weightKg: 52 }],
    ['肩宽40 身高165 体重110斤', { heightCm: 165, weightKg: 55 }],
    ['衣长65 我160 48kg', { heightCm: 160, weightKg: 48 }],
  ]);
});

describe('readBodyData: slash and bare numbers', () => {
  cases([
    ['163/102', { heightCm: 163, weightKg: 51 }],
    ['170 125', { heightCm: 170, weightKg: 62.5 }],
    ['115 158', { heightCm: 158, weightKg: 57.5 }],
    ['176，75', { heightCm: 176, weightKg: 75 }],
    ['160 85', { heightCm: 160, weightKg: 42.5 }],
    ['152/45', { heightCm: 152, weightKg: 45 }],
    ['175 220', { heightCm: 175, weightKg: 110 }],
    ['200 180', { heightCm: 180, weightKg: 100 }],
    ['我155', { heightCm: 155 }],
    ['我120', { weightKg: 60 }],
    ['167 , 98斤', { heightCm: 167, weightKg: 49 }],
    ['体重50到55公斤 身高160', { heightCm: 160, weightKg: 52.5 }],
    ['身高160-165', { heightCm: 162.5 }],
    ['一米六几 一百多斤', { heightCm: 160, weightKg: 50 }],
  ]);
});

describe('readBodyData: children', () => {
  cases([
    ['孩子身高98 体重15公斤', { heightCm: 98, weightKg: 15, subject: 'child', forWhom: 'other' }],
    ['儿子一米二 四十八斤', { heightCm: 120, weightKg: 24, subject: 'child' }],
    ['女儿 105cm 37斤', { heightCm: 105, weightKg: 18.5 }],
    ['小孩110 40斤', { heightCm: 110, weightKg: 20 }],
    ['宝宝身高75 体重九公斤', { heightCm: 75, weightKg: 9 }],
    ['侄女135 62斤', { heightCm: 135, weightKg: 31 }],
    ['给闺女买 身高一四零', { heightCm: 140, forWhom: 'other', subject: 'child' }],
    // No unit on a child's weight: the unit giving a child-like body-mass index wins (35斤, not 35 kg).
    ['宝宝 104 35', { heightCm: 104, weightKg: 17.5 }],
    ['110 20公斤', { heightCm: 110, weightKg: 20, subject: 'child' }],
    ['我家娃120 45斤', { heightCm: 120, weightKg: 22.5, forWhom: 'other' }],
  ]);
  it('takes the chart\'s hint when the message does not say who it is for', () => {
    check('100 35', { heightCm: 100, weightKg: 17.5, subject: 'child' }, { subjectHint: 'child' });
    check('100 35', { weightKg: 50, subject: 'adult' });
  });
  it('does not guess a child\'s unitless weight without a height', () => {
    const got = check('孩子 30', {});
    expect(got.notes.join()).toMatch(/单位/);
  });
});

describe('readBodyData: numbers that are not body data', () => {
  cases([
    ['买3件 身高160 体重100斤', { heightCm: 160, weightKg: 50 }],
    ['拍了两条 腰围75 体重118斤', { waistCm: 75, weightKg: 59 }],
    ['花了89块 160 105斤', { heightCm: 160, weightKg: 52.5 }],
    ['¥159的那件 165 52kg', { heightCm: 165, weightKg: 52 }],
    ['129元 我163 98斤', { heightCm: 163, weightKg: 49 }],
    ['满199减20 我158 90斤', { heightCm: 158, weightKg: 45 }],
    ['宝宝两岁 身高90 体重28斤', { heightCm: 90, weightKg: 14 }],
    ['八个月 宝宝72cm 18斤', { heightCm: 72, weightKg: 9 }],
    ['孩子9岁 135 65斤', { heightCm: 135, weightKg: 32.5 }],
    ['订单号后四位5521 我162 100斤', { heightCm: 162, weightKg: 50 }],
    ['单号786512349 身高165', { heightCm: 165 }],
    ['快递单号SF1234567 170 130', { heightCm: 170, weightKg: 65 }],
    ['3XL有没有 175 160斤', { heightCm: 175, weightKg: 80 }],
    ['XXL会不会小 170 140斤', { heightCm: 170, weightKg: 70 }],
    ['穿160的会短吗 身高158 体重92斤', { heightCm: 158, weightKg: 46 }],
    ['95%棉吗 我160 100斤', { heightCm: 160, weightKg: 50 }],
    ['3月8号下的单 163 105斤', { heightCm: 163, weightKg: 52.5 }],
    ['下午3点发货吗 170 120斤', { heightCm: 170, weightKg: 60 }],
    ['12:30前下单 身高166', { heightCm: 166 }],
    ['2024年买过 165 100斤', { heightCm: 165, weightKg: 50 }],
    ['165/88A 有货吗', {}],
    ['75B 的胸 165 110斤', { heightCm: 165, weightKg: 55 }],
    ['要不要大一码 158 92斤', { heightCm: 158, weightKg: 46 }],
    ['六一前能到吗 身高一米二 四十斤 童装', { heightCm: 120, weightKg: 20 }],
    ['同款42的鞋也买了 165 110斤', { heightCm: 165, weightKg: 55 }],
    ['一直都是一样的版型吗 一般大一码 160 100斤', { heightCm: 160, weightKg: 50 }],
    ['这个有现货吗', {}],
    ['腰围多少合适', {}],
  ]);
  it('says which numbers it left out', () => {
    const { notes } = readBodyData('订单号后四位5521 买3件 宝宝两岁 90cm 28斤');
    expect(notes.join('\n')).toMatch(/单号 5521/);
    expect(notes.join('\n')).toMatch(/数量 3件/);
    expect(notes.join('\n')).toMatch(/年龄 2岁/);
  });
  it('notes when a bare weight is taken as 斤', () => {
    expect(readBodyData('166 108').notes.join()).toMatch(/108.*斤/);
  });
});

describe('readBodyData: usual size', () => {
  cases([
    ['平时穿L 身高165 体重110', { usualSize: 'L', heightCm: 165, weightKg: 55 }],
    ['一般穿XL 172 140斤', { usualSize: 'XL', heightCm: 172, weightKg: 70 }],
    ['平时穿30的裤子 腰围76 体重130斤', { usualSize: '30', waistCm: 76, weightKg: 65 }],
    ['之前穿的是2XL 180 170斤', { usualSize: '2XL', heightCm: 180, weightKg: 85 }],
    ['我是M码 160 100', { usualSize: 'M', heightCm: 160, weightKg: 50 }],
    ['平时穿165/88A', { usualSize: '165/88A' }],
    ['我穿M会不会小 160 100斤', { heightCm: 160, weightKg: 50 }],
  ]);
});

describe('readBodyData: who it is for', () => {
  it('reads another person\'s numbers when buying for them', () => {
    check('给我老公买 178 150斤', { heightCm: 178, weightKg: 75, forWhom: 'other', subject: 'adult' });
    check('帮我爸看看 一米七 一百四', { heightCm: 170, weightKg: 70, forWhom: 'other' });
    check('给儿子买 身高130 体重55斤', { heightCm: 130, weightKg: 27.5, forWhom: 'other', subject: 'child' });
  });
  it('keeps the numbers of the person being bought for when both are given', () => {
    check('我160 100斤 给我妈买 她155 110斤', { heightCm: 155, weightKg: 55, forWhom: 'other' });
  });
  it('tells self from unknown, and ways of addressing the agent from relatives', () => {
    check('我自己穿 162 50kg', { heightCm: 162, weightKg: 50, forWhom: 'self' });
    check('165 100斤', { heightCm: 165, weightKg: 50, forWhom: null, subject: 'adult' });
    check('小姐姐 我158 90斤', { heightCm: 158, weightKg: 45, forWhom: 'self' });
    check('娃娃领那款 158 90斤', { heightCm: 158, weightKg: 45, forWhom: null, subject: 'adult' });
    check('女孩子 160 95斤', { heightCm: 160, weightKg: 47.5, subject: 'adult' });
  });
});

describe('readBodyData: girths without a unit', () => {
  it('reads a small adult waist as inches, as jeans sizes are, and says so', () => {
    const got = check('腰围29 体重120斤', { waistCm: 73.7, weightKg: 60 });
    expect(got.notes.join()).toMatch(/英寸/);
  });
});
