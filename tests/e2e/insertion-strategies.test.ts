import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForPage } from './support/bundle';
import { CHROMIUM } from './support/extension';

// Each insertion strategy, in real Chromium, against the kind of editor it exists for.
const PAGE = `<!doctype html><meta charset="utf-8">
<div id="editable" contenteditable="true"><br></div>
<div id="paste-editor" contenteditable="true"></div>
<textarea id="controlled"></textarea>
<button id="elsewhere">other</button>
<script>
  window.events = [];
  for (const id of ['editable', 'paste-editor', 'controlled']) {
    document.getElementById(id).addEventListener('input', (e) => events.push(id + ':' + (e.inputType || 'input')));
  }
  // A React-style value tracker on the instance: a framework that only sees assignments through it.
  const ta = document.getElementById('controlled');
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  window.trackerWrites = 0;
  Object.defineProperty(ta, 'value', {
    configurable: true,
    get() { return proto.get.call(this); },
    set(v) { window.trackerWrites++; proto.set.call(this, v); },
  });
  window.frameworkState = '';
  ta.addEventListener('input', () => { window.frameworkState = proto.get.call(ta); });
  // An editor that takes pasted text itself (as Draft.js does) and ignores the default action.
  const pe = document.getElementById('paste-editor');
  pe.addEventListener('paste', (e) => {
    e.preventDefault();
    pe.textContent += e.clipboardData.getData('text/plain');
  });
</script>`;

type Api = typeof import('@/utils/insert/strategies') & typeof import('@/utils/insert/insert');
declare const KuaidaInsert: Api;

let browser: Browser;
let page: Page;
let script: string;

beforeAll(async () => {
  script = await bundleForPage('tests/e2e/support/insert-entry.ts', 'KuaidaInsert');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => browser?.close());
beforeEach(async () => {
  page = await browser.newPage();
  await page.setContent(PAGE);
  await page.addScriptTag({ content: script });
});

describe('execCommand insertText (contenteditable editors)', () => {
  it('appends when the caret is elsewhere, and the editor fires its own input event', async () => {
    await page.locator('#editable').click();
    await page.keyboard.type('您好');
    await page.locator('#elsewhere').focus();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    const ok = await page.evaluate(() => KuaidaInsert.insertWithExecCommand(document.getElementById('editable')!, '亲，今天发货'));
    expect(ok).toBe(true);
    expect(await page.locator('#editable').innerText()).toBe('您好亲，今天发货');
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toContain('editable:insertText');
  });

  it('inserts at the caret the agent left inside the editor', async () => {
    await page.locator('#editable').click();
    await page.keyboard.type('AB');
    await page.keyboard.press('ArrowLeft');
    await page.evaluate(() => KuaidaInsert.insertWithExecCommand(document.getElementById('editable')!, 'X'));
    expect(await page.locator('#editable').innerText()).toBe('AXB');
  });
});

describe('native value setter + input event (framework-controlled textareas)', () => {
  it('bypasses the framework tracker and lets its input listener see the new value', async () => {
    const ok = await page.evaluate(() => KuaidaInsert.insertWithNativeSetter(document.getElementById('controlled')!, '亲，在的'));
    expect(ok).toBe(true);
    const got = await page.evaluate(() => ({
      value: (document.getElementById('controlled') as HTMLTextAreaElement).value,
      state: (window as unknown as { frameworkState: string }).frameworkState,
      writes: (window as unknown as { trackerWrites: number }).trackerWrites,
    }));
    expect(got).toEqual({ value: '亲，在的', state: '亲，在的', writes: 0 });
  });

  it('inserts at the caret when the agent is typing there, else appends', async () => {
    const ta = page.locator('#controlled');
    await ta.click();
    await page.keyboard.type('你好世界');
    await page.evaluate(() => (document.getElementById('controlled') as HTMLTextAreaElement).setSelectionRange(2, 2));
    await page.evaluate(() => KuaidaInsert.insertWithNativeSetter(document.getElementById('controlled')!, 'X'));
    expect(await ta.inputValue()).toBe('你好X世界');
    await page.locator('#elsewhere').focus();
    await page.evaluate(() => KuaidaInsert.insertWithNativeSetter(document.getElementById('controlled')!, '！'));
    expect(await ta.inputValue()).toBe('你好X世界！');
  });

  it('refuses elements that are not text fields', async () => {
    expect(await page.evaluate(() => KuaidaInsert.insertWithNativeSetter(document.getElementById('editable')!, 'x'))).toBe(false);
  });
});

describe('paste event (editors that read clipboard data)', () => {
  it('hands the text to an editor that consumes paste events', async () => {
    const ok = await page.evaluate(() => KuaidaInsert.insertWithPaste(document.getElementById('paste-editor')!, '亲，已为您备注'));
    expect(ok).toBe(true);
    expect(await page.locator('#paste-editor').innerText()).toBe('亲，已为您备注');
  });

  it('reports failure when nothing took the paste', async () => {
    expect(await page.evaluate(() => KuaidaInsert.insertWithPaste(document.getElementById('controlled')!, 'x'))).toBe(false);
  });
});

describe('insertIntoConsole', () => {
  const profile = (input: string, insertion: string) => ({
    id: 't', platform: 'jd', name: 't', urls: [], messageList: 'body', message: 'x', text: 'x',
    direction: { buyer: 'x', agent: 'x', system: 'x' }, conversationId: { selector: 'x' }, buyerNick: { selector: 'x' },
    input, insertion,
  });

  it('falls back to another strategy when the profile\'s one does not fit the element', async () => {
    const result = await page.evaluate((p) => KuaidaInsert.insertIntoConsole(document, p as never, '补发'), profile('#editable', 'nativeSetter'));
    expect(result).toEqual({ ok: true, strategy: 'execCommand' });
    expect(await page.locator('#editable').innerText()).toBe('补发');
  });

  it('says so when the input box is missing or unreachable', async () => {
    const missing = await page.evaluate((p) => KuaidaInsert.insertIntoConsole(document, p as never, 'x'), profile('#nope', 'execCommand'));
    expect(missing.ok).toBe(false);
    expect(missing.error).toMatch(/未找到聊天输入框/);
    const desktop = await page.evaluate((p) => KuaidaInsert.insertIntoConsole(document, { ...p, input: null } as never, 'x'), profile('#x', 'paste'));
    expect(desktop.error).toMatch(/剪贴板/);
  });
});
