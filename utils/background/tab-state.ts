import type { ChatSnapshot, PanelState, Suggestion } from '../messaging/protocol';

export interface TabEntry {
  chat: ChatSnapshot | null;
  suggestions: Suggestion[];
  /** What the side panel lists for this tab (suggestions or a manual search), for Alt+N. */
  visible: Suggestion[];
  computedAt: number;
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

let persistTimer: ReturnType<typeof setTimeout> | undefined;
function persist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    void browser.storage.session.set({ [SESSION_KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
  }, 200);
}

export async function getTab(tabId: number): Promise<TabEntry | undefined> {
  await restore();
  return tabs.get(tabId);
}

export async function updateTab(tabId: number, patch: Partial<TabEntry>): Promise<TabEntry> {
  await restore();
  const entry = { chat: null, suggestions: [], visible: [], computedAt: 0, ...tabs.get(tabId), ...patch };
  tabs.set(tabId, entry);
  persist();
  return entry;
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
    computedAt: entry?.computedAt ?? 0,
  };
}
