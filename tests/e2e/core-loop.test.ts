import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demo, listedReplies, waitForLatest } from './support/demo';
import { useDemoAndExtension } from './support/setup';

const env = useDemoAndExtension();

async function openConsole(name: 'jd' | 'pdd'): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(`/kuaida-demo/${name}.html`));
  await page.waitForFunction(() => 'kuaidaDemo' in window);
  return page;
}

describe('JD 咚咚 (contenteditable editor)', () => {
  let chat: Page;
  let panel: Page;
  beforeEach(async () => {
    await env.ext.context.pages().reduce((p, page) => p.then(() => page.close()), Promise.resolve());
    chat = await openConsole('jd');
    panel = await env.ext.openPanel();
  });

  it('suggests replies for a new buyer message and inserts the chosen one without sending', async () => {
    await expect.poll(() => panel.locator('.chat-header').getAttribute('data-platform')).toBe('jd');
    await demo.buyerSays(chat, '可以开发票吗');
    await waitForLatest(panel, '可以开发票吗');
    const replies = await listedReplies(panel);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.title).toMatch(/发票/);

    const before = await demo.state(chat);
    await panel.locator('#results [role=option]').first().click();
    await expect.poll(async () => (await demo.state(chat)).draft).toContain(replies[0]!.text.slice(0, 10));
    const after = await demo.state(chat);
    expect(after.inputEvents).toBeGreaterThan(before.inputEvents); // the page's own listener saw it
    expect(after.sent).toEqual(before.sent); // never sent
    expect(await chat.locator('.EditorContent').innerText()).toContain(replies[0]!.text);
    await expect.poll(() => panel.locator('.toast').innerText()).toMatch(/已插入/);
  });

  it('keeps what the agent already typed', async () => {
    const editor = chat.locator('.EditorContent');
    await editor.click();
    await chat.keyboard.type('您好 ');
    await demo.buyerSays(chat, '什么时候发货');
    await waitForLatest(panel, '什么时候发货');
    const [first] = await listedReplies(panel);
    await panel.locator('#results [role=option]').first().click();
    await expect.poll(() => editor.innerText()).toContain(first!.text);
    expect((await editor.innerText()).startsWith('您好')).toBe(true);
  });

  it('arrow keys + Enter and Alt+N choose in the panel; Alt+N works in the chat page too', async () => {
    await demo.buyerSays(chat, '退货运费谁出');
    await waitForLatest(panel, '退货运费谁出');
    const replies = await listedReplies(panel);
    expect(replies.length).toBeGreaterThanOrEqual(3);
    const editor = chat.locator('.EditorContent');

    await panel.locator('#results').focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await expect.poll(() => editor.innerText()).toContain(replies[1]!.text);

    await panel.keyboard.press('Alt+3');
    await expect.poll(() => editor.innerText()).toContain(replies[2]!.text);

    await chat.bringToFront();
    await editor.click();
    await chat.keyboard.press('Alt+1');
    await expect.poll(() => editor.innerText()).toContain(replies[0]!.text);
    expect((await demo.state(chat)).sent).toHaveLength(0);
  });

  it('Alt+1 pressed the moment a new message\'s suggestions appear inserts the new first one', async () => {
    await demo.buyerSays(chat, '可以开发票吗');
    await waitForLatest(panel, '可以开发票吗');
    const [before] = await listedReplies(panel);
    // The agent's Alt+1 lands in the same instant the list changes (a MutationObserver fires it),
    // before the browser paints: the handler must already know the new list.
    await panel.evaluate((oldTitle) => {
      const list = document.querySelector('#results')!;
      const observer = new MutationObserver(() => {
        const title = list.querySelector('[role=option] .title')?.textContent;
        if (!title || title === oldTitle) return;
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', code: 'Digit1', altKey: true, bubbles: true }));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    }, before!.title);
    await demo.buyerSays(chat, '退货运费谁出');
    await waitForLatest(panel, '退货运费谁出');
    const [now] = await listedReplies(panel);
    expect(now!.title).not.toBe(before!.title);
    await expect.poll(() => chat.locator('.EditorContent').innerText()).toContain(now!.text);
    expect(await chat.locator('.EditorContent').innerText()).not.toContain(before!.text);
  });

  it('follows a conversation switch', async () => {
    const [, other] = await demo.conversations(chat);
    await demo.buyerSays(chat, '在吗');
    await waitForLatest(panel, '在吗');
    const nickBefore = await panel.locator('.buyer').getAttribute('data-buyer');
    await demo.switchTo(chat, other!);
    await expect.poll(() => panel.locator('.buyer').getAttribute('data-buyer')).not.toBe(nickBefore);
    const latest = await panel.locator('.latest').getAttribute('data-latest');
    const expected = await chat.$$eval('#t-chat-scroll .message .message_left .message__content', (els) => els.at(-1)?.textContent?.trim());
    expect(latest).toBe(expected);
  });

  it('search box finds replies by shortcut code and Enter inserts the first', async () => {
    await panel.locator('#search').fill('fp');
    await expect.poll(() => panel.locator('#results [role=option] .title').first().innerText()).toMatch(/发票/);
    const text = await panel.locator('#results [role=option] .preview').first().innerText();
    await panel.locator('#search').press('Enter');
    await expect.poll(() => chat.locator('.EditorContent').innerText()).toContain(text);
  });

  it('shows the not-recognised state on other pages', async () => {
    const other = await env.ext.context.newPage();
    await other.goto(env.server.url('/kuaida-demo/'));
    await other.bringToFront();
    await expect.poll(() => panel.locator('.chat-header').getAttribute('data-state')).toBe('unknown');
    expect(await panel.locator('.chat-header').innerText()).toContain('未识别聊天窗口');
    await chat.bringToFront();
    await expect.poll(() => panel.locator('.chat-header').getAttribute('data-state')).toBe('recognised');
  });

  it('clipboard mode copies the chosen reply for desktop clients', async () => {
    // Extension origins cannot be granted clipboard-read; read the clipboard back from the console page.
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await panel.bringToFront();
    await panel.locator('.mode-toggle input').check();
    await panel.locator('#clipboard-question').fill('发票怎么开');
    await expect.poll(() => panel.locator('#results [role=option]').count()).toBeGreaterThan(0);
    const text = await panel.locator('#results [role=option] .preview').first().innerText();
    const draftBefore = (await demo.state(chat)).draft;
    await panel.locator('#results [role=option]').first().click();
    await expect.poll(() => panel.locator('.toast').innerText()).toMatch(/已复制/);
    await chat.bringToFront();
    expect(await chat.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect((await demo.state(chat)).draft).toBe(draftBefore); // nothing inserted
  });
});

describe('Pinduoduo (Vue-controlled textarea)', () => {
  it('inserts through the native setter so v-model keeps the text across re-renders', async () => {
    await env.ext.context.pages().reduce((p, page) => p.then(() => page.close()), Promise.resolve());
    const chat = await openConsole('pdd');
    const panel = await env.ext.openPanel();
    await expect.poll(() => panel.locator('.chat-header').getAttribute('data-platform')).toBe('pdd');
    await demo.buyerSays(chat, '快递到哪了');
    await waitForLatest(panel, '快递到哪了');
    const [first] = await listedReplies(panel);
    await panel.locator('#results [role=option]').first().click();
    const textarea = chat.locator('textarea#replyTextarea');
    await expect.poll(() => textarea.inputValue()).toContain(first!.text);
    const state = await demo.state(chat);
    expect(state.draft).toBe(await textarea.inputValue());
    expect(state.inputEvents).toBeGreaterThan(0);
    // The next message re-renders the page; a value set behind Vue's back would vanish here.
    await demo.buyerSays(chat, '还有多久');
    await waitForLatest(panel, '还有多久');
    expect(await textarea.inputValue()).toContain(first!.text);
    expect((await demo.state(chat)).sent).toHaveLength(0);
  });
});
