import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './support/extension';

let ext: LoadedExtension;
let options: Page;
let panel: Page;

beforeAll(async () => {
  ext = await launchExtension();
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  panel = await ext.openPanel();
});
afterAll(async () => {
  await ext?.close();
});

const replyCount = async () => Number(await options.locator('#reply-count').getAttribute('data-count'));
const panelTitles = () => panel.locator('#results [role=option] .title').allInnerTexts();
/** Types into the side panel's search box; resolves once the answer for this query is shown. */
async function panelSearch(query: string): Promise<string[]> {
  await panel.bringToFront();
  await panel.locator('#search').fill('');
  await panel.locator('#search').fill(query);
  await panel.waitForTimeout(400); // the background answers in a few ms; this covers a stale answer too
  const titles = await panelTitles();
  await options.bringToFront();
  return titles;
}
const csvFile = (text: string) => ({ name: 'replies.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });

describe('library manager (options page)', () => {
  it('creates a personal reply with a shortcut that the side panel finds; delete and undo', async () => {
    // The default library is seeded when the extension installs; listEntries does not wait for it.
    await expect.poll(async () => (await replyCount()) || (await options.reload(), 0), { timeout: 20_000 }).toBeGreaterThan(100);
    const before = await replyCount();

    await options.getByRole('button', { name: /新建话术/ }).click();
    await options.locator('#reply-title').fill('顺丰加急');
    await options.locator('#reply-text').fill('{买家}亲，可以加急走顺丰，需补运费{运费}元哦');
    expect(await options.locator('#reply-text-preview .preview-text mark.filled').allInnerTexts()).toEqual(['{买家}']);
    expect(await options.locator('#reply-text-preview .preview-text mark.manual').allInnerTexts()).toEqual(['{运费}']);
    await options.locator('#reply-keywords').fill('顺丰, 加急');
    await options.locator('#reply-shortcut').fill('sf!');
    await options.locator('#reply-shortcut').press('Enter');
    await expect.poll(() => options.locator('#reply-shortcut-error').innerText()).toContain('只能用英文字母和数字');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('reply-shortcut');
    await options.locator('#reply-shortcut').fill('sfjj');
    await options.locator('#reply-shortcut').press('Enter');
    await expect.poll(replyCount).toBe(before + 1);

    // A second reply cannot take the same shortcut (case-insensitive); Escape leaves the form.
    await options.getByRole('button', { name: /新建话术/ }).click();
    await options.locator('#reply-title').fill('另一条');
    await options.locator('#reply-text').fill('内容');
    await options.locator('#reply-shortcut').fill('SFJJ');
    await options.locator('#reply-shortcut').press('Enter');
    await expect.poll(() => options.locator('#reply-shortcut-error').innerText()).toContain('已被话术「顺丰加急」使用');
    await options.keyboard.press('Escape');
    await expect.poll(() => options.locator('form.entry-form').count()).toBe(0);

    // The list's type-ahead filter finds it by shortcut, with the personal badge.
    await options.locator('.replies-tab .list-search').fill('sfj');
    await expect.poll(() => options.locator('table.replies tbody tr').count()).toBe(1);
    expect(await options.locator('table.replies tbody tr').innerText()).toMatch(/顺丰加急[\s\S]*sfjj[\s\S]*个人/);

    expect((await panelSearch('sfjj'))[0]).toBe('顺丰加急');

    await options.getByRole('button', { name: '删除「顺丰加急」' }).click();
    await expect.poll(replyCount).toBe(before);
    expect(await options.locator('.toast').innerText()).toContain('已删除「顺丰加急」');
    expect(await options.evaluate(() => document.activeElement?.className)).toBe('toast-undo');
    expect(await panelSearch('sfjj')).not.toContain('顺丰加急');

    await options.locator('.toast-undo').click();
    await expect.poll(replyCount).toBe(before + 1);
    expect((await panelSearch('sfjj'))[0]).toBe('顺丰加急');
  });

  it('hides a default reply from suggestions and shows it again', async () => {
    await options.bringToFront();
    await options.locator('.replies-tab .list-search').fill('xh');
    const row = options.locator('table.replies tbody tr[data-id="r-shouqian-01"]');
    await row.getByRole('button', { name: '隐藏「现货」', exact: true }).click();
    await expect.poll(() => row.innerText()).toContain('已隐藏');
    expect(await panelSearch('xh')).not.toContain('现货');
    await row.getByRole('button', { name: '取消隐藏「现货」', exact: true }).click();
    await expect.poll(() => row.innerText()).not.toContain('已隐藏');
    expect(await panelSearch('xh')).toContain('现货');
  });

  it('previews a CSV import with a bad row, blocks it, then imports the fixed file', async () => {
    await options.bringToFront();
    await options.locator('.replies-tab .list-search').fill('');
    const before = await replyCount();
    const header = 'id,group,title,text,keywords,shortcut';
    const good = ['imp-1,物流,发货快递,亲，默认发中通快递哦,快递|中通,kdzt', 'imp-2,直播间,直播专享,直播间下单有赠品~,直播|赠品,zbzx'];
    await options.locator('#import-file').setInputFiles(csvFile([header, ...good, 'imp-3,售后,退货地址,,退货|地址,thck', ''].join('\r\n')));
    await options.waitForSelector('.reply-import[data-phase=preview]');

    const errors = options.locator('table.problems tr.problem-error');
    await expect.poll(() => errors.count()).toBe(1);
    expect(await errors.getAttribute('data-row')).toBe('4');
    expect(await errors.getAttribute('data-column')).toBe('text');
    expect(await errors.innerText()).toMatch(/^4\s+text 内容\s+错误 内容为空/);
    const notice = options.locator('table.problems tr.problem-notice');
    expect(await notice.innerText()).toContain('分组「直播间」不存在，导入后将新建');
    expect(await options.locator('.import-preview .counts').getAttribute('data-new')).toBe('2');
    expect(await options.locator('#import-run').isDisabled()).toBe(true);

    await options.locator('#import-file').setInputFiles(csvFile([header, ...good, 'imp-3,售后,退货地址,退货请寄回仓库地址,退货|地址,thck'].join('\r\n')));
    await expect.poll(() => errors.count()).toBe(0);
    expect(await options.locator('.import-preview .counts').getAttribute('data-new')).toBe('3');
    await options.locator('#import-run').click();
    await options.waitForSelector('.reply-import[data-phase=done]');
    await expect.poll(replyCount).toBe(before + 3);
    expect((await panelSearch('zbzx'))[0]).toBe('直播专享');
  });

  it('keeps team replies read-only: hide, or copy into a personal reply', async () => {
    // A team entry as a pack subscription stores it (written straight into the worker's IndexedDB).
    await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('kuaida');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('replies', 'readwrite');
        tx.objectStore('replies').put({
          id: 'team-fh', group: '物流', title: '团队发货说明', text: '亲，{买家}，我们 48 小时内发货', keywords: ['发货'], shortcut: 'tdfh',
          questions: [], shops: [], platforms: [], source: 'team', origin: 'sub-1', useCount: 3, updatedAt: 1,
        });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await options.bringToFront();
    await options.reload();
    await options.locator('.replies-tab .list-search').fill('tdfh');
    const team = options.locator('tr[data-id="team-fh"]');
    expect(await team.innerText()).toContain('团队');
    expect(await team.getByRole('button').allInnerTexts()).toEqual(['复制为个人话术', '隐藏']);
    const before = await replyCount();

    await team.getByRole('button', { name: '复制为个人话术「团队发货说明」' }).click();
    await expect.poll(replyCount).toBe(before + 1);
    expect(await options.locator('form.entry-form .notice').innerText()).toContain('快捷码「tdfh」仍属于团队话术，已清空');
    expect(await options.locator('#reply-shortcut').inputValue()).toBe('');
    // The copy is saved before its form has rendered: focus follows the form.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('reply-title');
    await options.locator('#reply-title').fill('我的发货说明');
    await options.locator('#reply-text').press('Control+Enter');
    await expect.poll(() => options.locator('form.entry-form').count()).toBe(0);
    await options.locator('.replies-tab .list-search').fill('发货说明');
    const mine = options.locator('table.replies tbody tr', { hasText: '我的发货说明' });
    expect(await mine.getAttribute('data-id')).toMatch(/^p-[a-z0-9]{10}$/);
    expect(await mine.innerText()).toContain('个人');

    await team.getByRole('button', { name: '隐藏「团队发货说明」' }).click();
    await expect.poll(() => team.innerText()).toContain('已隐藏');
  });

  it('edits a size chart row by row, keeping open-ended ranges', async () => {
    await options.bringToFront();
    await options.getByRole('tab', { name: /尺码表/ }).click();
    await options.getByRole('button', { name: /新建尺码表/ }).click();
    await options.locator('#chart-name').fill('男裤');
    await options.getByLabel('第 1 行尺码').fill('30');
    await options.getByLabel('第 1 行腰围下限 cm').fill('70');
    await options.getByLabel('第 1 行腰围上限 cm').fill('76');
    await options.getByRole('button', { name: /添加尺码/ }).click();
    await options.getByLabel('第 2 行尺码').fill('32');
    await options.getByLabel('第 2 行腰围下限 cm').fill('80'); // a gap after 76: refused
    await options.getByRole('button', { name: /保存/ }).click();
    await expect.poll(() => options.locator('.form-errors').innerText()).toContain('之间有空档');
    await options.getByLabel('第 2 行腰围下限 cm').fill('76');
    await options.getByRole('button', { name: /保存/ }).click();
    const chart = options.locator('article.chart', { hasText: '男裤' });
    await expect.poll(() => chart.locator('tbody tr').allInnerTexts()).toEqual(['30\t70–76', '32\t≥ 76']);
    expect(await chart.innerText()).toContain('个人');
  });

  it('shows rules and size charts (weight in kg with 斤)', async () => {
    await options.bringToFront();
    await options.getByRole('tab', { name: /平台规则/ }).click();
    await expect.poll(() => options.locator('table.rules tbody tr').count()).toBeGreaterThan(10);
    await options.getByRole('tab', { name: /平台规则/ }).press('ArrowRight');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('tab-sizeChart');
    await expect.poll(() => options.locator('article.chart').count()).toBeGreaterThan(0);
    expect(await options.locator('article.chart', { hasText: '女装上衣' }).locator('tbody tr').first().innerText()).toContain('40–47 kg（80–94 斤）');
  });
});
