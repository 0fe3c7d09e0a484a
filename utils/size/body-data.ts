/**
 * Reads a buyer's body measurements from one chat message, the way a careful agent would:
 * "一米六五 一百一左右" → 165 cm, 55 kg. Pure: no chart, no state. Buyers write in Chinese numerals,
 * mix units, drop units, make typos and mention prices, quantities, ages and order numbers in the
 * same line, so every number is first explained away or given a unit before bare ones are guessed.
 */

export interface BodyData {
  heightCm: number | null;
  weightKg: number | null;
  waistCm: number | null;
  bustCm: number | null;
  hipCm: number | null;
  /** The size the buyer says they usually wear ("平时穿M" → "M"); never body data. */
  usualSize: string | null;
  forWhom: 'self' | 'other' | null;
  subject: 'adult' | 'child' | null;
  /** Short Chinese notes for the agent: numbers left out and assumptions made. */
  notes: string[];
}

export interface ReadOptions {
  /** Who the product is for when the message does not say, e.g. from the chart (kids' wear). */
  subjectHint?: 'adult' | 'child' | null;
}

const JIN_KG = 0.5;
const CHI_CM = 100 / 3;
const INCH_CM = 2.54;
const round1 = (x: number) => Math.round(x * 10) / 10;

// ---- Chinese numerals -------------------------------------------------------------------------

const CN: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * 一百零六 → 106, 一百二 → 120 (a digit right after 百 is tens), 十八 → 18, 两百 → 200,
 * 一百一二十 → 115 (spoken "110 to 120"). Null when the run is not a well-formed number.
 */
function cnValue(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let unit = 1000;
  let zero = false;
  for (const ch of run) {
    if (ch === '十' || ch === '百') {
      const u = ch === '十' ? 10 : 100;
      if (u >= unit || (digit === null && u === 100)) return null;
      total += (digit ?? 1) * u;
      digit = null;
      unit = u;
    } else if (CN[ch] === 0) {
      zero = true;
      unit = Math.min(unit, 10);
    } else {
      const d = CN[ch]!;
      // "一二十" / "五六十": two neighbouring digits are a spoken range; take the middle.
      if (digit !== null) {
        if (d !== digit + 1) return null;
        digit += 0.5;
      } else digit = d;
    }
  }
  if (digit !== null) total += unit === 100 && !zero ? digit * 10 : digit;
  return total;
}

const digitByDigit = (run: string) => [...run].map((c) => String(CN[c] ?? c)).join('');

/**
 * The numbers in one run of Chinese numerals. Runs with 十/百 are read as numbers, runs without
 * them digit by digit (一五七 → 157, 一米六五 → 1米65, 二尺五 → 2尺5). Buyers also run two numbers
 * together ("一米六一百斤" → 六 + 一百, "一五五一百零八" → 155 + 108), so a run that does not parse
 * is split into a digit part and a 十/百 part. Null when it is not a number at all.
 */
type Piece = { text: string; hundred: boolean };
function readRun(run: string): Piece[] | null {
  const structured = (r: string) => {
    const v = cnValue(r);
    return v === null ? null : { text: String(v), hundred: r.includes('百') };
  };
  if (!/[十百]/.test(run)) return [{ text: digitByDigit(run), hundred: false }];
  const whole = structured(run);
  if (whole) return [whole];
  for (let k = 1; k < run.length; k++) {
    const [head, tail] = [run.slice(0, k), run.slice(k)];
    if (!/[十百]/.test(head) && /^[一二两三四五六七八九][十百]/.test(tail) && structured(tail)) return [{ text: digitByDigit(head), hundred: false }, structured(tail)!];
    if (tail.length === 3 && !/[十百]/.test(tail) && structured(head)) return [structured(head)!, { text: digitByDigit(tail), hundred: false }];
  }
  return null;
}

/**
 * Rewrites Chinese numerals as digits, keeping neighbouring numbers apart with a space
 * ("一米八零122斤" → "1米80 122斤"). Returns the spans of numbers said with 百 and of those said
 * digit by digit: people say weights as 一百零五 and heights as 一米六五 or 一六五, so a bare
 * 一百六 is 斤 and a bare 一五五 is cm.
 */
function convertNumerals(text: string): { text: string; hundreds: Array<[number, number]>; spelled: Array<[number, number]> } {
  let out = '';
  let last = 0;
  const hundreds: Array<[number, number]> = [];
  const spelled: Array<[number, number]> = [];
  const put = (piece: string) => {
    if (/\d$/.test(out) && /^\d/.test(piece)) out += ' ';
    out += piece;
  };
  for (const m of text.matchAll(/([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g)) {
    put(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [whole, run = '', frac] = m;
    // One or two digits are a number only next to 米/尺 or before a unit, an age or a count:
    // 一般, 一直, 大一码 and 六一 (a holiday) must stay words for the patterns below.
    const next = text[last] ?? '';
    const lone = run.length <= 2 && !/[十百]/.test(run) && !frac && !/[米尺]/.test(next + (text[m.index - 1] ?? '')) && !/[岁个件条套双斤公千k]/.test(next);
    let parts = lone ? null : run === '十' && next === '岁' ? [{ text: '10', hundred: false }] : readRun(run);
    // "九十一米七一" is 九十 and 一米七一: a metre never follows a 十/百 number.
    const head = next === '米' && /[十百].*[一二两]$/.test(run) ? readRun(run.slice(0, -1)) : null;
    if (head) parts = [...head, { text: digitByDigit(run.slice(-1)), hundred: false }];
    if (!parts || !/[零〇一二两三四五六七八九十]/.test(run)) {
      out += whole;
      continue;
    }
    if (frac) parts[parts.length - 1]!.text += `.${digitByDigit(frac)}`;
    for (const p of parts) {
      put(p.text);
      if (p.hundred) hundreds.push([out.length - p.text.length, out.length]);
      else if (/^\d{3}$/.test(p.text) && next !== '米') spelled.push([out.length - p.text.length, out.length]);
    }
  }
  put(text.slice(last));
  return { text: out, hundreds, spelled };
}

// ---- Words around numbers ----------------------------------------------------------------------

type Dim = 'height' | 'weight' | 'waist' | 'bust' | 'hip';
type Label = Dim | 'other';
const LABELS: Array<[RegExp, Label]> = [
  [/^(?:净身高|身高|升高|身搞|生高|个子|个头|身长|高)$/, 'height'],
  [/^(?:净体重|体重|休重|体种|重)$/, 'weight'],
  [/^(?:腰围|腰)$/, 'waist'],
  [/^(?:胸围|胸)$/, 'bust'],
  [/^(?:臀围|臀|屁股)$/, 'hip'],
];
const LABEL_BEFORE =
  /(大腿围?|腿围|小腿|臂围|头围|脚长|脚|鞋|肩宽|肩|袖长|衣长|裤长|腿长|净身高|身高|升高|身搞|生高|个子|个头|身长|净体重|体重|休重|体种|重|腰围|腰|胸围|胸|臀围|臀|屁股|高)\s*(?:[:=]|是|有|为|在|大概|大约|约|差不多|应该|就|才|快|接近|将近|刚好|刚|不到|超过|的话)*\s*$/;

const FILL = '(?:\\s|多|来|左右|出头|几|上下)*';
// "m" must touch its number: "175 m还是l" asks about size M.
const UNIT_AFTER = new RegExp(`^(?:${FILL}(公斤|kg|千克|市斤|斤(?!装)|近(?![期日来视])|金(?![币额豆])|cm|公分|厘米|米)|(m)(?![a-z]))`);
const AGE_AFTER = /^\s*(周岁|岁|个半月|个多月|个月|月大|月龄|年级)/;
const IGNORE_AFTER =
  /^(?:\s|多|几|来)*(?:块|元|圆|rmb|刀|毛|角|w(?![a-z])|万|千(?!克)|的?鞋|件|条|个(?!子)|套|双|只|份|单|包|盒|箱|瓶|罐|支|张|次|回|遍|天|周|星期|号|日|月|年|点|分|秒|小时|折|%|克|g(?![a-z])|mm|毫米|ml|毫升|寸|英寸|楼|层|位|人|台|款|色|种|组|对|颗|粒|枚|片|根|本|袋|码|度|倍|期|集|页|级|米)/;
const PRICE_BEFORE = /(?:[¥$]|价格?|价钱|花了?|付了?|消费|便宜|减|满|券|红包|返现?|差价|运费|邮费|退了?|补了?)\s*(?:了|是|为)?\s*$/;
const ORDER_BEFORE = /(?:订单|单号|尾号|号码|手机号?|电话|快递单?号?|编号|货号|型号|款号|运单号?|工号|qq|微信|vx|wx|尾数|后四位|后4位|验证码|邮编)(?:号|是|为|:|尾号|后四位|后4位)*\s*$/;
// A size label: letters (S, XL, 3XL), 均码, GB labels (165/88A) or a number (32, 160).
const SIZE = '(\\d?x{0,4}[sml]|xs|均码|\\d{3}/\\d{2,3}[abyz]|\\d{2,3})(?![a-z\\d./])';
const HABIT = '(?:平时|一般|平常|通常|日常|以前|之前|一直|习惯|经常|常|都)(?:都|也|一般)?';
// "平时穿M", "一般买32的", "穿的是L"; with 是 alone ("我是M码") a number needs 码 to be a size.
const USUAL_SIZE = [
  new RegExp(`${HABIT}(?:穿|买|拿|选)(?:的是|的都是|的|了)?\\s*${SIZE}`),
  new RegExp(`穿的(?:都|也)?是\\s*${SIZE}`),
  // "我穿M" states a habit unless a question follows ("我穿M会小吗").
  new RegExp(`我(?:都|也)?穿(?:的)?\\s*${SIZE}(?!\\s*(?:码|号)?\\s*(?:的话|会|能|可以|行|合适|够|吗|呢|还是|大|小|怎么|是不是|不会))`),
  new RegExp(`(?:我|${HABIT})是\\s*(\\d?x{0,4}[sml]|xs|\\d{2,3}(?=码|号))(?![a-z\\d])`),
];

// Who the numbers belong to. 宝贝 is shop talk for "the product", so it is not a child word.
// 女孩子 / 男孩 are how young women and men describe themselves, and 娃娃领 is a collar, so those
// are not child words; 小姐姐 / 哥 are how buyers address the agent, so siblings need 我 or 给.
const CHILD_WORDS = /宝宝|(?<![女男])孩子|儿子|女儿|闺女|小孩|外甥|侄子|侄女|孙子|孙女|小朋友|[我家小]娃|娃儿|儿童|男童|女童|童装|婴儿|幼儿|小学|幼儿园|大童|小童|中童/;
const ADULT_OTHERS = /老公|老婆|媳妇|爱人|对象|男朋友|女朋友|男票|女票|男友|女友|妈|爸|婆婆|公公|岳母|岳父|丈母娘|老丈人|爷爷|奶奶|姥姥|姥爷|外婆|外公|(?:我|给|帮)(?:哥|弟|姐|妹)|闺蜜|朋友|同学|同事|家人|亲戚|长辈|老人|父亲|母亲/;
const OTHER_ANCHOR = new RegExp(`(?:${CHILD_WORDS.source}|${ADULT_OTHERS.source}|他|她)(?:的)?(?:身高|体重|腰围)?\\s*(?=\\d)`, 'g');
const SELF_ANCHOR = /(?:我|本人|自己)(?:的)?(?:身高|体重|腰围)?\s*(?=\d)/g;

// ---- Reading -----------------------------------------------------------------------------------

interface Reading { dim: Dim; value: number }

const inRange = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
const num = (s: string) => Number(s);

/** A number used as a clothing size: right after 穿 ("穿160的"), or 买/拿/换 … followed by 的/码. */
function isSizeLabel(before: string, after: string): boolean {
  if (/穿(?:了|过|着|的|的是|个)?$/.test(before)) return true;
  // "自己穿 162 50kg": after a space, only a following 的/码/号 makes it a size.
  const sizeAfter = /^\s*(?:的|码|号)/.test(after);
  return sizeAfter && (/穿\S{0,2}\s+$/.test(before) || /(?:买|拿|选|要|拍|换|发)(?:了|个|件)?\s*$/.test(before));
}

/** The label right before a number, or 身高 after it ("168的身高"). */
function labelOf(before: string, after: string): Label | null {
  const hit = LABEL_BEFORE.exec(before);
  // A one-character label (胸, 高, 重) must touch its number: in "75B 的胸 165" 胸 is a noun.
  const word = hit && !(hit[1]!.length === 1 && hit[1] !== '腰' && /\s$/.test(hit[0])) ? hit[1]! : /^\s*(?:cm|公分|厘米)?\s*的?\s*(?:身高|个子)(?!\s*[:=是有]?\s*\d)/.test(after) ? '身高' : '';
  return word ? (LABELS.find(([re]) => re.test(word))?.[1] ?? 'other') : null;
}

export function readBodyData(message: string, options: ReadOptions = {}): BodyData {
  const notes: string[] = [];
  const lower = message.normalize('NFKC').toLowerCase().replace(/[，、；;]/g, ',');
  const { text, hundreds, spelled } = convertNumerals(lower);
  const usualMatch = USUAL_SIZE.map((re) => re.exec(text)).find(Boolean);
  const usual = usualMatch?.[1];
  const inUsual = (at: number) => !!usualMatch && at >= usualMatch.index && at < usualMatch.index + usualMatch[0].length;
  const usualSize = usual ? usual.toUpperCase() : null;
  if (usualSize) notes.push(`平时穿 ${usualSize}（不作为身材数据）`);

  // Person: explicit words first, then the chart's hint, then the numbers themselves.
  const childWord = CHILD_WORDS.test(text);
  const otherWord = childWord || ADULT_OTHERS.test(text) || /(?:给|帮|替|送)(?:他|她)/.test(text);
  let subject: BodyData['subject'] = childWord ? 'child' : ADULT_OTHERS.test(text) ? 'adult' : null;
  const forWhom: BodyData['forWhom'] = otherWord ? 'other' : /我|本人|自己/.test(text) ? 'self' : null;

  // When both the buyer's and another person's numbers are given, keep the person being bought for.
  const anchors = [
    ...[...text.matchAll(OTHER_ANCHOR)].map((m) => ({ at: m.index, who: 'other' as const })),
    ...[...text.matchAll(SELF_ANCHOR)].map((m) => ({ at: m.index, who: 'self' as const })),
  ].sort((a, b) => a.at - b.at);
  const mixed = anchors.some((a) => a.who === 'self') && anchors.some((a) => a.who === 'other');
  const owner = (at: number) => [...anchors].reverse().find((a) => a.at <= at)?.who ?? null;
  const keep = (at: number) => !mixed || owner(at) === null || owner(at) === (forWhom ?? 'self');

  const readings: Reading[] = [];
  const pending: Array<{ value: number; at: number; label: boolean }> = [];
  const TOKEN = /(?<![\d.])([12])\s*米\s*(\d{1,2})?(?![\d.])|(?<![\d.])(\d(?:\.\d)?)\s*尺(?![码寸])\s*(?:(\d{1,2})(?![\d.])\s*寸?)?|\d+(?:\.\d+)?/g;
  const tokens = [...text.matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]!;
    const at = m.index;
    let end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 12), at);
    if (!keep(at)) continue;
    if (m[1]) {
      // 1米6 = 160, 1米65 = 165, 1米05 = 105: the digits after 米 are centimetres past the metre.
      const frac = m[2] ?? '';
      const cm = num(m[1]) * 100 + (frac.length === 1 ? num(frac) * 10 : num(frac || '0'));
      if (inRange(cm, 40, 230)) readings.push({ dim: 'height', value: cm });
      continue;
    }
    if (m[3]) {
      // 市尺 for waists: 2尺2 = 2.2 尺; only plausible waists count.
      const chi = num(m[3]) + (m[4] ? num(m[4]) / 10 ** m[4].length : 0); // 2尺25 = 2.25 尺
      if (inRange(chi, 1, 5)) readings.push({ dim: 'waist', value: round1(chi * CHI_CM) });
      continue;
    }
    let value = num(m[0]);
    // A spoken range "160-165" / "110到120斤" is read as its middle.
    const range = /^\s*(?:-|~|～|〜|到|至)\s*(\d+(?:\.\d+)?)/.exec(text.slice(end));
    if (range && num(range[1]!) > value && num(range[1]!) <= value * 1.25) {
      value = (value + num(range[1]!)) / 2;
      end += range[0].length;
      i++;
    }
    const after = text.slice(end, end + 12);
    const say = (what: string, word = '') => notes.push(`未计入：${what} ${text.slice(at, end).trim()}${word}`);
    if (/[a-z]$/.test(before) && !/(?:kg|cm)$/.test(before)) continue;
    if (/^\d{5,}/.test(m[0]) || ORDER_BEFORE.test(before)) { say('单号'); continue; }
    const age = AGE_AFTER.exec(after);
    if (age) {
      if (age[1] !== '岁' && age[1] !== '周岁') subject ??= 'child';
      else subject ??= value <= 13 ? 'child' : value >= 16 ? 'adult' : null;
      say('年龄', age[1]);
      continue;
    }
    if (PRICE_BEFORE.test(before) || /^\s*(?:块|元|rmb)/.test(after)) { say('价格'); continue; }
    if (/百分之\s*$|第\s*$/.test(before) || /\d\s*[:：]\s*$|\d\s*(?:月|年)\s*$/.test(before) || /^\s*[:：]\s*\d/.test(after)) continue;
    if (inUsual(at) || isSizeLabel(before, after)) continue;
    let unit = UNIT_AFTER.exec(after);
    // "160近100斤": 近 before a number means "nearly", not a typo for 斤.
    if (unit && /^(?:近|金)$/.test(unit[1] ?? '') && /^\s*\d/.test(after.slice(unit[0].length))) unit = null;
    if (!unit && /^(?:[a-z]|\/\d{2,3}[abyz](?![a-z]))/.test(after)) continue; // 3xl, 75b, 165/88A, models
    if (!unit && IGNORE_AFTER.test(after)) {
      const count = /^\s*(件|条|个|套|双)/.exec(after);
      if (count) say('数量', count[1]);
      continue;
    }
    const date = /(?<![\d.])(\d{1,2})\s*[/-]\s*$/.exec(before);
    if (!unit && date && num(date[1]!) <= 12 && value <= 31) continue;

    const label = labelOf(before, after);
    if (label === 'other') continue; // 肩宽, 衣长, 脚长 …: measurements the charts do not use
    const u = unit?.[1] ?? unit?.[2] ?? '';
    if (/^(?:公斤|kg|千克)$/.test(u)) {
      if (inRange(value, 2, 200)) readings.push({ dim: 'weight', value });
    } else if (/^(?:市斤|斤|近|金)$/.test(u)) {
      if (inRange(value, 4, 400)) readings.push({ dim: 'weight', value: value * JIN_KG });
    } else if (/^(?:米|m)$/.test(u)) {
      if (inRange(value, 0.4, 2.3)) readings.push({ dim: 'height', value: round1(value * 100) });
    } else if (label && label !== 'weight' && label !== 'height') {
      // Girths: 1.5–5 is 市尺 ("腰围2.2"), 20–44 on an adult is inches (jeans 28/30), else cm.
      if (inRange(value, 1.2, 5)) readings.push({ dim: label, value: round1(value * CHI_CM) });
      else if (inRange(value, 20, 44) && subject !== 'child' && !u) {
        readings.push({ dim: label, value: round1(value * INCH_CM) });
        notes.push(`${m[0]} 按英寸算（${round1(value * INCH_CM)}cm）`);
      } else if (inRange(value, 30, 160)) readings.push({ dim: label, value });
    } else if (label === 'height' || u) {
      const cm = value < 3 ? value * 100 : value;
      if (inRange(cm, 40, 230)) readings.push({ dim: 'height', value: round1(cm) });
    } else if (label === 'weight') pending.push({ value, at, label: true });
    else if (value > 0) pending.push({ value, at, label: false });
  }

  const first = (dim: Dim) => readings.find((r) => r.dim === dim)?.value ?? null;
  let heightCm = first('height');
  let weightKg = first('weight');
  // Numbers with units settle who it is when words do not: no adult weighs 20 kg or is 1 m tall.
  subject ??= options.subjectHint ?? null;
  if (subject === null && ((weightKg !== null && weightKg < 25) || (heightCm !== null && heightCm < 120))) subject = 'child';
  const child = subject === 'child';

  // Bare numbers: a height first (plausible range, never a 一百X), then a weight from what is left.
  // Heights said as 1.65 or 一六五 are taken before plain numbers: "160一五五" is 160斤, 155 cm.
  const within = (spans: Array<[number, number]>, at: number) => spans.some(([s, e]) => at >= s && at < e);
  const isHeight = (p: (typeof pending)[number]) =>
    !p.label && !within(hundreds, p.at) && (child ? inRange(p.value, 50, 170) : inRange(p.value, 130, 199));
  const isMetres = (p: (typeof pending)[number]) => !p.label && inRange(p.value, 0.5, 2.3) && !Number.isInteger(p.value);
  const heightLike = (p: (typeof pending)[number]) => isMetres(p) || (isHeight(p) && within(spelled, p.at));
  // A labelled weight ("体重110") outranks a bare number.
  let rest = [...pending].sort((a, b) => Number(b.label) - Number(a.label));
  if (heightCm === null) {
    const h = pending.find(heightLike) ?? pending.find(isHeight);
    if (h) {
      heightCm = round1(h.value < 3 ? h.value * 100 : h.value);
      rest = rest.filter((p) => p !== h);
    }
  }
  if (weightKg === null) {
    for (const p of rest) {
      const w = bareWeight(p.value, child, heightCm);
      if (w === null) continue;
      weightKg = w;
      if (!child && p.value > 80) notes.push(`${p.value} 未写单位，按斤算（${w}kg）`);
      break;
    }
    if (weightKg === null && child && rest.length) notes.push('体重没写单位，无法判断是斤还是公斤');
  }
  if (subject === null && ((heightCm ?? 0) >= 130 || (weightKg ?? 0) >= 30)) subject = 'adult';
  return { heightCm, weightKg, waistCm: first('waist'), bustCm: first('bust'), hipCm: first('hip'), usualSize, forWhom, subject, notes };
}

/**
 * A weight without a unit. Adults: above 80 it is 斤, otherwise kg. Children weigh 2–60 kg and
 * parents use both units, so the unit whose body-mass index is nearer a child's (~16) wins.
 */
function bareWeight(v: number, child: boolean, heightCm: number | null): number | null {
  if (!child) {
    if (v > 80 && v <= 300) return v * JIN_KG;
    return inRange(v, 30, 80) ? v : null;
  }
  if (heightCm === null) return null;
  const m = heightCm / 100;
  const score = (kg: number) => Math.abs(Math.log(kg / (m * m) / 16));
  const best = [v, v * JIN_KG].filter((kg) => inRange(kg, 2, 60)).sort((a, b) => score(a) - score(b))[0];
  return best !== undefined && score(best) < Math.log(2.2) ? best : null;
}
