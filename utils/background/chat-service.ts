import { getDatabase } from '../db/database';
import { allLearnedExamples } from '../db/tables/learned-examples';
import { fillVariables } from '../library/variables';
import { onMessage, sendMessage, type ChatSnapshot, type InsertResult, type Suggestion } from '../messaging/protocol';
import { findLibraryEntry, forgetLearnedExample, getLibraryIndex, learnFromUse } from './library-service';
import { noteReportingTab, notifyPanels } from './panels';
import { profileForUrl } from './profile-service';
import { getTab, updateTab } from './tab-state';

const SUGGESTION_LIMIT = 9;

async function suggestionsFor(text: string, chat: ChatSnapshot | null): Promise<Suggestion[]> {
  const index = await getLibraryIndex();
  return index
    .suggest(text, { limit: SUGGESTION_LIMIT, shop: chat?.shop, platform: chat?.platform })
    .map((s) => (s.kind === 'reply' ? { ...s, text: fillVariables(s.text, { buyerNick: chat?.buyerNick }) } : s));
}

function isNewBuyerMessage(prev: ChatSnapshot | null | undefined, next: ChatSnapshot): boolean {
  return (
    !prev ||
    prev.conversationId !== next.conversationId ||
    prev.latestBuyer?.key !== next.latestBuyer?.key ||
    prev.latestBuyer?.text !== next.latestBuyer?.text
  );
}

/** Inserts a library reply into a console tab. Rules are for reading, never pasted blindly. */
async function insertEntry(tabId: number, id: string): Promise<InsertResult> {
  const entry = await findLibraryEntry(id);
  if (!entry) return { ok: false, error: `话术不存在: ${id}` };
  if (!('text' in entry)) return { ok: false, error: '平台规则仅供阅读，不能直接插入' };
  const chat = (await getTab(tabId))?.chat ?? null;
  const text = fillVariables(entry.text, { buyerNick: chat?.buyerNick });
  let result: InsertResult;
  try {
    result = await sendMessage('insertText', { text }, tabId);
  } catch {
    result = { ok: false, error: '聊天页面未响应：请刷新聊天页面后重试' };
  }
  if (result.ok) await learnFromUse(id, chat?.latestBuyer?.text ?? null, chat?.shop ?? null);
  return result;
}

export function setupChatService(): void {
  onMessage('getProfile', ({ data }) => profileForUrl(data.url));

  onMessage('reportChat', async ({ data, sender }) => {
    const tab = sender.tab;
    if (tab?.id === undefined) return;
    noteReportingTab(tab.id, tab.windowId ?? -1, Boolean(tab.active));
    const prev = await getTab(tab.id);
    if (isNewBuyerMessage(prev?.chat, data)) {
      const suggestions = data.latestBuyer ? await suggestionsFor(data.latestBuyer.text, data) : [];
      await updateTab(tab.id, { chat: data, suggestions, visible: suggestions, computedAt: Date.now(), reportedAt: Date.now() });
    } else {
      await updateTab(tab.id, { chat: data, reportedAt: Date.now() });
    }
    await notifyPanels(tab.id);
  });

  onMessage('pickSuggestion', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'no tab' };
    const replies = ((await getTab(tabId))?.visible ?? []).filter((s) => s.kind === 'reply');
    const chosen = replies[data.n - 1];
    if (!chosen) return { ok: false, error: `没有第 ${data.n} 条建议` };
    return insertEntry(tabId, chosen.id);
  });

  onMessage('insertSuggestion', ({ data }) => insertEntry(data.tabId, data.id));

  onMessage('setVisibleList', async ({ data }) => {
    await updateTab(data.tabId, { visible: data.suggestions });
  });

  onMessage('searchLibrary', async ({ data }) => (await getLibraryIndex()).search(data.query, { limit: data.limit }));

  onMessage('suggestFor', ({ data }) => suggestionsFor(data.text, null));

  onMessage('recordUse', ({ data }) => learnFromUse(data.id, data.question ?? null, null));

  onMessage('listLearnedExamples', async () => {
    const db = getDatabase();
    const rows = await allLearnedExamples(db);
    const replies = await db.replies.bulkGet([...new Set(rows.map((r) => r.replyId))]);
    const titles = new Map(replies.filter((r) => r !== undefined).map((r) => [r.id, r.title]));
    return rows.map((r) => ({ ...r, replyTitle: titles.get(r.replyId) ?? r.replyId }));
  });

  onMessage('forgetLearnedExample', ({ data }) => forgetLearnedExample(data.id));
}
