/**
 * Opens Chromium with the built extension on the demo console (JD 咚咚 and Pinduoduo demos) and
 * the embedded default library. With a display it stays open for you to try; without one (or
 * with --headless) it runs headless, simulates a buyer, saves screenshots and prints their paths.
 *
 *   npx tsx tests/demo/launch.ts [--headless] [--screenshots] [--console jd|pdd]
 *
 * --screenshots runs the scripted tour (and exits) even with a display.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchExtension, ROOT } from '../e2e/support/extension';
import { startDemoServer } from './server';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const tour = headless || args.includes('--screenshots');
const consoleName = args[args.indexOf('--console') + 1] === 'pdd' ? 'pdd' : 'jd';
const SAMPLE_QUESTION = '可以开发票吗';

const server = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 5273) }).catch(() => startDemoServer());
const ext = await launchExtension({ headless });
const chat = await ext.context.newPage();
await chat.goto(server.url(`/kuaida-demo/${consoleName}.html`));
const panel = await ext.openPanel();
await chat.bringToFront();

console.log(`演示控制台 Demo console: ${server.url(`/kuaida-demo/${consoleName}.html`)}`);
console.log(`侧边栏 Side panel page:    chrome-extension://${ext.extensionId}/sidepanel.html`);

if (tour) {
  await chat.evaluate((q) => (window as unknown as { kuaidaDemo: { buyerSays(t: string): void } }).kuaidaDemo.buyerSays(q), SAMPLE_QUESTION);
  await panel.waitForFunction((q) => document.querySelector('.latest')?.getAttribute('data-latest') === q, SAMPLE_QUESTION);
  await panel.locator('#results [role=option]').first().waitFor();
  await panel.locator('#results [role=option]').first().click();
  await chat.waitForFunction(() => (window as unknown as { kuaidaDemo: { state: { draft: string } } }).kuaidaDemo.state.draft.length > 0);
  const dir = path.join(ROOT, '.output/screenshots');
  mkdirSync(dir, { recursive: true });
  const shots = { console: path.join(dir, `${consoleName}-console.png`), panel: path.join(dir, 'side-panel.png') };
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.screenshot({ path: shots.panel });
  await chat.screenshot({ path: shots.console });
  const how = headless ? '无显示器，已无头运行 Headless run (no display)' : '脚本演示 Scripted tour';
  console.log(`${how}. Screenshots:\n  ${shots.console}\n  ${shots.panel}`);
  await ext.close();
  await server.close();
} else {
  console.log('点击工具栏的快答图标 (或 Alt+K) 打开真正的侧边栏；在演示页右上角模拟买家消息。关闭浏览器结束。');
  console.log('Click the Kuaida toolbar icon (or Alt+K) for the real side panel; simulate buyers with the demo controls. Close the browser to stop.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  await server.close();
}
