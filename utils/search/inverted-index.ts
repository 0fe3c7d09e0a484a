import type { Terms } from './analyze';
import { TUNING } from './tuning';


/**
 * BM25 over weighted terms with incremental add and remove. Removed documents become
 * tombstones (skipped when scoring) and are compacted away once they are a fifth of the index,
 * so an edit never costs a rebuild.
 */
export class InvertedIndex {
  /** Per term: doc, weight, doc, weight… (one array per term keeps a 10k-reply build light). */
  private postings = new Map<number, number[]>();
  private lengths: number[] = [];
  private alive: boolean[] = [];
  private terms: Array<Terms | null> = [];

  /** `keepTerms` stores each document's terms for similarity checks (small indexes only). */
  constructor(private readonly keepTerms = false) {}
  private totalLength = 0;
  private liveCount = 0;
  private deadCount = 0;

  get size(): number {
    return this.liveCount;
  }

  add(terms: Terms): number {
    const doc = this.lengths.length;
    let length = 0;
    for (const [term, weight] of terms) {
      const p = this.postings.get(term);
      if (p) p.push(doc, weight);
      else this.postings.set(term, [doc, weight]);
      length += weight;
    }
    this.lengths.push(length);
    this.alive.push(true);
    this.terms.push(this.keepTerms ? terms : null);
    this.totalLength += length;
    this.liveCount++;
    return doc;
  }

  remove(doc: number): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = false;
    this.totalLength -= this.lengths[doc]!;
    this.liveCount--;
    this.deadCount++;
    this.terms[doc] = null;
    if (this.deadCount > 64 && this.deadCount > this.liveCount / 4) this.compactPostings();
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: number): number {
    const df = (this.postings.get(term)?.length ?? 0) / 2;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** Adds each live document's BM25 score for the query into `scores` (indexed by doc). */
  score(query: Terms, scores: Float64Array, touched: number[]): void {
    const avg = this.liveCount ? this.totalLength / this.liveCount : 1;
    const { k1: K1, b: B } = TUNING.bm25;
    for (const [term, qWeight] of query) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = this.idf(term) * qWeight;
      for (let i = 0; i < p.length; i += 2) {
        const d = p[i]!;
        if (!this.alive[d]) continue;
        const tf = p[i + 1]!;
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[d]!) / avg));
        if (scores[d] === 0) touched.push(d);
        scores[d]! += s;
      }
    }
  }

  /** What a document made of exactly the query's terms would score: a scale for "how good is this match". */
  selfScore(query: Terms): number {
    const avg = this.liveCount ? this.totalLength / this.liveCount : 1;
    const { k1: K1, b: B } = TUNING.bm25;
    let length = 0;
    for (const w of query.values()) length += w;
    let s = 0;
    for (const [term, w] of query) s += (this.idf(term) * w * w * (K1 + 1)) / (w + K1 * (1 - B + (B * length) / avg));
    return s;
  }

  /** Number of document slots (scores arrays must be at least this long). */
  get capacity(): number {
    return this.lengths.length;
  }

  termsOf(doc: number): Terms | null {
    return this.terms[doc] ?? null;
  }

  private compactPostings(): void {
    for (const [term, p] of this.postings) {
      const kept: number[] = [];
      for (let i = 0; i < p.length; i += 2) if (this.alive[p[i]!]) kept.push(p[i]!, p[i + 1]!);
      if (kept.length) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.deadCount = 0;
  }
}

/** The `k` docs with the highest scores, without sorting everything touched. */
export function topDocs(touched: number[], scores: Float64Array, k: number): number[] {
  if (touched.length <= k) return touched;
  let threshold = 0;
  let kept: number[] = [];
  for (const d of touched) {
    if (scores[d]! <= threshold) continue;
    kept.push(d);
    if (kept.length >= 4 * k) {
      kept.sort((a, b) => scores[b]! - scores[a]!);
      kept = kept.slice(0, k);
      threshold = scores[kept[k - 1]!]!;
    }
  }
  return kept.sort((a, b) => scores[b]! - scores[a]!).slice(0, k);
}

