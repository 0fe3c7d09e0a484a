/**
 * E2e benchmark: time from a simulated buyer message in the demo console to the side panel
 * showing suggestions for it, in real Chromium with the built extension. Prints figures; asserts nothing.
 */
import { launchExtension } from '../e2e/support/extension';
import { startDemoServer } from '../demo/server';
import { median, percentile } from './stats';

const QUESTIONS = ['今天能发货吗', '可以开发票吗', '退货运费谁出', '快递到哪了', '有优惠券吗', '质量太差了', '怎么安装', '能用花呗吗', '发什么快递', '尺码偏大吗'];

export async function benchPanelLatency(runs = 20): Promise<{ consoleName: string; medianMs: number; p95Ms: number; n: number }[]> {
  const server = await startDemoServer();
  const ext = await launchExtension();
  const results = [];
  try {
    for (const consoleName of ['jd', 'pdd'] as const) {
      const chat = await ext.context.newPage();
      await chat.goto(server.url(`/kuaida-demo/${consoleName}.html`));
      const panel = await ext.openPanel();
      await panel.waitForSelector('.chat-header[data-state=recognised]');
      const samples: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const text = `${QUESTIONS[i % QUESTIONS.length]}（${consoleName}${i}）`;
        const sentAt = await chat.evaluate((t) => {
          const at = performance.timeOrigin + performance.now();
          (window as unknown as { kuaidaDemo: { buyerSays(t: string): void } }).kuaidaDemo.buyerSays(t);
          return at;
        }, text);
        await panel.waitForFunction((t) => document.body.dataset.latest === t, text);
        const shownAt = Number(await panel.evaluate(() => document.body.dataset.renderedAt));
        if (i >= 2) samples.push(shownAt - sentAt); // the first two warm up the worker and index
      }
      results.push({ consoleName, medianMs: median(samples), p95Ms: percentile(samples, 95), n: samples.length });
      await chat.close();
      await panel.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return results;
}

/** Time from the agent typing a risky draft in the JD console to the findings shown in the side panel. */
export async function benchDraftCheck(runs = 20): Promise<{ medianMs: number; p95Ms: number; n: number }> {
  const server = await startDemoServer();
  const ext = await launchExtension();
  const samples: number[] = [];
  try {
    const chat = await ext.context.newPage();
    await chat.goto(server.url('/kuaida-demo/jd.html'));
    const panel = await ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');
    const drafts = ['全网最低价', '加我微信', '好评返现5元', '保证明天到', '不知道，自己看'];
    for (let i = 0; i < runs + 2; i++) {
      await chat.bringToFront();
      await chat.locator('.EditorContent').click();
      await chat.keyboard.press('Control+A');
      await chat.keyboard.press('Backspace');
      await panel.waitForFunction(() => document.querySelector('.draft-findings')?.getAttribute('data-count') === '0');
      const typedAt = await chat.evaluate((t) => {
        const at = performance.timeOrigin + performance.now();
        document.execCommand('insertText', false, t);
        return at;
      }, `亲，${drafts[i % drafts.length]}（${i}）`);
      await panel.waitForFunction(() => document.querySelector('.draft-findings')?.getAttribute('data-count') !== '0', undefined, { polling: 5 });
      const shownAt = await panel.evaluate(() => performance.timeOrigin + performance.now());
      if (i >= 2) samples.push(shownAt - typedAt);
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return { medianMs: median(samples), p95Ms: percentile(samples, 95), n: samples.length };
}
