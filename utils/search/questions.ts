import type { Analyzed, Terms } from './analyze';
import { InvertedIndex, topDocs } from './inverted-index';

/** How many example questions are kept per reply and shop; the oldest learned ones go first. */
export const MAX_EXAMPLES_PER_REPLY = 50;

interface Question {
  replyId: string;
  shop: string;
  flat: string;
  createdAt: number;
  doc: number;
}

/**
 * Example buyer questions learned from use, per reply and shop. Two uses: a buyer message close
 * to one of them points to its reply (nearest neighbour), and the engine folds a reply's learned
 * examples into that reply's document for the shop (`learnedTerms`).
 */
export class QuestionIndex {
  private index = new InvertedIndex(true);
  private byDoc: Question[] = [];
  private byReply = new Map<string, Question[]>();
  private scratch = new Float64Array(0);

  get size(): number {
    return this.index.size;
  }

  /** Adds an example; false when the reply already has it (for this shop). */
  add(replyId: string, shop: string, analyzed: Analyzed, createdAt = 0): boolean {
    if (!analyzed.flat) return false;
    const list = this.byReply.get(replyId) ?? [];
    if (list.some((q) => q.flat === analyzed.flat && q.shop === shop)) return false;
    const doc = this.index.add(analyzed.terms);
    const q: Question = { replyId, shop, flat: analyzed.flat, createdAt, doc };
    this.byDoc[doc] = q;
    list.push(q);
    this.byReply.set(replyId, list);
    const here = list.filter((x) => x.shop === shop);
    if (here.length > MAX_EXAMPLES_PER_REPLY) {
      const oldest = here.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
      this.removeOne(oldest);
    }
    return true;
  }

  /** The terms of a reply's learned examples that count in `shop`: its own and shop-less ones. */
  learnedTerms(replyId: string, shop: string): Terms[] {
    const out: Terms[] = [];
    for (const q of this.byReply.get(replyId) ?? []) if (q.shop === shop || q.shop === '') out.push(this.index.termsOf(q.doc)!);
    return out;
  }

  /** Shops with learned examples of a reply ('' for shop-less ones). */
  shopsOf(replyId: string): Set<string> {
    return new Set((this.byReply.get(replyId) ?? []).map((q) => q.shop));
  }

  removeReply(replyId: string): void {
    for (const q of [...(this.byReply.get(replyId) ?? [])]) this.removeOne(q);
  }

  removeExample(replyId: string, flat: string, shop: string): void {
    const q = this.byReply.get(replyId)?.find((x) => x.flat === flat && x.shop === shop);
    if (q) this.removeOne(q);
  }

  /**
   * Best similarity (0…1, idf-weighted Dice) of the query to each reply's examples, counting
   * only examples of `shop` and shop-less ones when a shop is given.
   */
  similarities(query: Terms, shop: string | null | undefined): Map<string, { sim: number; flat: string }> {
    const touched: number[] = [];
    if (this.scratch.length < this.index.capacity) this.scratch = new Float64Array(this.index.capacity * 2);
    const scores = this.scratch;
    this.index.score(query, scores, touched);
    const nearest = topDocs(touched, scores, 60);
    for (const d of touched) scores[d] = 0;
    let queryMass = 0;
    for (const [t, w] of query) queryMass += w * this.index.idf(t);
    const best = new Map<string, { sim: number; flat: string }>();
    for (const doc of nearest) {
      const q = this.byDoc[doc]!;
      if (shop && q.shop && q.shop !== shop) continue;
      const terms = this.index.termsOf(doc)!;
      let shared = 0;
      let docMass = 0;
      for (const [t, w] of terms) {
        const idf = this.index.idf(t);
        docMass += w * idf;
        const qw = query.get(t);
        if (qw !== undefined) shared += Math.min(w, qw) * idf;
      }
      const sim = (2 * shared) / (queryMass + docMass || 1);
      if (sim > (best.get(q.replyId)?.sim ?? 0)) best.set(q.replyId, { sim, flat: q.flat });
    }
    return best;
  }

  private removeOne(q: Question): void {
    const list = this.byReply.get(q.replyId)!.filter((x) => x !== q);
    if (list.length) this.byReply.set(q.replyId, list);
    else this.byReply.delete(q.replyId);
    this.index.remove(q.doc);
  }
}
