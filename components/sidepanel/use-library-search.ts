import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type Suggestion } from '@/utils/messaging/protocol';

/** Type-ahead search over the whole library; answers for stale queries are dropped. */
export function useLibrarySearch(query: string): Suggestion[] {
  const [results, setResults] = useState<Suggestion[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults([]);
      return;
    }
    let stale = false;
    void sendMessage('searchLibrary', { query: q, limit: 20 }).then((r) => !stale && setResults(r));
    return () => {
      stale = true;
    };
  }, [query]);
  return results;
}
