import { useEffect, useState } from 'preact/hooks';
import type { PlatformRule } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';

const LIMIT = 40;

/** Plain substring match, used only when the background cannot answer. */
function localMatch(rules: readonly PlatformRule[], q: string): string[] {
  const needle = q.toLowerCase();
  return rules
    .filter((r) => [r.title, r.summary, r.body, r.topic, r.sourceRef, ...r.keywords].some((s) => s.toLowerCase().includes(needle)))
    .map((r) => r.id);
}

/**
 * Rule ids matching the query, best first, found by the suggestion engine (`searchLibrary`: pinyin,
 * colloquial words, typos), rules only. Null when the query is empty; stale answers are dropped.
 */
export function useRuleSearch(query: string, rules: readonly PlatformRule[] | null): string[] | null {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setIds(null);
      return;
    }
    let stale = false;
    sendMessage('searchLibrary', { query: q, limit: LIMIT, kinds: ['rule'] })
      .then((found) => found.map((s) => s.id))
      .catch(() => localMatch(rules ?? [], q))
      .then((found) => !stale && setIds(found));
    return () => {
      stale = true;
    };
  }, [query, rules]);
  return ids;
}
