/**
 * A typed slot in `browser.storage.local` (one key per feature). Updates are queued per slot so two quick
 * clicks never read the same old value and lose one write.
 */
export interface Slot<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Reads, applies `change`, writes; resolves with the new value. Serialised per slot. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `listener` when the value changes in any extension page; returns the unsubscribe. */
  watch(listener: (value: T) => void): () => void;
}

export function storageSlot<T>(key: string, fallback: () => T, coerce: (raw: unknown) => T): Slot<T> {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<T> => {
    const got = await browser.storage.local.get(key);
    return got[key] === undefined ? fallback() : coerce(got[key]);
  };
  const write = (value: T) => browser.storage.local.set({ [key]: value });
  return {
    key,
    get: read,
    set: write,
    update(change) {
      const next = queue.then(async () => {
        const value = change(await read());
        await write(value);
        return value;
      });
      queue = next.catch(() => undefined);
      return next;
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !(key in changes)) return;
        const v = changes[key]!.newValue;
        listener(v === undefined ? fallback() : coerce(v));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const finite = (v: unknown, dflt = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : dflt);
