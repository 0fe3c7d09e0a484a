import type { Page } from 'playwright-core';

export interface DemoState {
  inputEvents: number;
  draft: string;
  sent: string[];
}

type DemoApi = {
  buyerSays(text: string, opts?: { conversation?: string }): void;
  switchConversation(id: string): void;
  conversations(): string[];
  state: DemoState;
};

/** Calls the demo console's test API (tests/demo/consoles/*.js). */
export const demo = {
  buyerSays: (page: Page, text: string) =>
    page.evaluate((t) => (window as unknown as { kuaidaDemo: DemoApi }).kuaidaDemo.buyerSays(t), text),
  switchTo: (page: Page, id: string) =>
    page.evaluate((c) => (window as unknown as { kuaidaDemo: DemoApi }).kuaidaDemo.switchConversation(c), id),
  conversations: (page: Page) =>
    page.evaluate(() => (window as unknown as { kuaidaDemo: DemoApi }).kuaidaDemo.conversations()),
  state: (page: Page) =>
    page.evaluate(() => ({ ...(window as unknown as { kuaidaDemo: DemoApi }).kuaidaDemo.state })),
};

/** Waits until the side panel shows this buyer message as the latest one. */
export async function waitForLatest(panel: Page, text: string): Promise<void> {
  await panel.waitForFunction((t) => document.querySelector('.latest')?.getAttribute('data-latest') === t, text);
}

/** Titles and texts of the reply suggestions the panel lists, in order. */
export async function listedReplies(panel: Page): Promise<Array<{ title: string; text: string }>> {
  return panel.$$eval('#results [role=option]', (els) =>
    els.map((el) => ({
      title: el.querySelector('.title')?.textContent ?? '',
      text: el.querySelector('.preview')?.textContent ?? '',
    })),
  );
}
