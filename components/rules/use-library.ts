import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PlatformRule, Reply } from '@/utils/library/types';
import { sendMessage } from '@/utils/messaging/protocol';

export interface LibraryData {
  /** Rules and replies the agent has not hidden; null while loading. */
  rules: PlatformRule[] | null;
  replies: Reply[] | null;
  error: string | null;
  reload(): Promise<void>;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function visible<T extends { id: string }>(kind: 'rule' | 'reply'): Promise<T[]> {
  const { entries, hidden } = await sendMessage('listEntries', { kind });
  const skip = new Set(hidden);
  return (entries as unknown as T[]).filter((e) => !skip.has(e.id));
}

/**
 * The rules and replies from the background's library (IndexedDB, seeded with the default library, so it
 * works offline). Right after install the seed may still be running: an empty answer is retried briefly.
 */
export function useLibrary(enabled = true): LibraryData {
  const [rules, setRules] = useState<PlatformRule[] | null>(null);
  const [replies, setReplies] = useState<Reply[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      for (let attempt = 0; ; attempt++) {
        const [ru, re] = await Promise.all([visible<PlatformRule>('rule'), visible<Reply>('reply')]);
        if ((ru.length && re.length) || attempt >= 5) {
          setRules(ru);
          setReplies(re);
          setError(null);
          return;
        }
        await new Promise((r) => setTimeout(r, 400));
      }
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  return { rules, replies, error, reload };
}
