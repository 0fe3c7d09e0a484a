import type { PlatformRule, Reply } from '../library/types';
import type { Suggestion } from '../messaging/protocol';
import { analyze, type Terms } from './analyze';
import { InvertedIndex, topDocs } from './inverted-index';
import { QuestionIndex } from './questions';
import { TUNING } from './tuning';
import { TypeAhead } from './type-ahead';
import type { EntryKind, LearnedExample, SearchOptions } from './types';

export type { SearchOptions, LearnedExample } from './types';

type Entry = Reply | PlatformRule;

interface Record {
  entry: Entry;
  kind: EntryKind;
  doc: number;
  /** Canonical title and keywords: a buyer message containing one names this entry. */
  triggers: string[];
  /**
   * Per shop, a copy of the entry's document with the examples learned there folded in as
   * example questions: the team's phrasing counts like curated 相似问法, but only in its shop.
   */
  learnedDocs: Map<string, number>;
}

/** A document of the main index: an entry's own (shop null), or its copy with one shop's learned examples. */
interface Slot {
  record: Record;
  shop: string | null;
}

/** How many of the best BM25 matches are scored in full (the rest cannot reach the top few). */
const CANDIDATES = 60;

/** Whether a message names a trigger; 没有发票 contains 有发票 but says the opposite. */
function mentions(flat: string, trigger: string): boolean {
  for (let at = flat.indexOf(trigger); at >= 0; at = flat.indexOf(trigger, at + 1)) {
    if (!(trigger.startsWith('有') && flat[at - 1] === '没')) return true;
  }
  return false;
}

function isReply(e: Entry): e is Reply {
  return 'text' in e;
}

/**
 * The suggestion engine: BM25 over lexicon-canonicalised character n-grams with field weights
 * (curated example questions are a field; examples learned in a shop join a copy of the reply's
 * document for that shop), near repeats of learned messages, keyword/title triggers, shop and
 * platform scope, and a usage prior. Entries can be added, replaced and removed one at a time.
 */
export class LibraryIndex {
  private main = new InvertedIndex();
  private bySlot: Slot[] = [];
  private records = new Map<string, Record>();
  private questions = new QuestionIndex();
  private typeAhead = new TypeAhead();
  private scratch = new Float64Array(0);
  private entryScratch: Terms = new Map();

  constructor(replies: Reply[], rules: PlatformRule[], learned: LearnedExample[] = []) {
    for (const e of replies) this.upsert(e);
    for (const e of rules) this.upsert(e);
    // Examples first, then each reply's learned documents once (not once per example).
    const touched = new Set<Record>();
    for (const l of learned) if (this.addExample(l)) touched.add(this.records.get(l.replyId)!);
    for (const r of touched) this.rebuildLearnedDocs(r);
  }

  get size(): number {
    return this.records.size;
  }

  /** Adds or replaces one entry without rebuilding the index. */
  upsert(entry: Entry): void {
    const old = this.records.get(entry.id);
    if (old) {
      this.main.remove(old.doc); // learned examples stay with the reply across edits
      for (const doc of old.learnedDocs.values()) this.main.remove(doc);
    }
    const { terms, triggers } = this.entryTerms(entry);
    const record: Record = { entry, kind: isReply(entry) ? 'reply' : 'rule', doc: this.main.add(terms), triggers, learnedDocs: new Map() };
    this.bySlot[record.doc] = { record, shop: null };
    this.records.set(entry.id, record);
    this.typeAhead.upsert(entry);
    if (old?.learnedDocs.size) this.rebuildLearnedDocs(record);
  }

  /** An entry's weighted terms (into one reused map: the index copies them) and its triggers. */
  private entryTerms(entry: Entry): { terms: Terms; triggers: string[] } {
    const { field } = TUNING;
    const terms = this.entryScratch;
    terms.clear();
    const triggers = [analyze(entry.title, { into: terms, weight: field.title }).flat];
    // Keywords in one pass (the comma keeps them apart); each one's canonical form is a trigger.
    const keywords = analyze(entry.keywords.join('，'), { into: terms, weight: field.keyword, keepSpaces: true });
    triggers.push(...keywords.flat.split(' '));
    if (isReply(entry)) {
      analyze(entry.text, { into: terms, weight: field.text, unigrams: false, surface: false });
      for (const q of entry.questions) analyze(q, { into: terms, weight: field.question });
    } else {
      analyze(entry.summary, { into: terms, weight: field.text, unigrams: false, surface: false });
      analyze(entry.body, { into: terms, weight: field.ruleBody, unigrams: false, surface: false });
    }
    return { terms, triggers: [...new Set(triggers.filter((t) => [...t].length >= 2))] };
  }

  /**
   * Re-derives a reply's per-shop documents after its learned examples or its content changed:
   * only `shop`'s when given (shop-less examples count in every shop, so they rebuild all).
   */
  private rebuildLearnedDocs(record: Record, shop?: string): void {
    const id = record.entry.id;
    const shops = shop ? [shop] : [...this.questions.shopsOf(id)];
    if (!shop) {
      for (const doc of record.learnedDocs.values()) this.main.remove(doc);
      record.learnedDocs.clear();
    }
    if (shops.length === 0) return;
    const base = new Map(this.entryTerms(record.entry).terms);
    for (const s of shops) {
      const old = record.learnedDocs.get(s);
      if (old !== undefined) this.main.remove(old);
      record.learnedDocs.delete(s);
      const examples = this.questions.learnedTerms(id, s);
      if (examples.length === 0) continue;
      const terms = new Map(base);
      for (const example of examples) {
        for (const [t, w] of example) terms.set(t, (terms.get(t) ?? 0) + w * TUNING.field.question);
      }
      const doc = this.main.add(terms);
      record.learnedDocs.set(s, doc);
      this.bySlot[doc] = { record, shop: s };
    }
  }

  remove(id: string): void {
    const old = this.records.get(id);
    if (!old) return;
    this.main.remove(old.doc);
    for (const doc of old.learnedDocs.values()) this.main.remove(doc);
    this.questions.removeReply(id);
    this.records.delete(id);
    this.typeAhead.remove(id);
  }

  /** Remembers a buyer message as an example question of a reply (bounded, deduplicated). */
  learn(example: LearnedExample): boolean {
    if (!this.addExample(example)) return false;
    this.rebuildLearnedDocs(this.records.get(example.replyId)!, example.shop || undefined);
    return true;
  }

  private addExample(example: LearnedExample): boolean {
    if (!this.records.has(example.replyId)) return false;
    return this.questions.add(example.replyId, example.shop, analyze(example.text), example.createdAt);
  }

  /**
   * The agent used a reply for a buyer message: one more use (the usage prior) and the message
   * as a learned example. The extension (library-service.learnFromUse) and `npm run eval
   * --feedback` both come through here.
   */
  accept(example: LearnedExample): void {
    const record = this.records.get(example.replyId);
    if (!record || !isReply(record.entry)) return;
    this.upsert({ ...record.entry, useCount: record.entry.useCount + 1 });
    if (example.text.trim()) this.learn(example);
  }

  /** Forgets one learned example. */
  unlearn(example: Pick<LearnedExample, 'replyId' | 'text' | 'shop'>): void {
    this.questions.removeExample(example.replyId, analyze(example.text).flat, example.shop);
    const record = this.records.get(example.replyId);
    if (record) this.rebuildLearnedDocs(record, example.shop || undefined);
  }

  /** Suggestions for a buyer message, best first. */
  suggest(message: string, options: SearchOptions = {}): Suggestion[] {
    const q = analyze(message, { query: true });
    if (q.terms.size === 0) return [];
    return this.rank(q.flat, q.terms, options);
  }

  /** Every reply of a group in scope, most used first (e.g. de-escalation replies for an angry buyer). */
  group(group: string, options: SearchOptions = {}): Suggestion[] {
    const out: Suggestion[] = [];
    for (const r of this.records.values()) {
      const e = r.entry;
      if (isReply(e) && e.group === group && this.allowed(e, options)) out.push(this.toSuggestion(e, Math.log1p(e.useCount), '情绪安抚'));
    }
    return out.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 9);
  }

  /** The search box: shortcut codes and pinyin first, then the same ranking for free text. */
  search(query: string, options: SearchOptions = {}): Suggestion[] {
    const limit = options.limit ?? 20;
    const direct = this.typeAhead.find(query, limit, (e) => this.allowed(e, options));
    const seen = new Set(direct.map((d) => d.entry.id));
    const out = direct.map((d, i) => this.toSuggestion(d.entry, 1000 - i, d.reason));
    if (out.length < limit) {
      for (const s of this.suggest(query, { ...options, limit })) if (!seen.has(s.id)) out.push(s);
    }
    return out.slice(0, limit);
  }

  private allowed(e: Entry, options: SearchOptions): boolean {
    if (options.kinds && !options.kinds.includes(isReply(e) ? 'reply' : 'rule')) return false;
    if (options.shop && e.shops.length > 0 && !e.shops.includes(options.shop)) return false;
    if (options.platform && isReply(e) && e.platforms.length > 0 && !e.platforms.includes(options.platform)) return false;
    return true;
  }

  private rank(flat: string, terms: Terms, options: SearchOptions): Suggestion[] {
    const { mix } = TUNING;
    if (this.scratch.length < this.main.capacity) this.scratch = new Float64Array(this.main.capacity * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    this.main.score(terms, scores, touched);
    const examples = this.questions.similarities(terms, options.shop);
    // Copies holding another shop's learned examples do not count here.
    const candidates = topDocs(touched, scores, CANDIDATES).filter((d) => {
      const { shop } = this.bySlot[d]!;
      return !shop || !options.shop || shop === options.shop;
    });
    // Scale by the better of the best match and a perfect match, so a weak best match stays weak.
    const best = candidates.length ? Math.max(...candidates.map((d) => scores[d]!)) : 0;
    const top = Math.max(best, mix.selfScale * this.main.selfScore(terms));
    // Each entry's better document: its own, or its copy with the examples learned in this shop.
    const bm25Of = new Map<Record, number>();
    for (const d of candidates) {
      const { record } = this.bySlot[d]!;
      const s = top > 0 ? scores[d]! / top : 0;
      if (s > (bm25Of.get(record) ?? -1)) bm25Of.set(record, s);
    }
    for (const d of touched) scores[d] = 0;
    for (const replyId of examples.keys()) {
      const r = this.records.get(replyId);
      if (r && !bm25Of.has(r)) bm25Of.set(r, 0);
    }
    const out: Suggestion[] = [];
    for (const [r, bm25] of bm25Of) {
      if (!this.allowed(r.entry, options)) continue;
      const hits = r.triggers.filter((t) => mentions(flat, t));
      const trigger = Math.min(1, hits.reduce((s, t) => s + [...t].length, 0) / 6);
      // Only a near repeat of a learned message counts on its own; partial overlap is already
      // in the learned document's BM25, and counting it twice lets one odd example take over.
      const example = examples.get(r.entry.id);
      const repeat = Math.max(0, ((example?.sim ?? 0) - mix.repeatFloor) / (1 - mix.repeatFloor));
      const usage = isReply(r.entry) ? Math.log1p(r.entry.useCount) : 0;
      let score = mix.bm25 * bm25 + mix.repeat * repeat + mix.trigger * trigger + mix.usage * usage;
      if (r.kind === 'rule') score *= mix.rule;
      const reason = hits.length ? hits.slice(0, 3).join('、') : repeat > 0 ? `相似问法「${example!.flat}」` : '字面相近';
      out.push(this.toSuggestion(r.entry, score, reason));
    }
    return out.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 9);
  }

  private toSuggestion(entry: Entry, score: number, reason: string): Suggestion {
    if (!isReply(entry)) {
      const source = `${entry.sourceRef} · 核对于 ${entry.checkedAt}`;
      return { id: entry.id, kind: 'rule', title: entry.title, group: entry.topic, text: entry.summary, reason, score, source };
    }
    return { id: entry.id, kind: 'reply', title: entry.title, group: entry.group, text: entry.text, reason, score };
  }
}
