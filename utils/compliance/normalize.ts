/**
 * Normalised views of a draft with a map back to the agent's text, so rules can be written once against
 * plain lower-case half-width text while findings still point at the exact characters the agent typed.
 * Obfuscation is the norm for off-platform contact ("Ｖ 信", "薇❤", "一三八 1672-4405"), so this folds what
 * changes the look but not the meaning. Kept separate from utils/search/normalize.ts: that one drops
 * punctuation and pulls in OpenCC, while here punctuation bounds clauses and the bundle must stay small.
 */

export interface View {
  text: string;
  /** Original [start, end) of each view character. */
  from: number[];
  to: number[];
}

/** Traditional forms of the characters our lists use (pairs: traditional, simplified); the rest stay as typed. */
const T2S_PAIRS =
  '絕绝對对頂顶級级極极獨独國国際际無无與与倫伦敵敌專专賣卖買买價价評评論论贈赠禮礼紅红積积獎奖現现轉转帳账賬账' +
  '號号碼码電电話话聯联繫系係系網网鏈链銷销領领導导換换貨货運运費费務务產产質质寶宝裡里這这們们說说讓让會会過过' +
  '來来錢钱優优圖图曬晒給给發发郵邮銀银張张僅仅證证絲丝單单點点個个確确認认權权歡欢愛爱壞坏縮缩補补償偿賠赔違违' +
  '規规訊讯絡络線线約约嗎吗煩烦隨随騙骗還还沒没問问題题辦办開开關关為为當当經经條条門门滿满傳传掃扫維维衛卫偉伟' +
  '準准證证險险減减額额實实驗验歷历遠远鬆松應应該该贏赢';

/** Look-alikes and pictographs that stand for words (🐧 = QQ's penguin). */
const SUBSTITUTES: Record<string, string> = {
  '🐧': '企鹅', '➕': '+', '✚': '+', 'ν': 'v', 'х': 'x', 'о': 'o', '〜': '~', '…': '…', '⋯': '…',
};

let t2s: Map<string, string> | null = null;
function simplified(ch: string): string {
  if (!t2s) {
    t2s = new Map();
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
  }
  return t2s.get(ch) ?? ch;
}

/** Full-width forms, enclosed/circled letters and digits, ideographic space…: what NFKC folds. */
const COMPATIBILITY = /[\u00a0-\u00ff\u2000-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]|[\ud835]/;
/** Decoration inserted to break keyword filters: emoji, hearts, stars, zero-width characters. */
const DECORATION = /^(?:\p{Extended_Pictographic}|\p{So}|\p{Sk}|[\u200b-\u200f\u2060\ufe0e\ufe0f\u20e3])$/u;
const SPACE = /^\s$/u;
/** Separators dropped when next to a Chinese character ("微.信", "V-信"); kept elsewhere so URLs survive. */
const SOFT_SEPARATOR = /[.\-_·•*|/\\'"`^]/;
const HAN = /[\u3400-\u9fff]/;

/** Where a clause ends: negators and windows do not reach across these. */
export const BOUNDARY = /[,。!?;~…\n]/;

export function textView(original: string): View {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const raw = String.fromCodePoint(cp);
    const next = i + raw.length;
    const substitute = SUBSTITUTES[raw];
    let out = substitute ?? raw;
    if (substitute === undefined) {
      if (SPACE.test(raw)) out = '';
      else {
        if (COMPATIBILITY.test(raw)) out = raw.normalize('NFKC');
        if (out.length === 1 && DECORATION.test(out) && out !== '%') out = '';
        else if (raw.length === 2 && DECORATION.test(raw)) out = '';
      }
    }
    for (const ch of out.toLowerCase()) {
      if (SPACE.test(ch)) continue;
      chars.push(simplified(ch));
      from.push(i);
      to.push(next);
    }
    i = next;
  }
  return dropSoftSeparators({ text: chars.join(''), from, to });
}

function dropSoftSeparators(view: View): View {
  const { text } = view;
  if (!/[.\-_·•*|/\\'"`^]/.test(text)) return view;
  const keep = (i: number) =>
    !SOFT_SEPARATOR.test(text[i]!) || !(HAN.test(text[i - 1] ?? '') || HAN.test(text[i + 1] ?? ''));
  return filterView(view, keep);
}

function filterView(view: View, keep: (i: number) => boolean, replace?: (i: number) => string): View {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < view.text.length; i++) {
    if (!keep(i)) continue;
    text += replace ? replace(i) : view.text[i];
    from.push(view.from[i]!);
    to.push(view.to[i]!);
  }
  return { text, from, to };
}

const NUMERALS: Record<string, string> = {
  〇: '0', 零: '0', o: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
};
const DIGIT_SEPARATOR = /[.\-_·•/,、:*#+]/;
/** A phone or QQ number read aloud has at least this many digits; shorter runs are ordinary numerals (一到三岁). */
const MIN_RUN = 6;

/**
 * Digits view: runs of at least six digits/numerals, possibly split by separators ("138.1672.4405",
 * "一五九二二三三四四五五", "壹叁捌"), become plain digit strings. Everything else is as in the text view.
 */
export function digitsView(view: View): View {
  const { text } = view;
  const isMember = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || ch in NUMERALS);
  const drop = new Set<number>();
  const convert = new Set<number>();
  for (let i = 0; i < text.length; ) {
    if (!isMember(text[i]) || text[i] === 'o') {
      i++;
      continue;
    }
    const members: number[] = [];
    const seps: number[] = [];
    let j = i;
    while (j < text.length) {
      if (isMember(text[j])) members.push(j++);
      else if (DIGIT_SEPARATOR.test(text[j]!) && isMember(text[j + 1])) seps.push(j++);
      else break;
    }
    // "o" only counts as zero between real digits (138o1672); a run may not end on it.
    while (members.length && text[members[members.length - 1]!] === 'o') members.pop();
    if (members.length >= MIN_RUN) {
      for (const m of members) convert.add(m);
      for (const s of seps) if (s < members[members.length - 1]!) drop.add(s);
    }
    i = Math.max(j, i + 1);
  }
  if (!convert.size) return view;
  return filterView(view, (i) => !drop.has(i), (i) => (convert.has(i) ? NUMERALS[text[i]!] ?? text[i]! : text[i]!));
}

/** Start of the clause that contains view position `at`. */
export function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !BOUNDARY.test(text[i - 1]!)) i--;
  return i;
}
