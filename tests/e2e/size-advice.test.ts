import { describe, expect, it } from 'vitest';
import { demo, waitForLatest } from './support/demo';
import { useDemoAndExtension } from './support/setup';

const env = useDemoAndExtension();

describe('size advisor on the demo console', () => {
  it('puts size advice from the product\'s chart first, with the matching row marked, and inserts it', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');

    await chat.evaluate(() => (window as unknown as { kuaidaDemo: { showProduct(t: string): void } }).kuaidaDemo.showProduct('夏季纯棉T恤 女 宽松短袖上衣'));
    await demo.buyerSays(chat, '一米六五 一百一十斤 穿什么码');
    await waitForLatest(panel, '一米六五 一百一十斤 穿什么码');

    const first = panel.locator('#results [role=option]').first();
    await expect.poll(() => first.getAttribute('class')).toContain('kind-size');
    const advice = await first.locator('.preview').innerText();
    expect(advice).toMatch(/身高165cm/);
    expect(advice).toMatch(/55kg/);
    expect(await panel.locator('.size-card select').inputValue()).toBe('chart-women-top');
    expect(await panel.locator('.size-card .why').innerText()).toContain('T恤');
    expect(await panel.locator('.size-table tr.match').count()).toBeGreaterThan(0);

    await first.click();
    await expect.poll(async () => (await demo.state(chat)).draft).toContain(advice.slice(0, 12));
    expect((await demo.state(chat)).sent).toHaveLength(0);
  });

  it('asks for the missing number instead of guessing, and lets the agent switch charts', async () => {
    const chat = await env.ext.context.newPage();
    await chat.goto(env.server.url('/kuaida-demo/jd.html'));
    const panel = await env.ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');
    await chat.evaluate(() => (window as unknown as { kuaidaDemo: { showProduct(t: string): void } }).kuaidaDemo.showProduct('高腰牛仔裤 直筒'));
    await demo.buyerSays(chat, '165穿什么码');
    await waitForLatest(panel, '165穿什么码');
    await expect.poll(() => panel.locator('.size-card select').inputValue()).toBe('chart-pants');
    expect(await panel.locator('#results [role=option]').first().locator('.preview').innerText()).toMatch(/腰围|体重/);

    await panel.locator('.size-card select').selectOption('chart-kids');
    await expect.poll(() => panel.locator('.size-card .why').innerText()).toContain('客服选择');
  });
});
