import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PlatformRule, Reply, SizeChart } from '@/utils/library/types';
import { sendMessage, type AnyEntry, type EntryKind } from '@/utils/messaging/protocol';
import { errorText } from '@/components/common/download';

export interface EntryOf {
  reply: Reply;
  rule: PlatformRule;
  sizeChart: SizeChart;
}

export interface Entries<K extends EntryKind> {
  entries: Array<EntryOf[K]> | null;
  hidden: ReadonlySet<string>;
  error: string | null;
  reload(): Promise<void>;
  save(entry: EntryOf[K]): Promise<EntryOf[K]>;
  /** Deletes and returns what can be restored (team entries are never deleted). */
  remove(ids: string[]): Promise<AnyEntry[]>;
  restore(entries: AnyEntry[]): Promise<void>;
  setHidden(id: string, hidden: boolean): Promise<void>;
}

/** One library table as the background lists it, with the edits the manager makes. `version` forces a reload. */
export function useEntries<K extends EntryKind>(kind: K, version = 0): Entries<K> {
  const [entries, setEntries] = useState<Array<EntryOf[K]> | null>(null);
  const [hidden, setHiddenIds] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const res = await sendMessage('listEntries', { kind });
      setEntries(res.entries as Array<EntryOf[K]>);
      setHiddenIds(new Set(res.hidden));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [kind]);
  useEffect(() => void reload(), [reload, version]);

  const after = async <T,>(p: Promise<T>): Promise<T> => {
    const out = await p;
    await reload();
    return out;
  };
  return {
    entries, hidden, error, reload,
    save: (entry) => after(sendMessage('saveEntry', { kind, entry }) as Promise<EntryOf[K]>),
    remove: (ids) => after(sendMessage('deleteEntries', { kind, ids })),
    restore: (rows) => after(sendMessage('restoreEntries', { kind, entries: rows })),
    setHidden: (id, hide) => after(sendMessage('setHidden', { kind, id, hidden: hide })),
  };
}
