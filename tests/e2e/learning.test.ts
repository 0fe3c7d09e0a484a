import { describe, expect, it } from 'vitest';
import { demo, listedReplies, waitForLatest } from './support/demo';
import { useDemoAndExtension } from './support/setup';

const env = useDemoAndExtension();

describe('learning from use', () => {
  it('remembers the buyer message a reply was chosen for and suggests it first next time', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');

    const odd = '报销用的那个单子能给我弄一张吗';
    await demo.buyerSays(chat, odd);
    await waitForLatest(panel, odd);
    const before = await listedReplies(panel);
    expect(before[0]?.title ?? '').not.toBe('开发票');

    // The agent finds the right reply with the search box and inserts it.
    await panel.locator('#search').fill('开发票');
    await panel.locator('#results [role=option]', { hasText: '开发票' }).first().click();
    await expect.poll(async () => (await demo.state(chat)).draft).toContain('发票');
    await panel.locator('#search').fill('');

    const similar = '报销用的单子能弄一张不';
    await demo.buyerSays(chat, similar);
    await waitForLatest(panel, similar);
    expect((await listedReplies(panel))[0]?.title).toBe('开发票');

    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await expect.poll(() => options.locator('table.learned tbody tr').count()).toBe(1);
    expect(await options.locator('table.learned').innerText()).toContain(odd);

    // Forgetting it takes the learned phrasing back out of the ranking.
    await options.locator('table.learned button', { hasText: '删除' }).click();
    await expect.poll(() => options.locator('table.learned tbody tr').count()).toBe(0);
    await chat.bringToFront();
    await demo.buyerSays(chat, '报销用的单子能帮弄一张不');
    await waitForLatest(panel, '报销用的单子能帮弄一张不');
    expect((await listedReplies(panel))[0]?.title).not.toBe('开发票');
  });
});
