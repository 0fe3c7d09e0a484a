import { describe, expect, it } from 'vitest';
import { demo, listedReplies, waitForLatest } from './support/demo';
import { stopServiceWorker } from './support/extension';
import { useDemoAndExtension } from './support/setup';

const env = useDemoAndExtension();

describe('service worker restart', () => {
  it('keeps the panel state and suggests again after Chrome stops the worker', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    await demo.buyerSays(chat, '可以开发票吗');
    await waitForLatest(panel, '可以开发票吗');

    const seq = Number(await panel.evaluate(() => document.body.dataset.stateSeq));
    await stopServiceWorker(env.ext, panel);
    // The panel reconnects to the new worker, which restores the tab's state from storage.session.
    await panel.waitForFunction((s) => Number(document.body.dataset.stateSeq) > s, seq);
    expect(await panel.locator('.chat-header').getAttribute('data-state')).toBe('recognised');
    expect(await panel.locator('.latest').getAttribute('data-latest')).toBe('可以开发票吗');

    // A new buyer message wakes the worker, which rebuilds its index from IndexedDB.
    await demo.buyerSays(chat, '什么时候发货');
    await waitForLatest(panel, '什么时候发货');
    expect((await listedReplies(panel)).length).toBeGreaterThan(0);
    await panel.locator('#results [role=option]').first().click();
    await expect.poll(async () => (await demo.state(chat)).draft.length).toBeGreaterThan(0);
  });
});
