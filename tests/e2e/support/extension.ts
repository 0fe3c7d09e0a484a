import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the side panel page in a tab (Chrome opens the real panel only on a user gesture). */
  openPanel(query?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension, in a throwaway profile. */
export async function launchExtension(options: { headless?: boolean } = {}): Promise<LoadedExtension> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'kuaida-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    channel: 'chromium',
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = worker.url().split('/')[2]!;
  return {
    context,
    extensionId,
    worker,
    async openPanel(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (DevTools protocol), and
 * resolves once it has stopped. Chrome may start it again at once for open ports.
 */
export async function stopServiceWorker(ext: LoadedExtension, extensionPage: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(extensionPage);
  let versionId: string | null = null;
  const ours = (x: { scriptURL: string }) => x.scriptURL.includes(ext.extensionId);
  const running = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const v = versions.find((x) => ours(x) && x.runningStatus === 'running');
      if (v && versionId === null) resolve((versionId = v.versionId));
    });
  });
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((x) => ours(x) && x.versionId === versionId && x.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopWorker', { versionId: await running });
  await stopped;
  await cdp.detach();
}
