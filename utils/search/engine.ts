import Fuse from 'fuse.js';
import type { PlatformRule, Reply } from '../library/types';
import type { Suggestion } from '../messaging/protocol';
import { bigrams, normalize } from './normalize';

interface Doc {
  id: string;
  kind: 'reply' | 'rule';
  title: string;
  group: string;
  text: string;
  shortcut: string;
  keywords: string[];
  /** Normalised title, keywords and example questions: what a buyer message is matched against. */
  phrases: string[];
  grams: Set<string>;
  useCount: number;
  source?: string;
}

function toDoc(entry: Reply | PlatformRule): Doc {
  const isReply = 'text' in entry;
  const questions = isReply ? entry.questions : [];
  const phrases = [entry.title, ...entry.keywords, ...questions].map(normalize).filter(Boolean);
  return {
    id: entry.id,
    kind: isReply ? 'reply' : 'rule',
    title: entry.title,
    group: isReply ? entry.group : entry.topic,
    text: isReply ? entry.text : entry.summary,
    shortcut: isReply ? entry.shortcut.toLowerCase() : '',
    keywords: entry.keywords,
    phrases,
    grams: new Set(phrases.flatMap(bigrams)),
    useCount: isReply ? entry.useCount : 0,
    source: isReply ? undefined : `${entry.sourceRef} · 核对于 ${entry.checkedAt}`,
  };
}

export interface SearchOptions {
  limit?: number;
  kinds?: Array<'reply' | 'rule'>;
}

/**
 * First engine: keyword and phrase hits in the buyer message, character-pair overlap for
 * unsegmented text, Fuse.js for fuzzy type-ahead. Scores are comparable within one query only.
 */
export class LibraryIndex {
  private docs: Doc[];
  private fuse: Fuse<Doc>;

  constructor(replies: Reply[], rules: PlatformRule[]) {
    this.docs = [...replies.map(toDoc), ...rules.map(toDoc)];
    this.fuse = new Fuse(this.docs, {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'shortcut', weight: 3 },
        { name: 'keywords', weight: 2 },
        { name: 'text', weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
    });
  }

  get size(): number {
    return this.docs.length;
  }

  /** Suggestions for a buyer message. */
  suggest(message: string, options: SearchOptions = {}): Suggestion[] {
    const q = normalize(message);
    if (!q) return [];
    const qGrams = new Set(bigrams(q));
    const scored: Suggestion[] = [];
    for (const doc of this.docs) {
      if (options.kinds && !options.kinds.includes(doc.kind)) continue;
      const hits = doc.phrases.filter((p) => p.length >= 2 && q.includes(p));
      let overlap = 0;
      for (const g of qGrams) if (doc.grams.has(g)) overlap++;
      const coverage = qGrams.size ? overlap / qGrams.size : 0;
      const hitScore = hits.reduce((s, p) => s + Math.min(p.length, 6), 0);
      const score = hitScore * 2 + coverage * 6 + Math.log1p(doc.useCount) * 0.3 - (doc.kind === 'rule' ? 1 : 0);
      if (hits.length === 0 && coverage < 0.25) continue;
      scored.push(this.toSuggestion(doc, score, hits.length ? hits.slice(0, 3).join('、') : '字面相近'));
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 9);
  }

  /** Manual search box: shortcut codes first, then fuzzy title/keyword/text matches. */
  search(query: string, options: SearchOptions = {}): Suggestion[] {
    const q = query.trim().toLowerCase().replace(/^\//, '');
    if (!q) return [];
    const limit = options.limit ?? 20;
    const out = new Map<string, Suggestion>();
    const allowed = (d: Doc) => !options.kinds || options.kinds.includes(d.kind);
    for (const d of this.docs) {
      if (allowed(d) && d.shortcut && d.shortcut.startsWith(q)) {
        out.set(d.id, this.toSuggestion(d, d.shortcut === q ? 100 : 50, `快捷码 ${d.shortcut}`));
      }
    }
    for (const r of this.fuse.search(q.slice(0, 32), { limit: limit * 2 })) {
      if (!allowed(r.item) || out.has(r.item.id)) continue;
      out.set(r.item.id, this.toSuggestion(r.item, 10 * (1 - (r.score ?? 1)), '标题/关键词'));
    }
    return [...out.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private toSuggestion(doc: Doc, score: number, reason: string): Suggestion {
    const s: Suggestion = { id: doc.id, kind: doc.kind, title: doc.title, group: doc.group, text: doc.text, reason, score };
    if (doc.source) s.source = doc.source;
    return s;
  }
}
