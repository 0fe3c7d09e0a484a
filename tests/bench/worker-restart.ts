/**
 * E2e benchmark: how fast suggestions appear in the side panel after Chrome stopped the MV3
 * service worker (cold start: bundle evaluation, storage.session and Dexie reads, index build),
 * beside the same path with a running worker, at the default library and with 10,000 imported
 * replies. Real Chromium, built extension (run `npx wxt build` first). Prints figures; asserts nothing.
 *
 *   npx tsx tests/bench/worker-restart.ts [runs]
 *
 * How the panel comes back: the worker's stop closes the panel's port; the panel reconnects 300 ms
 * later (components/sidepanel/use-panel-state.ts), and that connection alone starts a new worker,
 * which pushes the stored tab state but builds no index. Until the panel is back the new worker has
 * no panel to push to, so the panel's reconnect is on the user's path. Two cold cases are measured:
 *   - "message at once": the buyer message is sent as soon as the worker is stopped; the message
 *     wakes the worker (bundle evaluation + index build on the path), the panel reconnects meanwhile.
 *   - "panel woke it": the message comes after the panel's reconnect has started the new worker, as
 *     when Chrome stops an idle worker while the panel is open: index build on the path, no bundle evaluation.
 * "Shown" is when the panel rendered this message together with the suggestions the worker computed
 * for it: a reconnecting panel can first get the new message beside the previous message's suggestions
 * (the state stored before the index was ready); such renders do not count, and are reported.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { launchExtension, stopServiceWorker, type LoadedExtension } from '../e2e/support/extension';
import { toReplyCsv } from '../../utils/library/csv';
import { defaultReplies } from '../../utils/library/default';
import { cleanReplies, importThroughOptions } from './import';
import { fmt, median, percentile } from './stats';

const QUESTIONS = [
  '今天能发货吗', '可以开发票吗', '退货运费谁出', '快递到哪了', '有优惠券吗', '发什么快递',
  '能用花呗吗', '怎么安装', '尺码偏大吗', '什么时候到货', '可以便宜点吗', '支持七天无理由吗',
];
const SESSION_KEY = 'kuaida.tabs'; // utils/background/tab-state.ts

export interface Latency {
  medianMs: number;
  p95Ms: number;
  n: number;
  /** Samples where the panel first showed the new message beside the previous message's suggestions. */
  staleFirst: number;
  /** Median time until the worker had stored the suggestions (before any push to the panel). */
  computedMs: number;
}

export interface WorkerRestartFigures {
  library: string;
  replies: number;
  warm: Latency;
  /** Message sent as soon as the worker was stopped. */
  cold: Latency & { workerUpMs: number; notCold: number };
  /** Message sent after the panel's reconnect had started a new worker (no index yet). */
  panelWoke: Latency;
}

interface Render { at: number; latest: string; replies: string[]; rules: string[] }
interface Sample { ms: number; staleFirst: boolean; /** Message → suggestions stored by the worker (its clock, whole ms). */ computedMs: number }

/** The extension's service worker status as Chrome reports it (DevTools protocol), with transition times (Node clock). */
async function watchWorker(ext: LoadedExtension, page: Page) {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const tracker = { status: 'unknown', transitions: [] as Array<{ at: number; status: string }>, close: () => cdp.detach() };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.includes(ext.extensionId) || v.runningStatus === tracker.status) continue;
      tracker.status = v.runningStatus;
      tracker.transitions.push({ at: Date.now(), status: v.runningStatus });
    }
  });
  await cdp.send('ServiceWorker.enable');
  return tracker;
}
type Tracker = Awaited<ReturnType<typeof watchWorker>>;

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Records every render of the panel's latest message (the attributes App.tsx sets for benchmarks) with the listed ids. */
async function installRenderLog(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { kuaidaRenders?: unknown[] };
    if (w.kuaidaRenders) return;
    w.kuaidaRenders = [];
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    new MutationObserver(() => {
      const [replies, rules] = ['#results', '#rules'].map((list) => [...document.querySelectorAll(`${list} [data-id]`)].map((el) => el.getAttribute('data-id') ?? ''));
      w.kuaidaRenders!.push({ at: Number(document.body.dataset.renderedAt), latest: document.body.dataset.latest ?? '', replies, rules });
    }).observe(document.body, { attributes: true, attributeFilter: ['data-rendered-at'] });
  });
}

/** The tab states the worker keeps in storage.session (read from the panel page, so also while the worker is stopped). */
function storedTabs(panel: Page) {
  return panel.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
    const got = await chrome.storage.session.get(key);
    type Entry = { chat: { latestBuyer?: { text: string } | null } | null; computedAt: number; suggestions: Array<{ id: string; kind: string }> };
    return Object.values((got[key] ?? {}) as Record<string, Entry>).map((e) => ({
      latest: e.chat?.latestBuyer?.text ?? null,
      computedAt: e.computedAt,
      replies: e.suggestions.filter((s) => s.kind !== 'rule').map((s) => s.id),
      rules: e.suggestions.filter((s) => s.kind === 'rule').map((s) => s.id),
    }));
  }, SESSION_KEY);
}

/** Sends a buyer message and returns the time until the panel showed it with its own suggestions. */
async function measure(chat: Page, panel: Page, text: string): Promise<Sample & { sentNodeAt: number }> {
  const before = Math.max(0, ...(await storedTabs(panel)).map((e) => e.computedAt));
  await panel.evaluate(() => {
    (window as unknown as { kuaidaRenders: unknown[] }).kuaidaRenders = [];
  });
  const sentNodeAt = Date.now();
  const sentAt = await chat.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    (window as unknown as { kuaidaDemo: { buyerSays(t: string): void } }).kuaidaDemo.buyerSays(t);
    return at;
  }, text);
  // What the worker computed for this message, once it has.
  let fresh: { computedAt: number; replies: string[]; rules: string[] } | undefined;
  await until(async () => {
    fresh = (await storedTabs(panel)).find((e) => e.latest === text && e.computedAt > before);
    return fresh !== undefined;
  }, `suggestions computed for ${text}`);
  const same = (r: Render) => r.latest === text && r.replies.join() === fresh!.replies.join() && r.rules.join() === fresh!.rules.join();
  let renders: Render[] = [];
  await until(async () => {
    renders = await panel.evaluate(() => (window as unknown as { kuaidaRenders: Render[] }).kuaidaRenders);
    return renders.some(same);
  }, `the panel to show suggestions for ${text}`);
  const shown = renders.find(same)!;
  const staleFirst = renders.some((r) => r.at < shown.at && r.latest === text);
  return { ms: shown.at - sentAt, staleFirst, computedMs: fresh!.computedAt - sentAt, sentNodeAt };
}

function summary(samples: Sample[]): Latency {
  const ms = samples.map((s) => s.ms);
  return { medianMs: median(ms), p95Ms: percentile(ms, 95), n: ms.length, staleFirst: samples.filter((s) => s.staleFirst).length, computedMs: median(samples.map((s) => s.computedMs)) };
}

async function benchOneSize(library: string, replies: number, imported: Array<{ name: string; bytes: Uint8Array }>, runs: number): Promise<WorkerRestartFigures> {
  const server = await startDemoServer();
  const ext = await launchExtension(); // a fresh profile per library size
  let tracker: Tracker | undefined;
  try {
    for (const f of imported) await importThroughOptions(ext, f);
    const chat = await ext.context.newPage();
    await chat.goto(server.url('/kuaida-demo/jd.html'));
    const panel = await ext.openPanel();
    await panel.waitForSelector('.chat-header[data-state=recognised]');
    await installRenderLog(panel);
    tracker = await watchWorker(ext, panel);
    const t = tracker;
    const question = (tag: string, i: number) => `${QUESTIONS[i % QUESTIONS.length]}（${tag}${i}）`;

    await measure(chat, panel, question('warmup', 0)); // builds the index if the import did not, warms up the worker
    const warm: Sample[] = [];
    for (let i = 0; i < runs; i++) warm.push(await measure(chat, panel, question('warm', i)));

    const cold: Sample[] = [];
    const workerUp: number[] = [];
    let notCold = 0;
    for (let i = 0; i < runs; i++) {
      const stopAt = Date.now();
      await stopServiceWorker(ext, panel);
      // The panel reconnects at once, which may already be starting a new worker: wait for the stop itself.
      await until(() => t.transitions.some((x) => x.at >= stopAt && x.status === 'stopped'), 'the worker to be stopped');
      const stoppedAt = Date.now();
      const s = await measure(chat, panel, question('cold', i + 3));
      const started = t.transitions.find((x) => x.at >= stoppedAt && x.status !== 'stopped' && x.status !== 'stopping');
      if (!started || started.at < s.sentNodeAt) notCold++; // the panel's reconnect started the worker before the message
      const up = t.transitions.find((x) => x.at >= s.sentNodeAt && x.status === 'running');
      if (up) workerUp.push(up.at - s.sentNodeAt);
      cold.push(s);
    }

    const panelWoke: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const seq = Number(await panel.evaluate(() => document.body.dataset.stateSeq));
      const stopAt = Date.now();
      await stopServiceWorker(ext, panel);
      // The panel reconnects at once, which may already be starting a new worker: wait for the stop itself.
      await until(() => t.transitions.some((x) => x.at >= stopAt && x.status === 'stopped'), 'the worker to be stopped');
      // The panel reconnects, which starts a new worker; it pushes the stored state, then idles.
      await panel.waitForFunction((s) => Number(document.body.dataset.stateSeq) > s, seq, { timeout: 30_000 });
      await until(() => t.status === 'running', 'the worker to run again');
      await new Promise((r) => setTimeout(r, 500));
      panelWoke.push(await measure(chat, panel, question('woke', i + 6)));
    }

    return {
      library,
      replies,
      warm: summary(warm),
      cold: { ...summary(cold), workerUpMs: median(workerUp), notCold },
      panelWoke: summary(panelWoke),
    };
  } finally {
    await tracker?.close().catch(() => undefined);
    await ext.close();
    await server.close();
  }
}

export async function benchWorkerRestart(runs = 8): Promise<WorkerRestartFigures[]> {
  const base = defaultReplies().length;
  const rows = 10_000;
  const file = { name: `replies-${rows}.csv`, bytes: new TextEncoder().encode(toReplyCsv(cleanReplies(rows))) };
  return [
    await benchOneSize('default', base, [], runs),
    await benchOneSize(`+${rows.toLocaleString('en')} imported`, base + rows, [file], runs),
  ];
}

export function printWorkerRestart(figures: WorkerRestartFigures[]): void {
  const n = figures[0]?.warm.n ?? 0;
  console.log(`\n== Buyer message → suggestions in the side panel after Chrome stopped the service worker (real Chromium, n=${n} each) ==`);
  console.log('cold = message sent as soon as the worker stopped: it races the panel\'s reconnect (bundle eval + Dexie + index build);');
  console.log('panel woke = message 500 ms after the panel\'s reconnect restarted the worker, which builds the index on connect (an idle worker stopped by Chrome).');
  console.log('library                          | warm median ms | cold median ms | cold p95 | cold/warm | panel woke median | p95    | woke/warm');
  for (const f of figures) {
    const name = `${f.library} (${f.replies} replies)`;
    console.log(
      `${name.padEnd(32)} | ${fmt(f.warm.medianMs).padStart(14)} | ${fmt(f.cold.medianMs).padStart(14)} | ${fmt(f.cold.p95Ms).padStart(8)} | ${(f.cold.medianMs / f.warm.medianMs).toFixed(1).padStart(8)}× | ${fmt(f.panelWoke.medianMs).padStart(17)} | ${fmt(f.panelWoke.p95Ms).padStart(6)} | ${(f.panelWoke.medianMs / f.warm.medianMs).toFixed(1).padStart(8)}×`,
    );
  }
  for (const f of figures) {
    const notes = [
      `suggestions computed in the worker after ${fmt(f.warm.computedMs)} ms warm, ${fmt(f.cold.computedMs)} ms cold, ${fmt(f.panelWoke.computedMs)} ms panel woke (median)`,
      `worker running ${fmt(f.cold.workerUpMs)} ms after the message (median, cold)`,
      `new message shown first beside the previous suggestions: cold ${f.cold.staleFirst}/${f.cold.n}, panel woke ${f.panelWoke.staleFirst}/${f.panelWoke.n}, warm ${f.warm.staleFirst}/${f.warm.n}`,
    ];
    if (f.cold.notCold > 0) notes.push(`in ${f.cold.notCold} cold samples the panel's reconnect had started the worker before the message`);
    console.log(`${f.library}: ${notes.join('; ')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
  printWorkerRestart(await benchWorkerRestart(runs));
}
