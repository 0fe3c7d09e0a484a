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
}

const HAN_OR_WORD = /[\p{Script=Han}]+|[a-z0-9]+/gu;
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

function addRuns(terms: Terms, text: string, scale: number, unigrams: boolean, starts: Set<number> | null): void {
  const { bigram, unigram, word, crossWord } = TUNING.term;
  for (const m of text.matchAll(HAN_OR_WORD)) {
    const run = m[0];
    const code = run.charCodeAt(0);
    if (code < 0x80) {
      add(terms, symbol(run), word * scale);
      continue;
    }
    let prev = run.charCodeAt(0);
    if (unigrams) add(terms, prev, unigram * scale);
    for (let i = 1; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (unigrams) add(terms, c, unigram * scale);
      // A pair that straddles two words of the message ("要邮" in 还要邮费) says little.
      const cross = starts?.has(m.index + i) ? crossWord : 1;
      add(terms, prev * 65536 + c, bigram * scale * cross);
      prev = c;
    }
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
  const { text: canonical, concepts, social, replaced } = canonicalize(normalizeText(text));
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
  return { flat: canonical.replace(/ /g, ''), terms };
}
