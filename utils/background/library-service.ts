import { getDatabase } from '../db/database';
import { seedDefaultLibrary } from '../db/seed';
import { addLearnedExample, allLearnedExamples } from '../db/tables/learned-examples';
import { allReplies, recordReplyUse } from '../db/tables/replies';
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

/** The search index, built from IndexedDB on first need and then kept up to date entry by entry. */
export function getLibraryIndex(): Promise<LibraryIndex> {
  index ??= (async () => {
    await ensureSeeded();
    const db = getDatabase();
    const [replies, rules, learned, hiddenRow] = await Promise.all([
      allReplies(db), allRules(db), allLearnedExamples(db), db.settings.get('hiddenEntries'),
    ]);
    // Team entries the agent chose to hide are kept in the database but never suggested.
    const hidden = new Set((hiddenRow?.value as string[] | undefined) ?? []);
    const shown = <T extends { id: string }>(rows: T[]) => rows.filter((r) => !hidden.has(r.id));
    return new LibraryIndex(shown(replies), shown(rules), learned);
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

/**
 * The agent used a reply for a buyer message: count the use (the usage prior) and remember the
 * message as an example question of that reply for this shop.
 */
export async function learnFromUse(replyId: string, buyerMessage: string | null, shop: string | null): Promise<void> {
  const db = getDatabase();
  await recordReplyUse(db, replyId);
  const row = buyerMessage ? await addLearnedExample(db, { replyId, shop: shop ?? '', text: buyerMessage }) : null;
  (await getLibraryIndex()).accept(row ?? { replyId, text: '', shop: shop ?? '', createdAt: Date.now() });
}

/** Brings a built index up to date with a bulk change (a pack applied or removed), entry by entry. */
export async function applyLibraryChange(change: { upserted: Array<Reply | PlatformRule>; removed: string[] }): Promise<void> {
  if (!index) return; // not built yet: it will read the new content when first needed
  const idx = await index;
  for (const id of change.removed) idx.remove(id);
  for (const entry of change.upserted) idx.upsert(entry);
}

export async function forgetLearnedExample(id: number): Promise<void> {
  const db = getDatabase();
  const row = await db.learnedExamples.get(id);
  if (!row) return;
  await db.learnedExamples.delete(id);
  (await getLibraryIndex()).unlearn(row);
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
