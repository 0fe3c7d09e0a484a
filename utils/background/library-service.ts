import { getDatabase } from '../db/database';
import { seedDefaultLibrary } from '../db/seed';
import { allReplies } from '../db/tables/replies';
import { allRules } from '../db/tables/rules';
import type { PlatformRule, Reply } from '../library/types';
import { LibraryIndex } from '../search/engine';

let seeding: Promise<unknown> | null = null;
let index: Promise<LibraryIndex> | null = null;

/** Loads the default library once per worker life (cheap no-op when already installed). */
export function ensureSeeded(): Promise<unknown> {
  seeding ??= seedDefaultLibrary(getDatabase()).catch((e: unknown) => {
    seeding = null;
    throw e;
  });
  return seeding;
}

/** The search index, built from IndexedDB on first need. */
export function getLibraryIndex(): Promise<LibraryIndex> {
  index ??= (async () => {
    await ensureSeeded();
    const db = getDatabase();
    const [replies, rules] = await Promise.all([allReplies(db), allRules(db)]);
    return new LibraryIndex(replies, rules);
  })().catch((e: unknown) => {
    index = null;
    throw e;
  });
  return index;
}

/** Call after the library changed, so the next search sees it. */
export function invalidateLibraryIndex(): void {
  index = null;
}

export async function findLibraryEntry(id: string): Promise<Reply | PlatformRule | undefined> {
  await ensureSeeded();
  const db = getDatabase();
  return (await db.replies.get(id)) ?? (await db.rules.get(id));
}

export function setupLibrary(): void {
  browser.runtime.onInstalled.addListener(() => {
    void ensureSeeded().then(() => invalidateLibraryIndex());
  });
}
