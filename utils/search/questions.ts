import type { Analyzed, Terms } from './analyze';
import { InvertedIndex, topDocs } from './inverted-index';
import { TUNING } from './tuning';

/** How many example questions are kept per reply and shop; the oldest learned ones go first. */
export const MAX_EXAMPLES_PER_REPLY = 50;

interface Question {
  replyId: string;
  shop: string;
  flat: string;
  learned: boolean;
  createdAt: number;
  doc: number;
}

/**
 * Example buyer questions (相似问法), curated and learned from use, matched as nearest
 * neighbours: a buyer message close to an example question points to that example's reply.
 */
interface Profile {
  replyId: string;
  shop: string;
  doc: number;
}

export class QuestionIndex {
  private index = new InvertedIndex(true);
  private byDoc: Question[] = [];
  private byReply = new Map<string, Question[]>();
  /** All examples of one reply (and shop) pooled: the vocabulary the team's buyers use for it. */
  private profiles = new InvertedIndex(true);
  private profileByKey = new Map<string, Profile>();
  private profileByDoc: Profile[] = [];
  private scratch = new Float64Array(0);
  private profileScratch = new Float64Array(0);

  get size(): number {
    return this.index.size;
  }

  /** Adds an example; false when the reply already has it (for this shop). */
  add(replyId: string, shop: string, analyzed: Analyzed, learned: boolean, createdAt = 0): boolean {
    if (!analyzed.flat) return false;
    const list = this.byReply.get(replyId) ?? [];
    if (list.some((q) => q.flat === analyzed.flat && q.shop === shop)) return false;
    const doc = this.index.add(analyzed.terms);
    const q: Question = { replyId, shop, flat: analyzed.flat, learned, createdAt, doc };
    this.byDoc[doc] = q;
    list.push(q);
    this.byReply.set(replyId, list);
    const learnedHere = list.filter((x) => x.learned && x.shop === shop);
    if (learned && learnedHere.length > MAX_EXAMPLES_PER_REPLY) {
      const oldest = learnedHere.reduce((a, b) => (b.createdAt < a.createdAt ? b : a));
      this.removeOne(oldest);
    }
    // Curated examples already sit in the reply's own terms; pooling pays off for learned ones.
    if (learned) this.rebuildProfile(replyId, shop);
    return true;
  }

  private rebuildProfile(replyId: string, shop: string): void {
    const key = `${shop}\u0000${replyId}`;
    const old = this.profileByKey.get(key);
    if (old) this.profiles.remove(old.doc);
    const merged: Terms = new Map();
    for (const q of this.byReply.get(replyId) ?? []) {
      if (q.shop !== shop || !q.learned) continue;
      for (const [t, w] of this.index.termsOf(q.doc)!) merged.set(t, (merged.get(t) ?? 0) + w);
    }
    if (merged.size === 0) {
      this.profileByKey.delete(key);
      return;
    }
    const profile: Profile = { replyId, shop, doc: this.profiles.add(merged) };
    this.profileByKey.set(key, profile);
    this.profileByDoc[profile.doc] = profile;
  }

  /** BM25 of the query against each reply's pooled examples, scaled to the best (0…1). */
  profileScores(query: Terms, shop: string | null | undefined): Map<string, number> {
    const touched: number[] = [];
    if (this.profileScratch.length < this.profiles.capacity) this.profileScratch = new Float64Array(this.profiles.capacity * 2);
    const scores = this.profileScratch;
    this.profiles.score(query, scores, touched);
    const out = new Map<string, number>();
    let top = 0;
    for (const d of topDocs(touched, scores, 60)) {
      const p = this.profileByDoc[d]!;
      if (shop && p.shop && p.shop !== shop) continue;
      const s = scores[d]!;
      top = Math.max(top, s);
      if (s > (out.get(p.replyId) ?? 0)) out.set(p.replyId, s);
    }
    for (const d of touched) scores[d] = 0;
    top = Math.max(top, TUNING.mix.profileSelfScale * this.profiles.selfScore(query));
    if (top > 0) for (const [k, v] of out) out.set(k, v / top);
    return out;
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

  learnedOf(replyId: string): Array<{ shop: string; flat: string; createdAt: number }> {
    return (this.byReply.get(replyId) ?? []).filter((q) => q.learned);
  }

  private removeOne(q: Question): void {
    const list = this.byReply.get(q.replyId)!.filter((x) => x !== q);
    if (list.length) this.byReply.set(q.replyId, list);
    else this.byReply.delete(q.replyId);
    this.index.remove(q.doc);
    if (q.learned) this.rebuildProfile(q.replyId, q.shop);
  }
}
