import type { KuaidaDB } from '../db/database';
import type { PlatformRule, Reply, Shop, SizeChart } from '../library/types';
import type { PlatformProfile } from '../profiles/types';

type PackEntry<T> = Omit<T, 'source' | 'useCount' | 'updatedAt' | 'origin'> & Partial<T>;

/** The parts of a validated pack that become library content (see docs/pack-format.md). */
export interface PackContent {
  id: string;
  version: string | number;
  title?: string;
  shops: Shop[];
  replies: PackEntry<Reply>[];
  sizeCharts: PackEntry<SizeChart>[];
  rules: PackEntry<PlatformRule>[];
  forbiddenWords: unknown[];
  profiles: Array<Partial<PlatformProfile> & { id: string }>;
}

export interface PackChange {
  upserted: Array<Reply | PlatformRule>;
  removed: string[];
  counts: { replies: number; sizeCharts: number; rules: number };
}

/** Settings keys holding per-subscription data that is not a library table. */
export const packSettingKeys = (subscriptionId: string) => ({
  forbiddenWords: `team.forbiddenWords.${subscriptionId}`,
  profiles: `team.profiles.${subscriptionId}`,
});

/**
 * Replaces one subscription's team content with a new pack, in one transaction: entries the pack
 * no longer has are removed, the others replaced (the team's version wins), usage counts kept.
 * Personal and default entries are never touched, and neither are other subscriptions' entries.
 */
export async function applyPack(db: KuaidaDB, subscriptionId: string, pack: PackContent, now = Date.now()): Promise<PackChange> {
  const keys = packSettingKeys(subscriptionId);
  return db.transaction('rw', [db.replies, db.rules, db.sizeCharts, db.shops, db.settings], async () => {
    const oldReplies = await db.replies.where('source').equals('team').filter((r) => r.origin === subscriptionId).toArray();
    const oldRules = await db.rules.where('source').equals('team').filter((r) => r.origin === subscriptionId).toArray();
    const oldCharts = await db.sizeCharts.where('source').equals('team').filter((r) => r.origin === subscriptionId).toArray();
    // A team entry may take over a default one of the same id: its usage count carries over.
    const sameIds = await db.replies.bulkGet(pack.replies.map((r) => r.id));
    const useCounts = new Map(sameIds.filter((r) => r !== undefined).map((r) => [r.id, r.useCount]));
    const team = { source: 'team' as const, origin: subscriptionId, updatedAt: now };

    const replies = pack.replies.map((r): Reply => ({
      questions: [], shops: [], platforms: [], shortcut: '', keywords: [],
      ...(r as Partial<Reply> & Pick<Reply, 'id' | 'group' | 'title' | 'text'>),
      ...team,
      useCount: useCounts.get(r.id) ?? 0,
    }));
    const rules = pack.rules.map((r): PlatformRule => ({
      replyIds: [], shops: [], keywords: [],
      ...(r as Partial<PlatformRule> & Omit<PlatformRule, 'replyIds' | 'shops' | 'keywords' | 'source' | 'updatedAt'>),
      ...team,
    }));
    const charts = pack.sizeCharts.map((c): SizeChart => ({
      matchWords: [], shops: [],
      ...(c as Partial<SizeChart> & Pick<SizeChart, 'id' | 'name' | 'rows'>),
      ...team,
    }));

    const keep = (ids: string[]) => new Set(ids);
    const replyIds = keep(replies.map((r) => r.id));
    const ruleIds = keep(rules.map((r) => r.id));
    const chartIds = keep(charts.map((c) => c.id));
    const removed = [
      ...oldReplies.filter((r) => !replyIds.has(r.id)).map((r) => r.id),
      ...oldRules.filter((r) => !ruleIds.has(r.id)).map((r) => r.id),
    ];
    await db.replies.bulkDelete(oldReplies.filter((r) => !replyIds.has(r.id)).map((r) => r.id));
    await db.rules.bulkDelete(oldRules.filter((r) => !ruleIds.has(r.id)).map((r) => r.id));
    await db.sizeCharts.bulkDelete(oldCharts.filter((c) => !chartIds.has(c.id)).map((c) => c.id));
    await db.replies.bulkPut(replies);
    await db.rules.bulkPut(rules);
    await db.sizeCharts.bulkPut(charts);
    await db.shops.bulkPut(pack.shops);
    await db.settings.bulkPut([
      { key: keys.forbiddenWords, value: pack.forbiddenWords },
      { key: keys.profiles, value: pack.profiles },
    ]);
    return {
      upserted: [...replies, ...rules],
      removed,
      counts: { replies: replies.length, sizeCharts: charts.length, rules: rules.length },
    };
  });
}

/** Removes everything a subscription brought (when the agent unsubscribes). */
export async function removePackContent(db: KuaidaDB, subscriptionId: string): Promise<string[]> {
  const keys = packSettingKeys(subscriptionId);
  return db.transaction('rw', [db.replies, db.rules, db.sizeCharts, db.settings], async () => {
    const ofSub = <T extends { origin?: string }>(rows: T[]) => rows.filter((r) => r.origin === subscriptionId);
    const replies = ofSub(await db.replies.where('source').equals('team').toArray()).map((r) => r.id);
    const rules = ofSub(await db.rules.where('source').equals('team').toArray()).map((r) => r.id);
    const charts = ofSub(await db.sizeCharts.where('source').equals('team').toArray()).map((c) => c.id);
    await db.replies.bulkDelete(replies);
    await db.rules.bulkDelete(rules);
    await db.sizeCharts.bulkDelete(charts);
    await db.settings.bulkDelete([keys.forbiddenWords, keys.profiles]);
    return [...replies, ...rules];
  });
}
