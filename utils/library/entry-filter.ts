import type { PlatformRule, Reply } from './types';
import { REPLY_GROUPS } from './types';

const haystacks = new WeakMap<object, string>();

/** Lower-cased text an entry is searched by, computed once per entry object. */
function haystack(entry: object, fields: () => Array<string | readonly string[]>): string {
  let h = haystacks.get(entry);
  if (h === undefined) {
    h = fields().map((f) => (typeof f === 'string' ? f : f.join(' '))).join('\n').toLowerCase();
    haystacks.set(entry, h);
  }
  return h;
}

/** Every whitespace-separated term must occur (type-ahead: the last term may be partial). */
function matches(h: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => h.includes(t.replace(/^\//, '')));
}

/** Client-side filter over title, text, keywords, shortcut and group, optionally one group only. */
export function filterReplies(replies: readonly Reply[], query: string, group = ''): Reply[] {
  return replies.filter(
    (r) => (!group || r.group === group) && matches(haystack(r, () => [r.title, r.text, r.keywords, r.shortcut, r.group, r.questions]), query),
  );
}

export function filterRules(rules: readonly PlatformRule[], query: string): PlatformRule[] {
  return rules.filter((r) => matches(haystack(r, () => [r.title, r.summary, r.topic, r.platform, r.keywords, r.sourceRef]), query));
}

const collator = new Intl.Collator('zh-CN');
const groupRank = (g: string) => {
  const i = (REPLY_GROUPS as readonly string[]).indexOf(g);
  return i < 0 ? REPLY_GROUPS.length : i;
};

/** Groups in the usual order (售前, 物流, … then new groups by name), titles within a group. */
export function sortReplies(replies: readonly Reply[]): Reply[] {
  return [...replies].sort(
    (a, b) => groupRank(a.group) - groupRank(b.group) || collator.compare(a.group, b.group) || collator.compare(a.title, b.title),
  );
}

/** Every group in use, in the usual order, after the standard ones. */
export function groupsOf(replies: readonly Reply[]): string[] {
  const extra = new Set(replies.map((r) => r.group).filter((g) => groupRank(g) === REPLY_GROUPS.length));
  return [...REPLY_GROUPS, ...[...extra].sort(collator.compare)];
}
