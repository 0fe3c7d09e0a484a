import { canonicalize } from './lexicon';
import { normalizeText } from './normalize';
import { TUNING } from './tuning';

/**
 * Term id → weight, for one piece of text. Ids are numbers, not strings, because building an
 * index of 10,000 replies makes millions of terms: a Han character is its code, a pair of
 * characters is code × 65536 + code, other tokens (lexicon concepts, ASCII words) get ids
 * above 2^33 from a symbol table.
 */
export type Terms = Map<number, number>;

const symbols = new Map<string, number>();
const SYMBOL_BASE = 2 ** 33;

function symbol(token: string): number {
  let id = symbols.get(token);
  if (id === undefined) symbols.set(token, (id = SYMBOL_BASE + symbols.size));
  return id;
}

export interface Analyzed {
  /** Canonical text without spaces (for substring triggers). */
  flat: string;
  terms: Terms;
}

export interface AnalyzeOptions {
  /** Single characters as terms (weak evidence; left out of long reply texts to keep the index small). */
  unigrams?: boolean;
  /** A buyer message: pairs of characters that straddle two words count less (needs segmentation). */
  query?: boolean;
  /** Also index the original words the lexicon replaced (off for long texts, to keep builds fast). */
  surface?: boolean;
  /** Accumulate into this map instead of a new one. */
  into?: Terms;
  /** Multiplies every weight (field weights). */
  weight?: number;
  /** Keep the separators in `flat` (as single spaces), to split a list analysed in one pass. */
  keepSpaces?: boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Offsets where a word starts, from Intl.Segmenter. */
function wordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
}

function add(terms: Terms, term: number, weight: number): void {
  terms.set(term, (terms.get(term) ?? 0) + weight);
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Terms of normalised text: runs of Han characters give pairs (and single characters), runs of
 * ASCII letters and digits give one word each. A hand-written scan: this runs for every field of
 * every entry when an index is built, and regular-expression matches cost allocations there.
 */
function addRuns(terms: Terms, text: string, scale: number, unigrams: boolean, starts: Set<number> | null): void {
  const { bigram, unigram, word, crossWord } = TUNING.term;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      add(terms, symbol(text.slice(i, j)), word * scale);
      i = j;
    } else if (isHan(c)) {
      let prev = c;
      if (unigrams) add(terms, c, unigram * scale);
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (!isHan(d)) break;
        if (unigrams) add(terms, d, unigram * scale);
        // A pair that straddles two words of the message ("要邮" in 还要邮费) says little.
        const cross = starts?.has(j) ? crossWord : 1;
        add(terms, prev * 65536 + d, bigram * scale * cross);
        prev = d;
      }
      i = j;
    } else i++;
  }
}

/**
 * Text → weighted terms: lexicon concepts ("#退款"), character bigrams of the canonical text
 * (so unsegmented and misspelled text still overlaps), the original words the lexicon replaced
 * (weaker), single characters (weakest) and ASCII words or numbers.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analyzed {
  const { concept, incidentalSocial, surface } = TUNING.term;
  const scale = options.weight ?? 1;
  const unigrams = options.unigrams !== false;
  const first = canonicalize(normalizeText(text));
  // A second pass lets phrases compose with synonyms: 改一下快递费 → 改一下运费 → 改价 (not for
  // long reply texts, where it would slow index builds for little).
  const second = TUNING.term.secondPass && first.replaced.length && options.surface !== false ? canonicalize(first.text) : null;
  const canonical = second?.text ?? first.text;
  const concepts = second ? [...new Set([...first.concepts, ...second.concepts])] : first.concepts;
  const social = second?.social.length ? second.social : first.social;
  const replaced = second ? [...first.replaced, ...second.replaced] : first.replaced;
  const terms: Terms = options.into ?? new Map();
  for (const c of concepts) add(terms, symbol(`#${c}`), concept * scale);
  let body = canonical;
  if (social.length) {
    // A greeting is the message when little else is said; otherwise it only opens the real question.
    const incidental = canonical.replace(/ /g, '').length - social.join('').length > 4;
    for (const c of social) add(terms, symbol(`#${c}`), concept * scale * (incidental ? incidentalSocial : 1));
    if (incidental) body = social.reduce((t, c) => t.replace(c, ' '), canonical);
  }
  addRuns(terms, body, scale, unigrams, options.query ? wordStarts(body) : null);
  if (replaced.length && options.surface !== false) addRuns(terms, replaced.join(' '), surface * scale, unigrams, null);
  return { flat: options.keepSpaces ? canonical : canonical.replace(/ /g, ''), terms };
}
