import type { ChatSnapshot, DraftCheck, PanelState, SizeView, Suggestion } from '../messaging/protocol';
import type { Mood } from '../mood/detect';

export interface TabEntry {
  chat: ChatSnapshot | null;
  suggestions: Suggestion[];
  /** What the side panel lists for this tab (suggestions or a manual search), for Alt+N. */
  visible: Suggestion[];
  computedAt: number;
  /** When the tab last reported (epoch ms). */
  reportedAt: number;
  size: SizeView | null;
  /** The agent's picks in the panel for this tab. */
  shopChoice: string | null;
  chartChoice: string | null;
  draft: DraftCheck | null;
  mood: Mood | null;
}

const SESSION_KEY = 'kuaida.tabs';
const tabs = new Map<number, TabEntry>();
let restored: Promise<void> | null = null;

/**
 * Per-tab chat state. Kept in storage.session as well (memory only, never synced), because
 * Chrome stops idle service workers and the panel must not go blank when it comes back.
 */
function restore(): Promise<void> {
  restored ??= browser.storage.session
    .get(SESSION_KEY)
    .then((got) => {
      const saved = (got[SESSION_KEY] ?? {}) as Record<string, TabEntry>;
      for (const [id, entry] of Object.entries(saved)) if (!tabs.has(Number(id))) tabs.set(Number(id), entry);
    })
    .catch(() => undefined);
  return restored;
}

/** Written at once (session storage lives in memory): Chrome may stop the worker any moment. */
function persist(): void {
  void browser.storage.session.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
}

export async function getTab(tabId: number): Promise<TabEntry | undefined> {
  await restore();
  return tabs.get(tabId);
}

export async function updateTab(tabId: number, patch: Partial<TabEntry>): Promise<TabEntry> {
  await restore();
  const blank: TabEntry = { chat: null, suggestions: [], visible: [], computedAt: 0, reportedAt: 0, size: null, shopChoice: null, chartChoice: null, draft: null, mood: null };
  const entry = { ...blank, ...tabs.get(tabId), ...patch };
  tabs.set(tabId, entry);
  persist();
  return entry;
}

/** The console tab that reported last: the panel's target when nothing better is known (after a worker restart). */
export async function mostRecentTab(): Promise<number | null> {
  await restore();
  let best: number | null = null;
  let at = -1;
  for (const [id, e] of tabs) if (e.chat && e.reportedAt > at) [best, at] = [id, e.reportedAt];
  return best;
}

export async function forgetTab(tabId: number): Promise<void> {
  await restore();
  if (tabs.delete(tabId)) persist();
}

export function panelStateOf(tabId: number | null, entry: TabEntry | undefined): PanelState {
  return {
    tabId,
    chat: entry?.chat ?? null,
    suggestions: entry?.suggestions ?? [],
    size: entry?.size ?? null,
    draft: entry?.draft ?? null,
    mood: entry?.mood ?? null,
    shopChoice: entry?.shopChoice ?? null,
    computedAt: entry?.computedAt ?? 0,
  };
}
