import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demo, listedReplies, waitForLatest } from './support/demo';
import { useDemoAndExtension } from './support/setup';

/** The pack the "team lead" publishes; the test changes it between refreshes. */
let published = { version: '1', text: '团队话术 v1：本店顺丰包邮，下单后当天发出' };

const packJson = () =>
  JSON.stringify({
    format: 'kuaida-pack',
    formatVersion: 1,
    id: 'e2e-team',
    version: published.version,
    publishedAt: '2026-11-22T09:30:00+08:00',
    title: 'E2E 团队话术',
    shops: [],
    replies: [{ id: 't-sf', group: '物流', title: '顺丰包邮说明', text: published.text, keywords: ['顺丰', '顺丰包邮'], shortcut: 'sfby', shops: [], platforms: [] }],
    sizeCharts: [],
    rules: [],
    forbiddenWords: [],
    profiles: [],
  });

const env = useDemoAndExtension({
  extraRoutes: {
    '/team/pack.json': (req, res) => {
      const etag = `"v${published.version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Access-Control-Allow-Origin': '*' }).end(packJson());
    },
  },
});

async function askInConsole(chat: Page, panel: Page, question: string): Promise<string[]> {
  await chat.bringToFront();
  await demo.buyerSays(chat, question);
  await waitForLatest(panel, question);
  return (await listedReplies(panel)).map((r) => r.text);
}

describe('team pack subscription', () => {
  it('subscribes, suggests the team replies on the console, and picks up a new version on refresh', async () => {
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.locator('#sub-url').fill(env.server.url('/team/pack.json'));
    await options.locator('.sub-form button[type=submit]').click();
    const status = options.locator('.sub .sub-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('ok');
    expect(await options.locator('.sub').innerText()).toContain('版本 1');

    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    expect(await askInConsole(chat, panel, '发顺丰吗 包邮不')).toContain(published.text);

    published = { version: '2', text: '团队话术 v2：顺丰包邮，偏远地区除外' };
    await options.bringToFront();
    await options.locator('.sub-actions button', { hasText: '立即更新' }).click();
    await expect.poll(() => options.locator('.sub').innerText()).toContain('版本 2');
    const after = await askInConsole(chat, panel, '顺丰能包邮吗');
    expect(after).toContain(published.text);
    expect(after.join('\n')).not.toContain('团队话术 v1');
  });
});
