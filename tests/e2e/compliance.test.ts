import { describe, expect, it } from 'vitest';
import { demo, waitForLatest } from './support/demo';
import { useDemoAndExtension } from './support/setup';

const env = useDemoAndExtension();

const markerDisplay = (page: import('playwright-core').Page) =>
  page.evaluate(() => (document.querySelector('kuaida-draft-marker') as HTMLElement | null)?.style.display ?? 'absent');

describe('compliance check of the draft', () => {
  it('shows findings for a risky draft in the panel and a marker by the input; a clean reply clears them', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');
    await chat.bringToFront();

    const editor = chat.locator('.EditorContent');
    await editor.click();
    await chat.keyboard.type('亲，这款是全网最低价，加我微信发你优惠券');
    const findings = panel.locator('.draft-findings');
    await expect.poll(() => findings.getAttribute('data-count')).not.toBe('0');
    const categories = await panel.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(categories).toEqual(expect.arrayContaining(['absolute', 'offplatform']));
    expect(await panel.locator('.finding .why').first().innerText()).not.toBe('');
    await expect.poll(() => markerDisplay(chat)).toBe('block');
    expect((await demo.state(chat)).sent).toHaveLength(0); // never blocks, never sends

    // The agent clears the draft and inserts a clean library reply instead.
    await editor.click();
    await chat.keyboard.press('Control+A');
    await chat.keyboard.press('Backspace');
    await expect.poll(() => findings.getAttribute('data-count')).toBe('0');
    await demo.buyerSays(chat, '可以开发票吗');
    await waitForLatest(panel, '可以开发票吗');
    await panel.locator('#results [role=option]').first().click();
    await expect.poll(async () => (await demo.state(chat)).draft).toContain('发票');
    await expect.poll(() => findings.getAttribute('data-count')).toBe('0');
    expect(await markerDisplay(chat)).not.toBe('block');
  });

  it('flags an angry buyer and puts de-escalation replies first', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/pdd.html'));
    const panel = await env.ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');
    await demo.buyerSays(chat, '东西坏了还不给退，再不处理我就打12315投诉你们！！');
    await waitForLatest(panel, '东西坏了还不给退，再不处理我就打12315投诉你们！！');
    expect(await panel.locator('.mood').getAttribute('data-mood')).toBe('angry');
    expect(await panel.locator('#results [role=option] .group').first().innerText()).toBe('投诉安抚');
  });
});
