import type { Terms } from './analyze';
import { TUNING } from './tuning';


/**
 * BM25 over weighted terms with incremental add and remove. Removed documents become
 * tombstones (skipped when scoring) and are compacted away once they are a fifth of the index,
 * so an edit never costs a rebuild.
 */
export class InvertedIndex {
  private postings = new Map<string, { docs: number[]; weights: number[] }>();
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
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { docs: [], weights: [] }));
      p.docs.push(doc);
      p.weights.push(weight);
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
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
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
      const { docs, weights } = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        if (!this.alive[d]) continue;
        const tf = weights[i]!;
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[d]!) / avg));
        if (scores[d] === 0) touched.push(d);
        scores[d]! += s;
      }
    }
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
      const docs: number[] = [];
      const weights: number[] = [];
      for (let i = 0; i < p.docs.length; i++) {
        if (this.alive[p.docs[i]!]) {
          docs.push(p.docs[i]!);
          weights.push(p.weights[i]!);
        }
      }
      if (docs.length) this.postings.set(term, { docs, weights });
      else this.postings.delete(term);
    }
    this.deadCount = 0;
  }
}
