import { canonicalize } from './lexicon';
import { normalizeText } from './normalize';
import { TUNING } from './tuning';

/** Term → weight, for one piece of text. */
export type Terms = Map<string, number>;


const HAN_OR_WORD = /[\p{Script=Han}]+|[a-z0-9]+/gu;

export interface Analyzed {
  /** Canonical text without spaces (for substring triggers). */
  flat: string;
  terms: Terms;
}

function add(terms: Terms, term: string, weight: number): void {
  terms.set(term, (terms.get(term) ?? 0) + weight);
}

/**
 * Text → weighted terms: lexicon concepts ("#退款"), character bigrams (so unsegmented and
 * misspelled text still overlaps), single characters (weakly) and ASCII words/numbers.
 */
export function analyze(text: string, options: { unigrams?: boolean } = {}): Analyzed {
  // Whole lexicon concepts say most, single characters least.
  const { concept: CONCEPT, bigram: BIGRAM, unigram: UNIGRAM, word: WORD, incidentalSocial } = TUNING.term;
  const { text: canonical, concepts, social, replaced } = canonicalize(normalizeText(text));
  const terms: Terms = new Map();
  for (const c of concepts) add(terms, `#${c}`, CONCEPT);
  // A greeting is the message when little else is said; otherwise it only opens the real question.
  const rest = canonical.replace(/ /g, '').length - social.join('').length;
  const incidental = rest > 4;
  for (const c of social) add(terms, `#${c}`, incidental ? CONCEPT * incidentalSocial : CONCEPT);
  const body = incidental ? social.reduce((t, c) => t.replace(c, ' '), canonical) : canonical;
  const addRuns = (text: string, scale: number) => {
    for (const run of text.match(HAN_OR_WORD) ?? []) {
      if (!/[\p{Script=Han}]/u.test(run[0]!)) {
        add(terms, run, WORD * scale);
        continue;
      }
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        if (options.unigrams !== false) add(terms, chars[i]!, UNIGRAM * scale);
        if (i + 1 < chars.length) add(terms, chars[i]! + chars[i + 1]!, BIGRAM * scale);
      }
    }
  };
  addRuns(body, 1);
  addRuns(replaced.join(' '), TUNING.term.surface);
  return { flat: canonical.replace(/ /g, ''), terms };
}
