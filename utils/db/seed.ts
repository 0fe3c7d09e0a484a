import type { KuaidaDB } from './database';
import { DEFAULT_LIBRARY_VERSION, defaultReplies, defaultRules, defaultSizeCharts } from '../library/default';
import { getSetting, setSetting } from './tables/settings';

const VERSION_KEY = 'defaultLibraryVersion';
/** Default entries the agent deleted: a refresh of the bundled library must not bring them back. */
export const DELETED_DEFAULTS_KEY = 'deletedDefaults';

/**
 * Loads the embedded default library on first install and refreshes it when the bundled
 * version changes. Only entries whose source is still 'default' are replaced: anything a
 * team pack or the agent supplied under the same id is kept. Usage counts survive.
 */
export async function seedDefaultLibrary(db: KuaidaDB): Promise<boolean> {
  const installed = await getSetting<number>(db, VERSION_KEY, 0);
  if (installed >= DEFAULT_LIBRARY_VERSION) return false;
  await db.transaction('rw', [db.replies, db.rules, db.sizeCharts, db.settings], async () => {
    const deleted = new Set(await getSetting<string[]>(db, DELETED_DEFAULTS_KEY, []));
    const replies = defaultReplies().filter((r) => !deleted.has(r.id));
    const existing = new Map((await db.replies.bulkGet(replies.map((r) => r.id))).map((r, i) => [replies[i]!.id, r]));
    await db.replies.bulkPut(
      replies
        .filter((r) => (existing.get(r.id)?.source ?? 'default') === 'default')
        .map((r) => ({ ...r, useCount: existing.get(r.id)?.useCount ?? 0 })),
    );
    const rules = defaultRules().filter((r) => !deleted.has(r.id));
    const existingRules = await db.rules.bulkGet(rules.map((r) => r.id));
    await db.rules.bulkPut(rules.filter((_, i) => (existingRules[i]?.source ?? 'default') === 'default'));
    const charts = defaultSizeCharts().filter((c) => !deleted.has(c.id));
    const existingCharts = await db.sizeCharts.bulkGet(charts.map((c) => c.id));
    await db.sizeCharts.bulkPut(charts.filter((_, i) => (existingCharts[i]?.source ?? 'default') === 'default'));
    await setSetting(db, VERSION_KEY, DEFAULT_LIBRARY_VERSION);
  });
  return true;
}
