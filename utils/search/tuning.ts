/**
 * Every weight of the ranking in one place. Tuned on the development set (tests/eval), and kept
 * coarse on purpose: held-out libraries decide, so round numbers that generalise beat decimals
 * that fit one shop.
 */
export const TUNING = {
  /** Term kinds (analyze.ts). */
  term: { concept: 1.6, bigram: 1, unigram: 0.25, word: 1.2, incidentalSocial: 0.2, surface: 0.5, crossWord: 0.9, secondPass: 1 },
  /** Field weights of an entry's terms (engine.ts). */
  field: { title: 3, keyword: 2.2, question: 1.4, text: 0.5, ruleBody: 0.25 },
  /** BM25 (inverted-index.ts). */
  bm25: { k1: 1.2, b: 0.6 },
  /** How the evidence is mixed (engine.ts). */
  mix: { bm25: 1, repeat: 1.5, repeatFloor: 0.6, trigger: 0.35, usage: 0.04, rule: 0.85, selfScale: 0.1 },
};
