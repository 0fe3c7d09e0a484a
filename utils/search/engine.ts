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
}

/** How many of the best BM25 matches are scored in full (the rest cannot reach the top few). */
const CANDIDATES = 60;

function isReply(e: Entry): e is Reply {
  return 'text' in e;
}

/**
 * The suggestion engine: BM25 over lexicon-canonicalised character n-grams with field weights,
 * nearest example questions (curated and learned from use), keyword/title triggers, shop and
 * platform scope, and a usage prior. Entries can be added, replaced and removed one at a time.
 */
export class LibraryIndex {
  private main = new InvertedIndex();
  private byDoc: Record[] = [];
  private records = new Map<string, Record>();
  private questions = new QuestionIndex();
  private typeAhead = new TypeAhead();
  private scratch = new Float64Array(0);
  private entryTerms: Terms = new Map();

  constructor(replies: Reply[], rules: PlatformRule[], learned: LearnedExample[] = []) {
    for (const e of replies) this.upsert(e);
    for (const e of rules) this.upsert(e);
    for (const l of learned) this.learn(l);
  }

  get size(): number {
    return this.records.size;
  }

  /** Adds or replaces one entry without rebuilding the index. */
  upsert(entry: Entry): void {
    const { field } = TUNING;
    const old = this.records.get(entry.id);
    if (old) {
      this.main.remove(old.doc); // learned examples stay with the reply across edits
    }
    // One map reused for every entry: the index copies terms into its postings.
    const terms = this.entryTerms;
    terms.clear();
    const triggers = [analyze(entry.title, { into: terms, weight: field.title }).flat];
    // Keywords in one pass (the comma keeps them apart); each one's canonical form is a trigger.
    const keywords = analyze(entry.keywords.join('，'), { into: terms, weight: field.keyword, keepSpaces: true });
    triggers.push(...keywords.flat.split(' '));
    if (isReply(entry)) {
      analyze(entry.text, { into: terms, weight: field.text, unigrams: false, surface: false });
      // Curated example questions are part of what the reply is about; only learned ones (which
      // can be per shop) also go to the example index, which keeps builds of big libraries fast.
      for (const q of entry.questions) analyze(q, { into: terms, weight: field.question });
    } else {
      analyze(entry.summary, { into: terms, weight: field.text, unigrams: false, surface: false });
      analyze(entry.body, { into: terms, weight: field.ruleBody, unigrams: false, surface: false });
    }
    const doc = this.main.add(terms);
    const record: Record = {
      entry,
      kind: isReply(entry) ? 'reply' : 'rule',
      doc,
      triggers: [...new Set(triggers.filter((t) => [...t].length >= 2))],
    };
    this.byDoc[doc] = record;
    this.records.set(entry.id, record);
    this.typeAhead.upsert(entry);
  }

  remove(id: string): void {
    const old = this.records.get(id);
    if (!old) return;
    this.main.remove(old.doc);
    this.questions.removeReply(id);
    this.records.delete(id);
    this.typeAhead.remove(id);
  }

  /** Remembers a buyer message as an example question of a reply (bounded, deduplicated). */
  learn(example: LearnedExample): boolean {
    if (!this.records.has(example.replyId)) return false;
    return this.questions.add(example.replyId, example.shop, analyze(example.text), true, example.createdAt);
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
    const profiles = this.questions.profileScores(terms, options.shop);
    const candidates = new Set(topDocs(touched, scores, CANDIDATES));
    // Scale by the better of the best match and a perfect match, so a weak best match stays weak.
    const best = candidates.size ? Math.max(...[...candidates].map((d) => scores[d]!)) : 0;
    const top = Math.max(best, TUNING.mix.selfScale * this.main.selfScore(terms));
    for (const replyId of [...examples.keys(), ...profiles.keys()]) {
      const r = this.records.get(replyId);
      if (r) candidates.add(r.doc);
    }
    const bm25Of = new Map([...candidates].map((d) => [d, top > 0 ? scores[d]! / top : 0]));
    for (const d of touched) scores[d] = 0;
    const out: Suggestion[] = [];
    for (const d of candidates) {
      const r = this.byDoc[d]!;
      const bm25 = bm25Of.get(d)!;
      if (!this.allowed(r.entry, options)) continue;
      const hits = r.triggers.filter((t) => flat.includes(t));
      const trigger = Math.min(1, hits.reduce((s, t) => s + [...t].length, 0) / 6);
      const example = examples.get(r.entry.id);
      const usage = isReply(r.entry) ? Math.log1p(r.entry.useCount) : 0;
      let score =
        mix.bm25 * bm25 +
        mix.example * (example?.sim ?? 0) +
        mix.profile * (profiles.get(r.entry.id) ?? 0) +
        mix.trigger * trigger +
        mix.usage * usage;
      if (r.kind === 'rule') score *= mix.rule;
      const reason = hits.length
        ? hits.slice(0, 3).join('、')
        : example && example.sim > 0.3
          ? `相似问法「${example.flat}」`
          : '字面相近';
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
