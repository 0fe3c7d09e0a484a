import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { newPersonalId } from '@/utils/library/reply-fields';
import type { EntryKind } from '@/utils/messaging/protocol';
import { errorText } from '@/components/common/download';
import type { Entries, EntryOf } from './use-entries';

/** Shows the page's toast: a message, and an undo when one is possible. */
export type Notify = (message: string, undo?: () => Promise<void>) => void;
export const NotifyContext = createContext<Notify>(() => {});

/**
 * Delete with undo, hide, and copy-as-personal for one tab, with the tab's error line.
 * Every action reports failure in Chinese instead of throwing into the void.
 */
export function useLibraryActions<K extends EntryKind>(e: Entries<K>) {
  const notify = useContext(NotifyContext);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorText(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return {
    error, busy, run, setError,
    del: (entry: EntryOf[K], name: string) =>
      run(async () => {
        const removed = await e.remove([entry.id]);
        if (!removed.length) return;
        notify(`已删除「${name}」`, async () => {
          try {
            await e.restore(removed);
            notify(`已恢复「${name}」`);
          } catch (err) {
            notify(`恢复失败：${errorText(err)}`);
          }
        });
      }),
    toggleHidden: (entry: EntryOf[K]) => run(() => e.setHidden(entry.id, !e.hidden.has(entry.id))),
    /** Saves a personal copy with a new id (`adjust` clears what must stay unique) and returns it. */
    copy: (entry: EntryOf[K], adjust: (copy: EntryOf[K]) => EntryOf[K] = (c) => c) =>
      run(() => e.save(adjust({ ...entry, id: newPersonalId(), source: 'personal', origin: undefined, updatedAt: Date.now() }))),
  };
}
