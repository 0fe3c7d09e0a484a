import { useEffect, useState } from 'preact/hooks';
import { PANEL_PORT, type BackgroundToPanel, type PanelState, type PanelToBackground } from '@/utils/messaging/protocol';

const EMPTY: PanelState = { tabId: null, chat: null, suggestions: [], size: null, shopChoice: null, draft: null, mood: null, computedAt: 0 };

/**
 * Keeps a port open to the background and returns the pushed state of the console tab this
 * panel serves. Reconnects when Chrome restarts the service worker.
 */
export function usePanelState(onFocusSearch: () => void): PanelState {
  const [state, setState] = useState<PanelState>(EMPTY);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const pinned = Number(new URLSearchParams(location.search).get('tabId'));

    const connect = async () => {
      const [win, self] = await Promise.all([
        browser.windows.getCurrent().catch(() => undefined),
        browser.tabs.getCurrent().catch(() => undefined),
      ]);
      if (closed) return;
      port = browser.runtime.connect({ name: PANEL_PORT });
      port.onMessage.addListener((raw: unknown) => {
        const msg = raw as BackgroundToPanel;
        if (msg.type === 'state') {
          failures = 0;
          setState(msg.state);
          // Lets tests see that a (re)connected worker pushed its state.
          document.body.dataset.stateSeq = String(Number(document.body.dataset.stateSeq ?? 0) + 1);
        }
        else if (msg.type === 'focusSearch') onFocusSearch();
      });
      port.onDisconnect.addListener(() => {
        port = null;
        // Connecting wakes a stopped worker, so the first retry is immediate; back off only when
        // connections keep failing (an extension being reloaded).
        if (closed) return;
        const delay = failures === 0 ? 0 : Math.min(300, 25 * 2 ** failures);
        failures++;
        retry = setTimeout(() => void connect(), delay);
      });
      const watch: PanelToBackground = {
        type: 'watch',
        windowId: win?.id ?? null,
        pinnedTabId: Number.isInteger(pinned) && pinned > 0 ? pinned : null,
        selfTabId: self?.id ?? null,
      };
      port.postMessage(watch);
    };
    void connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);
  return state;
}
