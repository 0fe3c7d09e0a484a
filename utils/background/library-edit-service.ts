import type { Table } from 'dexie';
import { getDatabase } from '../db/database';
import { getSetting, setSetting } from '../db/tables/settings';
import type { PlatformRule, Reply } from '../library/types';
import { onMessage, type AnyEntry, type EntryKind } from '../messaging/protocol';
import { chartFromMessage } from '../library/size-format';
import type { SizeChart } from '../library/types';
import { applyLibraryChange, ensureSeeded } from './library-service';
import { DELETED_DEFAULTS_KEY } from '../db/seed';

export type { AnyEntry, EntryKind } from '../messaging/protocol';

const HIDDEN_KEY = 'hiddenEntries';

/** The three library tables share id, source and origin; one typed view over them keeps the code single. */
function tableOf(kind: EntryKind): Table<AnyEntry, string> {
  const db = getDatabase();
  const table = kind === 'reply' ? db.replies : kind === 'rule' ? db.rules : db.sizeCharts;
  return table as unknown as Table<AnyEntry, string>;
}

/** Size charts travel as JSON, where an open upper bound (Infinity) arrives as null or OPEN_MAX. */
const fromMessage = (kind: EntryKind, e: AnyEntry): AnyEntry => (kind === 'sizeChart' ? chartFromMessage(e as SizeChart) : e);

/** Remembers which default entries the agent deleted, so that a default-library refresh does not bring them back. */
async function noteDeletedDefaults(add: string[], remove: string[]): Promise<void> {
  if (!add.length && !remove.length) return;
  const db = getDatabase();
  const ids = new Set(await getSetting<string[]>(db, DELETED_DEFAULTS_KEY, []));
  add.forEach((id) => ids.add(id));
  remove.forEach((id) => ids.delete(id));
  await setSetting(db, DELETED_DEFAULTS_KEY, [...ids]);
}

/** Replies and rules feed the search index; size charts do not. */
const indexed = (kind: EntryKind) => kind !== 'sizeChart';

export async function hiddenIds(): Promise<Set<string>> {
  return new Set(await getSetting<string[]>(getDatabase(), HIDDEN_KEY, []));
}

/**
 * The agent's own edit. Team entries are read-only here (the team's version wins; agents hide
 * them or copy them into personal entries); an edited default entry becomes personal, so the
 * next default-library refresh keeps the agent's wording.
 */
export async function saveEntry(kind: EntryKind, entry: AnyEntry): Promise<AnyEntry> {
  const table = tableOf(kind);
  const existing = await table.get(entry.id);
  if (existing?.source === 'team') throw new Error('团队话术由组长维护，不能直接修改；可以隐藏或复制为个人话术');
  const saved = { ...fromMessage(kind, entry), source: 'personal', origin: undefined, updatedAt: Date.now() } as AnyEntry;
  await table.put(saved);
  if (indexed(kind) && !(await hiddenIds()).has(saved.id)) {
    await applyLibraryChange({ upserted: [saved as Reply | PlatformRule], removed: [] });
  }
  return saved;
}

/** Deletes entries and returns them, so that the page can undo. Team entries cannot be deleted, only hidden. */
export async function deleteEntries(kind: EntryKind, ids: string[]): Promise<AnyEntry[]> {
  const table = tableOf(kind);
  const rows = (await table.bulkGet(ids)).filter((r): r is AnyEntry => r !== undefined);
  const deletable = rows.filter((r) => r.source !== 'team');
  await table.bulkDelete(deletable.map((r) => r.id));
  await noteDeletedDefaults(deletable.filter((r) => r.source === 'default').map((r) => r.id), []);
  if (indexed(kind)) await applyLibraryChange({ upserted: [], removed: deletable.map((r) => r.id) });
  return deletable;
}

/** Puts deleted entries back exactly as they were (undo). */
export async function restoreEntries(kind: EntryKind, raw: AnyEntry[]): Promise<void> {
  const entries = raw.map((e) => fromMessage(kind, e));
  await tableOf(kind).bulkPut(entries);
  await noteDeletedDefaults([], entries.map((e) => e.id));
  if (indexed(kind)) await applyLibraryChange({ upserted: entries as Array<Reply | PlatformRule>, removed: [] });
}

export async function setHidden(kind: EntryKind, id: string, hidden: boolean): Promise<void> {
  const ids = await hiddenIds();
  if (hidden) ids.add(id);
  else ids.delete(id);
  await setSetting(getDatabase(), HIDDEN_KEY, [...ids]);
  if (!indexed(kind)) return;
  const entry = await tableOf(kind).get(id);
  await applyLibraryChange(hidden || !entry ? { upserted: [], removed: [id] } : { upserted: [entry as Reply], removed: [] });
}

/**
 * Imports personal or team replies in one transaction (all or nothing). The page has parsed and
 * validated the file; this only writes. `replace` removes the agent's other personal replies first.
 */
export async function importReplies(replies: Reply[], mode: 'merge' | 'replace'): Promise<{ written: number; removed: number }> {
  const db = getDatabase();
  const now = Date.now();
  const result = await db.transaction('rw', db.replies, async () => {
    let removed: string[] = [];
    if (mode === 'replace') {
      removed = (await db.replies.where('source').equals('personal').primaryKeys()) as string[];
      const incoming = new Set(replies.map((r) => r.id));
      removed = removed.filter((id) => !incoming.has(id));
      await db.replies.bulkDelete(removed);
    }
    const team = new Set((await db.replies.where('source').equals('team').primaryKeys()) as string[]);
    const clash = replies.find((r) => team.has(r.id));
    if (clash) throw new Error(`id「${clash.id}」已被团队话术使用，请换一个 id`);
    await db.replies.bulkPut(replies.map((r) => ({ ...r, source: 'personal', updatedAt: now })));
    return { removed };
  });
  await applyLibraryChange({ upserted: replies.map((r) => ({ ...r, source: 'personal' as const })), removed: result.removed });
  return { written: replies.length, removed: result.removed.length };
}

export function setupLibraryEditing(): void {
  onMessage('listEntries', async ({ data }) => {
    await ensureSeeded(); // a fresh install's first options page must not show an empty library
    const rows: AnyEntry[] = await tableOf(data.kind).toArray();
    return { entries: rows, hidden: [...(await hiddenIds())] };
  });
  onMessage('saveEntry', ({ data }) => saveEntry(data.kind, data.entry));
  onMessage('deleteEntries', ({ data }) => deleteEntries(data.kind, data.ids));
  onMessage('restoreEntries', ({ data }) => restoreEntries(data.kind, data.entries));
  onMessage('setHidden', ({ data }) => setHidden(data.kind, data.id, data.hidden));
  onMessage('importReplies', ({ data }) => importReplies(data.replies, data.mode));
}
