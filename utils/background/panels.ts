import type { Runtime } from 'webextension-polyfill';
import { PANEL_PORT, type BackgroundToPanel, type PanelToBackground } from '../messaging/protocol';
import { getLibraryIndex } from './library-service';
import { forgetTab, getTab, mostRecentTab, panelStateOf } from './tab-state';

interface Panel {
  port: Runtime.Port;
  windowId: number | null;
  /** Tab the panel was pinned to with ?tabId= (tests, or a panel opened for one console). */
  pinnedTabId: number | null;
  /** The panel's own tab when it is open as a page rather than in the side panel. */
  selfTabId: number | null;
}

const panels = new Set<Panel>();
const panelTabs = new Set<number>();
/** Last activated tab per window, ignoring tabs that show the panel page itself. */
const lastActiveByWindow = new Map<number, number>();
let lastActiveAnywhere: number | null = null;
let lastReportingTab: number | null = null;

function noteActive(tabId: number, windowId: number): void {
  if (panelTabs.has(tabId)) return;
  lastActiveByWindow.set(windowId, tabId);
  lastActiveAnywhere = tabId;
}

function forgetPanelTabAsTarget(tabId: number): void {
  panelTabs.add(tabId);
  for (const [w, t] of lastActiveByWindow) if (t === tabId) lastActiveByWindow.delete(w);
  if (lastActiveAnywhere === tabId) lastActiveAnywhere = null;
}

/** The console tab a panel serves: pinned, else the window's active tab, else the last one seen. */
export function targetTabOf(panel: Pick<Panel, 'windowId' | 'pinnedTabId'>): number | null {
  if (panel.pinnedTabId !== null) return panel.pinnedTabId;
  if (panel.windowId !== null) {
    const t = lastActiveByWindow.get(panel.windowId);
    if (t !== undefined) return t;
  }
  return lastActiveAnywhere ?? lastReportingTab;
}

async function send(panel: Panel, message: BackgroundToPanel): Promise<void> {
  try {
    panel.port.postMessage(message);
  } catch {
    panels.delete(panel);
  }
}

async function pushState(panel: Panel): Promise<void> {
  const tabId = targetTabOf(panel) ?? (await mostRecentTab());
  const entry = tabId === null ? undefined : await getTab(tabId);
  await send(panel, { type: 'state', state: panelStateOf(tabId, entry) });
}

/** Pushes the tab's state to every panel that serves it. */
export async function notifyPanels(tabId: number): Promise<void> {
  await Promise.all([...panels].filter((p) => (targetTabOf(p) ?? tabId) === tabId).map(pushState));
}

/** A content script reported from this tab: it is a console, and may be the one to serve. */
export function noteReportingTab(tabId: number, windowId: number, active: boolean): void {
  lastReportingTab = tabId;
  if (active || !lastActiveByWindow.has(windowId)) noteActive(tabId, windowId);
}

let focusSearchOnConnect = false;

/** Focuses the search box of the window's panel, or of the next panel to open. */
export function focusPanelSearch(windowId: number | null): boolean {
  const targets = [...panels].filter((p) => windowId === null || p.windowId === windowId);
  targets.forEach((p) => void send(p, { type: 'focusSearch' }));
  focusSearchOnConnect = targets.length === 0;
  return targets.length > 0;
}

export function setupPanels(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    const panel: Panel = { port, windowId: null, pinnedTabId: null, selfTabId: null };
    port.onMessage.addListener((raw) => {
      const msg = raw as PanelToBackground;
      if (msg.type !== 'watch') return;
      // An open panel means buyer messages are coming: build the index now (after a worker
      // restart too), not when the first message arrives.
      void getLibraryIndex().catch(() => undefined);
      panel.windowId = msg.windowId;
      panel.pinnedTabId = msg.pinnedTabId;
      panel.selfTabId = msg.selfTabId;
      if (msg.selfTabId !== null) forgetPanelTabAsTarget(msg.selfTabId);
      panels.add(panel);
      void pushState(panel);
      if (focusSearchOnConnect) {
        focusSearchOnConnect = false;
        void send(panel, { type: 'focusSearch' });
      }
    });
    port.onDisconnect.addListener(() => {
      panels.delete(panel);
      if (panel.selfTabId !== null) panelTabs.delete(panel.selfTabId);
    });
  });

  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    noteActive(tabId, windowId);
    [...panels].filter((p) => p.windowId === windowId || p.windowId === null).forEach((p) => void pushState(p));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    for (const [w, t] of lastActiveByWindow) if (t === tabId) lastActiveByWindow.delete(w);
    if (lastActiveAnywhere === tabId) lastActiveAnywhere = null;
    if (lastReportingTab === tabId) lastReportingTab = null;
  });
  // Learn the active tab of each window after a worker restart.
  void browser.tabs.query({ active: true }).then((active) => {
    for (const t of active) if (t.id !== undefined && !lastActiveByWindow.has(t.windowId!)) noteActive(t.id, t.windowId!);
  });
}
