import { getDatabase } from '../db/database';
import { getSetting, setSetting } from '../db/tables/settings';
import { onMessage } from '../messaging/protocol';
import { validatePack } from '../pack/schema';
import { verifyPack } from '../pack/signing';
import { applyPack, removePackContent, type PackContent } from '../subscriptions/apply-pack';
import { fetchPack, type FetchPackOptions } from '../subscriptions/fetch-pack';
import type { Subscription } from '../subscriptions/types';
import { invalidateComplianceLists } from './compliance-service';
import { applyLibraryChange } from './library-service';

const KEY = 'subscriptions';
const ALARM = 'kuaida.refresh-packs';
const REFRESH_MINUTES = 60;

const load = () => getSetting<Subscription[]>(getDatabase(), KEY, []);
const save = (subs: Subscription[]) => setSetting(getDatabase(), KEY, subs);

async function update(id: string, patch: Partial<Subscription>): Promise<Subscription | null> {
  const subs = await load();
  const i = subs.findIndex((s) => s.id === id);
  if (i < 0) return null;
  subs[i] = { ...subs[i]!, ...patch };
  await save(subs);
  return subs[i]!;
}

/** Parses, validates and (when the subscription has a key) verifies a downloaded pack. */
async function acceptPack(sub: Subscription, text: string): Promise<{ pack: PackContent } | { error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: '内容不是完整的 JSON（文件可能被截断）' };
  }
  const checked = validatePack(json);
  if (!checked.ok) {
    const first = checked.errors.slice(0, 3).map((e) => `${e.path}：${e.message}`).join('；');
    return { error: `话术包格式错误（${checked.errors.length} 处）：${first}` };
  }
  if (sub.publicKey) {
    const verdict = await verifyPack(checked.pack, sub.publicKey);
    if (!verdict.ok) return { error: `签名校验失败：${verdict.reason}` };
  }
  return { pack: checked.pack as unknown as PackContent };
}

/**
 * Downloads and applies one subscription. Whatever goes wrong (host down, slow, HTTP error,
 * invalid, truncated or oversized body, bad signature) the last good pack stays in place and
 * the status says why.
 */
export async function refreshSubscription(id: string, options: Omit<FetchPackOptions, 'etag'> = {}): Promise<Subscription | null> {
  const sub = (await load()).find((s) => s.id === id);
  if (!sub) return null;
  const attemptAt = Date.now();
  const outcome = await fetchPack(sub.url, { ...options, etag: sub.etag });
  if (outcome.kind === 'notModified') return update(id, { lastAttemptAt: attemptAt, lastSuccessAt: attemptAt, lastError: null });
  if (outcome.kind === 'error') return update(id, { lastAttemptAt: attemptAt, lastError: outcome.reason });
  const accepted = await acceptPack(sub, outcome.text);
  if ('error' in accepted) return update(id, { lastAttemptAt: attemptAt, lastError: accepted.error });
  const { pack } = accepted;
  const change = await applyPack(getDatabase(), id, pack);
  await applyLibraryChange(change);
  invalidateComplianceLists();
  return update(id, {
    etag: outcome.etag,
    packId: pack.id,
    packVersion: String(pack.version),
    packTitle: pack.title ?? null,
    lastAttemptAt: attemptAt,
    lastSuccessAt: attemptAt,
    lastError: null,
    counts: change.counts,
  });
}

export async function subscribe(url: string, publicKey: string | null, options: Omit<FetchPackOptions, 'etag'> = {}): Promise<Subscription> {
  const parsed = new URL(url); // throws on a bad URL: the options page shows the message
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('只支持 http(s) 地址');
  const subs = await load();
  const existing = subs.find((s) => s.url === parsed.href);
  if (existing) throw new Error('已经订阅了这个地址');
  const sub: Subscription = {
    id: `sub-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    url: parsed.href,
    publicKey: publicKey?.trim() || null,
    etag: null,
    packId: null,
    packVersion: null,
    packTitle: null,
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    counts: { replies: 0, sizeCharts: 0, rules: 0 },
  };
  await save([...subs, sub]);
  return (await refreshSubscription(sub.id, options)) ?? sub;
}

export async function unsubscribe(id: string): Promise<void> {
  await save((await load()).filter((s) => s.id !== id));
  const removed = await removePackContent(getDatabase(), id);
  invalidateComplianceLists();
  await applyLibraryChange({ upserted: [], removed });
}

export async function refreshAll(): Promise<void> {
  for (const s of await load()) await refreshSubscription(s.id);
}

export function setupSubscriptions(): void {
  onMessage('listSubscriptions', () => load());
  onMessage('subscribe', ({ data }) => subscribe(data.url, data.publicKey));
  onMessage('unsubscribe', ({ data }) => unsubscribe(data.id));
  onMessage('refreshSubscription', ({ data }) => refreshSubscription(data.id));
  void browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshAll();
  });
  // Access granted after the first attempt failed (a host without CORS): try that host again.
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    for (const s of await load()) {
      if (origins.some((o) => o.startsWith(new URL(s.url).origin))) void refreshSubscription(s.id);
    }
  });
}
