import tsCharacters from 'opencc-js/dict/TSCharacters';

/** Traditional → simplified code unit, 0 where the character stays (BMP only; rarer ones are left alone). */
let t2s: Uint16Array | null = null;

/** Traditional → simplified, character by character (OpenCC's table; phrases are not needed for matching). */
function toSimplified(text: string): string {
  if (!t2s) {
    t2s = new Uint16Array(65536);
    for (const pair of tsCharacters.split('|')) {
      const [from, to] = pair.split(' ');
      if (from?.length === 1 && to?.length === 1) t2s[from.charCodeAt(0)] = to.charCodeAt(0);
    }
  }
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const to = t2s[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out ??= text;
    out = out.slice(0, i) + String.fromCharCode(to) + out.slice(i + 1);
  }
  return out ?? text;
}

const EMOTICON = /\[[\p{Script=Han}a-z0-9]{1,8}\]|\/:[a-z0-9]{1,6}/giu;
const NOT_WORD = /[^\p{Script=Han}a-z0-9]+/gu;
const REPEAT = /(.)\1{2,}/gu;

/**
 * Folds what does not change meaning: full/half width, letter case, traditional characters,
 * platform emoticon codes ([微笑], /:dog), emoji and punctuation (kept as single spaces, since
 * they separate clauses), and runs of one character ("好好好好" → "好").
 */
const PLAIN = /^[\u4e00-\u9fffa-z0-9]*$/;
/** Characters NFKC changes in chat text: full-width forms, ideographic space, enclosed and squared forms. */
const COMPATIBILITY = /[\u2000-\u206f\u2100-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export function normalizeText(text: string): string {
  if (PLAIN.test(text)) return toSimplified(text).replace(REPEAT, '$1');
  const folded = COMPATIBILITY.test(text) ? text.normalize('NFKC') : text;
  const lower = toSimplified(folded.toLowerCase());
  // Reply texts are long and rarely hold emoticon codes: skip that pattern unless one can be there.
  const plain = lower.includes('[') || lower.includes('/:') ? lower.replace(EMOTICON, ' ') : lower;
  return plain
    .replace(NOT_WORD, ' ')
    .replace(REPEAT, '$1')
    .trim();
}

/** The normalised text without separators: for substring checks such as keyword triggers. */
export function compact(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}
