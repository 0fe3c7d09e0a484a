import tsCharacters from 'opencc-js/dict/TSCharacters';

let t2s: Map<string, string> | null = null;

/** Traditional → simplified, character by character (OpenCC's table; phrases are not needed for matching). */
function toSimplified(text: string): string {
  if (!t2s) {
    t2s = new Map();
    for (const pair of tsCharacters.split('|')) {
      const [from, to] = pair.split(' ');
      if (from && to) t2s.set(from, to);
    }
  }
  let out = '';
  for (const ch of text) out += t2s.get(ch) ?? ch;
  return out;
}

const EMOTICON = /\[[\p{Script=Han}a-z0-9]{1,8}\]|\/:[a-z0-9]{1,6}/giu;
const NOT_WORD = /[^\p{Script=Han}a-z0-9]+/gu;
const REPEAT = /(.)\1{2,}/gu;

/**
 * Folds what does not change meaning: full/half width, letter case, traditional characters,
 * platform emoticon codes ([微笑], /:dog), emoji and punctuation (kept as single spaces, since
 * they separate clauses), and runs of one character ("好好好好" → "好").
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase())
    .replace(EMOTICON, ' ')
    .replace(NOT_WORD, ' ')
    .replace(REPEAT, '$1')
    .trim();
}

/** The normalised text without separators: for substring checks such as keyword triggers. */
export function compact(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}
