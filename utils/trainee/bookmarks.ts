/** Rule bookmarks (☆/★): a list of rule ids under one `storage.local` key, shared by the side panel, options and trainee pages. */
import { storageSlot } from './storage';

export const BOOKMARKS_KEY = 'kuaida.ruleBookmarks';

/** Ids in the order they were bookmarked, without duplicates or non-strings. */
export function normalizeBookmarks(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((x): x is string => typeof x === 'string' && x.length > 0))];
}

export function toggleBookmark(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function setBookmark(list: readonly string[], id: string, on: boolean): string[] {
  return on === list.includes(id) ? [...list] : toggleBookmark(list, id);
}

const slot = storageSlot<string[]>(BOOKMARKS_KEY, () => [], normalizeBookmarks);

export const loadBookmarks = (): Promise<string[]> => slot.get();
export const saveBookmarks = (ids: string[]): Promise<void> => slot.set(normalizeBookmarks(ids));
/** Toggles one rule and returns the new list. */
export const toggleStoredBookmark = (id: string): Promise<string[]> => slot.update((list) => toggleBookmark(list, id));
export const watchBookmarks = (listener: (ids: string[]) => void): (() => void) => slot.watch(listener);
