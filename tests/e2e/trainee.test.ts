import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, type LoadedExtension } from './support/extension';

const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
let ext: LoadedExtension;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/trainee.html`);
  await page.waitForSelector('main.trainee[data-ready=true]');
});
afterAll(async () => {
  await ext?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
const tab = (zh: string) => page.getByRole('tab', { name: new RegExp(zh) }).click();

describe('trainee mode', () => {
  it('flips a rule flashcard with Space and answers it with 1', async () => {
    const card = page.locator('.tr-card');
    await expect.poll(() => card.getAttribute('data-flipped')).toBe('false');
    const first = await card.getAttribute('data-card-id');
    expect(await card.locator('.tr-card-summary').count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => card.getAttribute('data-flipped')).toBe('true');
    expect((await card.locator('.tr-card-summary').innerText()).length).toBeGreaterThan(5);
    expect(await card.locator('.tr-card-source').innerText()).toContain('核对于');
    await page.keyboard.press('1');
    await expect.poll(() => card.getAttribute('data-card-id')).not.toBe(first);
    expect(await card.getAttribute('data-flipped')).toBe('false');
  });

  it('answers a practice round by picking the right reply', async () => {
    await tab('练习');
    const round = page.locator('section.tr-practice');
    await round.locator('[data-correct=true]').waitFor();
    expect(await round.locator('.tr-option').count()).toBe(4);
    expect((await round.locator('.tr-message').innerText()).length).toBeGreaterThan(1);
    await shot('trainee-practice-round.png');
    await round.locator('[data-correct=true]').click();
    await expect.poll(() => round.getAttribute('data-result')).toBe('correct');
    expect(await round.locator('.tr-verdict').innerText()).toContain('回答正确');
    expect(await round.locator('.tr-answers li').count()).toBeGreaterThan(0);
  });

  it('checks a written reply and lists the off-platform contact it contains', async () => {
    const round = page.locator('section.tr-practice');
    const before = await round.getAttribute('data-item-id');
    await round.locator('.tr-next').click();
    await expect.poll(() => round.getAttribute('data-result')).toBe(null);
    expect(await round.getAttribute('data-item-id')).not.toBe(before);
    await round.locator('.tr-mode-write').click();
    await round.locator('textarea').fill('亲，这个问题你加我微信kd8899，私下给您便宜处理');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => round.getAttribute('data-result')).toBe('risky');
    const finding = round.locator('.tr-finding[data-category=offplatform]');
    await finding.waitFor();
    const text = await finding.innerText();
    expect(text).toContain('站外引流');
    expect(text).toContain('加我微信');
    expect(text).toContain('原因');
    expect(text).toContain('建议');
    expect(await round.locator('.tr-draft mark').first().innerText()).toContain('微信');
    await shot('trainee-compliance-finding.png');
  });

  it('shows the progress and exports it for the team lead', async () => {
    await tab('进度');
    const stats = page.locator('.tr-stats');
    await expect.poll(() => stats.getAttribute('data-attempts')).toBe('3');
    expect(await page.locator('.tr-streak').innerText()).toContain('最佳 2');
    expect(await page.locator('.tr-topics tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.tr-topics tbody tr[data-topic^="规则·"]').count()).toBe(1);
    await page.getByLabel(/学员姓名/).fill('小王');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.tr-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^kuaida-trainee-小王-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain('日期 date,学员 trainee,主题 topic,练习次数 attempts,正确率 accuracy,薄弱主题 weak topics');
    expect(csv).toMatch(/\d{4}-\d{2}-\d{2},小王,全部,3,67%/);
    // The name is kept for next time.
    await page.reload();
    await page.waitForSelector('main.trainee[data-ready=true]');
    await expect.poll(() => page.getByLabel(/学员姓名/).inputValue()).toBe('小王');
  });

  it('browses rules: pinyin search, platform filter, bookmarks', async () => {
    await tab('规则库');
    const rb = page.locator('section.rb');
    expect(await rb.locator('.rb-note').innerText()).toContain('规则摘要仅供参考，以平台当前公布的规则原文为准');
    const all = await rb.locator('.rb-rule').count();
    expect(all).toBeGreaterThan(30);
    const first = rb.locator('.rb-rule').first();
    await first.locator('.rb-replies summary').click();
    expect(await first.locator('.rb-replies li').count()).toBeGreaterThan(0);
    await first.locator('.rb-body summary').click();

    await rb.locator('.rb-search').fill('qtwly');
    await expect.poll(() => rb.locator('.rb-rule').count()).toBeLessThan(all);
    expect(await rb.locator('.rb-rule .rb-title').first().innerText()).toContain('七天无理由');
    await rb.locator('.rb-chip[data-platform=jd]').click();
    await expect.poll(() => rb.locator('.rb-rule').count()).toBe(1);
    expect(await rb.locator('.rb-rule .rb-tags').innerText()).toContain('京东');

    await rb.locator('.rb-rule .rb-star').click();
    await expect.poll(() => rb.locator('.rb-rule .rb-star').getAttribute('aria-pressed')).toBe('true');
    await rb.locator('.rb-search').fill('');
    await rb.locator('.rb-chip[data-platform=all]').click();
    await rb.getByLabel(/只看收藏/).check();
    await expect.poll(() => rb.locator('.rb-rule').count()).toBe(1);
    await rb.getByLabel(/只看收藏/).uncheck();
    await rb.locator('.rb-search').fill('好评返现');
    await expect.poll(() => rb.locator('.rb-rule .rb-title').first().innerText()).toContain('好评返现');
    await rb.locator('.rb-rule').first().locator('.rb-body summary').click();
    await shot('trainee-rules-browser.png');
  });

  // Last, so the progress figures above stay as they are.
  it('takes Space and 1 typed at once: no key lost between renders', async () => {
    await tab('闪卡');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // Space on the tab is the tab's
    const card = page.locator('.tr-card');
    await expect.poll(() => card.getAttribute('data-flipped')).toBe('false');
    const first = await card.getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect.poll(() => card.getAttribute('data-card-id')).not.toBe(first);
    expect(await card.getAttribute('data-flipped')).toBe('false');
  });
});
