/** Which rules the browser and the flashcards show: platform, topic, bookmarks and search hits. */
import type { PlatformRule } from '@/utils/library/types';
import { RULE_PLATFORMS } from './labels';

export interface RuleFilter {
  platform: string | null;
  topic: string | null;
  bookmarkedOnly: boolean;
  /** Rule ids the search found, best first; null when not searching. */
  matchIds: readonly string[] | null;
}

export const NO_FILTER: RuleFilter = { platform: null, topic: null, bookmarkedOnly: false, matchIds: null };

export function filterRules(rules: readonly PlatformRule[], f: RuleFilter, bookmarks: readonly string[] = []): PlatformRule[] {
  const marked = new Set(bookmarks);
  const keep = rules.filter(
    (r) => (!f.platform || r.platform === f.platform) && (!f.topic || r.topic === f.topic) && (!f.bookmarkedOnly || marked.has(r.id)),
  );
  if (!f.matchIds) return keep;
  const rank = new Map(f.matchIds.map((id, i) => [id, i]));
  return keep.filter((r) => rank.has(r.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** Platforms that have rules, in the browser's order (unknown ones last). */
export function platformsPresent(rules: readonly PlatformRule[]): string[] {
  const have = new Set(rules.map((r) => r.platform as string));
  const known = RULE_PLATFORMS.map((p) => p.id as string).filter((id) => have.has(id));
  return [...known, ...[...have].filter((id) => !known.includes(id)).sort()];
}

/** Topics present (for one platform when given), most rules first. */
export function topicsPresent(rules: readonly PlatformRule[], platform: string | null = null): string[] {
  const counts = new Map<string, number>();
  for (const r of rules) if (!platform || r.platform === platform) counts.set(r.topic, (counts.get(r.topic) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([t]) => t);
}

/** A rule's linked replies that still exist, in the rule's order. */
export function linkedReplies<R extends { id: string }>(rule: PlatformRule, replies: ReadonlyMap<string, R>): R[] {
  return rule.replyIds.map((id) => replies.get(id)).filter((r): r is R => r !== undefined);
}
