import { getDatabase } from '../db/database';
import { allLearnedExamples } from '../db/tables/learned-examples';
import { fillVariables } from '../library/variables';
import { onMessage, sendMessage, type ChatSnapshot, type InsertResult } from '../messaging/protocol';
import { findLibraryEntry, forgetLearnedExample, getLibraryIndex, learnFromUse } from './library-service';
import { noteReportingTab, notifyPanels } from './panels';
import { profileForUrl } from './profile-service';
import { buildSuggestions, SIZE_ADVICE_ID } from './suggestion-builder';
import { getTab, updateTab } from './tab-state';

function isNewBuyerMessage(prev: ChatSnapshot | null | undefined, next: ChatSnapshot): boolean {
  return (
    !prev ||
    prev.conversationId !== next.conversationId ||
    prev.productTitle !== next.productTitle ||
    prev.latestBuyer?.key !== next.latestBuyer?.key ||
    prev.latestBuyer?.text !== next.latestBuyer?.text
  );
}

/** Recomputes a tab's suggestions from its chat and the agent's choices, and pushes them to its panels. */
async function recompute(tabId: number): Promise<void> {
  const tab = await getTab(tabId);
  const chat = tab?.chat ?? null;
  const text = chat?.latestBuyer?.text;
  const built = text
    ? await buildSuggestions(text, chat, { shop: tab?.shopChoice ?? null, chartId: tab?.chartChoice ?? null })
    : { suggestions: [], size: null, mood: null };
  await updateTab(tabId, { ...built, visible: built.suggestions, computedAt: Date.now() });
  await notifyPanels(tabId);
}

/** Puts text into a console tab's input box through its content script (never sends). */
async function insertIntoTab(tabId: number, text: string): Promise<InsertResult> {
  try {
    return await sendMessage('insertText', { text }, tabId);
  } catch {
    return { ok: false, error: '聊天页面未响应：请刷新聊天页面后重试' };
  }
}

/** Inserts a library reply or the size advice. Rules are for reading, never pasted blindly. */
async function insertEntry(tabId: number, id: string): Promise<InsertResult> {
  const tab = await getTab(tabId);
  const chat = tab?.chat ?? null;
  if (id === SIZE_ADVICE_ID) {
    const advice = tab?.suggestions.find((s) => s.id === SIZE_ADVICE_ID);
    return advice ? insertIntoTab(tabId, advice.text) : { ok: false, error: '尺码建议已过期，请重新选择' };
  }
  const entry = await findLibraryEntry(id);
  if (!entry) return { ok: false, error: `话术不存在: ${id}` };
  if (!('text' in entry)) return { ok: false, error: '平台规则仅供阅读，不能直接插入' };
  const shop = tab?.shopChoice ?? chat?.shop ?? null;
  const result = await insertIntoTab(tabId, fillVariables(entry.text, { buyerNick: chat?.buyerNick, shopName: shop }));
  if (result.ok) await learnFromUse(id, chat?.latestBuyer?.text ?? null, shop);
  return result;
}

export function setupChatService(): void {
  onMessage('getProfile', ({ data }) => profileForUrl(data.url));

  onMessage('reportChat', async ({ data, sender }) => {
    const tab = sender.tab;
    if (tab?.id === undefined) return;
    noteReportingTab(tab.id, tab.windowId ?? -1, Boolean(tab.active));
    const prev = await getTab(tab.id);
    // Another conversation is another product: forget the chart the agent picked for the last one.
    const switched = prev?.chat?.conversationId !== data.conversationId;
    await updateTab(tab.id, { chat: data, reportedAt: Date.now(), ...(switched ? { chartChoice: null } : {}) });
    if (isNewBuyerMessage(prev?.chat, data)) await recompute(tab.id);
    else await notifyPanels(tab.id);
  });

  onMessage('setChoices', async ({ data }) => {
    const patch: { shopChoice?: string | null; chartChoice?: string | null } = {};
    if (data.shop !== undefined) patch.shopChoice = data.shop;
    if (data.chartId !== undefined) patch.chartChoice = data.chartId;
    await updateTab(data.tabId, patch);
    await recompute(data.tabId);
  });

  onMessage('pickSuggestion', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'no tab' };
    const insertable = ((await getTab(tabId))?.visible ?? []).filter((s) => s.kind !== 'rule');
    const chosen = insertable[data.n - 1];
    if (!chosen) return { ok: false, error: `没有第 ${data.n} 条建议` };
    return insertEntry(tabId, chosen.id);
  });

  onMessage('insertSuggestion', ({ data }) => insertEntry(data.tabId, data.id));

  onMessage('setVisibleList', async ({ data }) => {
    await updateTab(data.tabId, { visible: data.suggestions });
  });

  onMessage('searchLibrary', async ({ data }) => (await getLibraryIndex()).search(data.query, { limit: data.limit, kinds: data.kinds }));

  onMessage('suggestFor', ({ data }) => buildSuggestions(data.text, null, { shop: data.shop ?? null, chartId: data.chartId ?? null }));

  onMessage('listShops', () => getDatabase().shops.toArray());

  onMessage('recordUse', ({ data }) => (data.id === SIZE_ADVICE_ID ? undefined : learnFromUse(data.id, data.question ?? null, null)));

  onMessage('listLearnedExamples', async () => {
    const db = getDatabase();
    const rows = await allLearnedExamples(db);
    const replies = await db.replies.bulkGet([...new Set(rows.map((r) => r.replyId))]);
    const titles = new Map(replies.filter((r) => r !== undefined).map((r) => [r.id, r.title]));
    return rows.map((r) => ({ ...r, replyTitle: titles.get(r.replyId) ?? r.replyId }));
  });

  onMessage('forgetLearnedExample', ({ data }) => forgetLearnedExample(data.id));
}
