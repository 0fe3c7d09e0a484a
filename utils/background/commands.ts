import { focusPanelSearch } from './panels';

/** Toolbar button and Alt+K open the side panel; Alt+Shift+K focuses its search box. */
export function setupCommands(): void {
  // Firefox has a sidebar instead, opened from its own toolbar button.
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'focus-search') return;
    const windowId = tab?.windowId ?? null;
    if (!focusPanelSearch(windowId) && sidePanel && windowId !== null) {
      void sidePanel.open({ windowId }).catch(() => undefined);
    }
  });
}
