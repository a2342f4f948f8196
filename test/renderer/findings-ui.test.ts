import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../src/main/app/handlers';
import { cell, editorPerTest, newReportFromStart, SCREENSHOTS, sharedBrowser, typeInto } from './harness';

/** Issue 11.2, 11.3, 11.6: a fresh report is not a wall of warnings; reasons are visible; findings lead to fixes. */

const browser = sharedBrowser();
let dir: string;
let savePath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(savePath),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-findings-'));
  savePath = undefined;
});
const open = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

async function start(viewport = { width: 1366, height: 768 }): Promise<Page> {
  const { page } = await open(viewport);
  await newReportFromStart(page);
  return page;
}

const rules = (page: Page) =>
  page.locator('.problems button[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
const shown = (page: Page, id: string) => cell(page, id).locator('.cell-value').textContent();
const painted = (page: Page, table: string, kind = 'warning') =>
  page.locator(`td[data-cell^="${table}."].${kind}`).count();

describe('a fresh report', () => {
  it('lists one B1 per table, paints no blank until the table is started, and 空白填0 fills it in one step', async () => {
    const page = await start();
    await page.screenshot({ path: join(SCREENSHOTS, 'fresh-1366.png') });
    expect(await rules(page)).toEqual(['C4', 'C5', 'C5', 'C5', 'B1', 'B1', 'B1']);
    expect(await page.locator('td[data-cell].warning').count()).toBe(0);
    expect(await page.locator('.badge').count()).toBe(0);

    // Starting T3 paints T3's blanks, not T2's or T4's.
    await typeInto(page, 'T3.new.natural', '0');
    expect(await painted(page, 'T3')).toBeGreaterThan(100);
    expect(await painted(page, 'T2')).toBe(0);
    // The badge is readable at 100%.
    const size = await page
      .locator('td[data-cell^="T3."] .badge')
      .first()
      .evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(size).toBeGreaterThanOrEqual(11);

    await page
      .locator('.problems li', { hasText: '第三部分表格有' })
      .getByRole('button', { name: '空白填0', exact: true })
      .click();
    expect(await painted(page, 'T3')).toBe(0);
    expect(await shown(page, 'T3.deny.secret.legal')).toBe('0');
    expect(await rules(page)).toEqual(['C4', 'C5', 'C5', 'C5', 'B1', 'B1']);
    // One undo step brings every blank back.
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await shown(page, 'T3.deny.secret.legal')).toBe('');
    expect(await shown(page, 'T3.new.natural')).toBe('0');

    // The check before export marks the blanks of the tables not yet started too.
    await page.getByRole('button', { name: '导出Word' }).click();
    await expect.poll(() => painted(page, 'T2')).toBeGreaterThan(0);
    const blanks = await page
      .locator('td[data-cell^="T2."] .cell-value')
      .evaluateAll((els) => els.filter((e) => e.textContent === '').length);
    expect(blanks).toBeGreaterThan(0);
    expect(await painted(page, 'T2')).toBe(blanks);
  });

  it('fills a selected block: 空白填0 in the message strip, or a value with Ctrl+Enter', async () => {
    const page = await start();
    await typeInto(page, 'T4.review.upheld', '2');
    await cell(page, 'T4.review.upheld').click();
    await cell(page, 'T4.suit_after_review.pending').click({ modifiers: ['Shift'] });
    expect(await page.locator('.message-strip').textContent()).toContain('已选中 14 个单元格');
    await page.locator('.message-strip').getByRole('button', { name: '空白填0', exact: true }).click();
    expect(await shown(page, 'T4.review.upheld')).toBe('2');
    expect(await shown(page, 'T4.suit_after_review.pending')).toBe('0');

    await cell(page, 'T2.a20_1.regulation.issued').click();
    await cell(page, 'T2.a20_1.normative.in_force').click({ modifiers: ['Shift'] });
    await page.keyboard.type('3');
    await page.keyboard.press('Control+Enter');
    for (const id of ['T2.a20_1.regulation.issued', 'T2.a20_1.regulation.in_force', 'T2.a20_1.normative.repealed'])
      expect(await shown(page, id)).toBe('3');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await shown(page, 'T2.a20_1.regulation.in_force')).toBe('');
  });
});

describe('reasons in sight', () => {
  it('the message strip says what is wrong with the focused cell; a finding leads to a cell the clerk can change', async () => {
    const page = await start();
    await typeInto(page, 'T3.new.natural', '5');
    await cell(page, 'T3.new.natural').click();
    const strip = page.locator('.message-strip');
    // The plain message first; the rule's code only at the end, as a tag (a clerk does not know H1).
    const h1 = strip.locator('.strip-finding').first();
    expect(await h1.textContent()).toMatch(/^错误 第三部分表格.*相差5件.*H1$/);
    expect(await h1.locator('.rule-tag').textContent()).toBe('H1');
    const listed = await page
      .locator('.problems li > button[data-rule]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-rule'), e.textContent, e.lastElementChild?.textContent] as const),
      );
    expect(listed.length).toBeGreaterThan(2);
    for (const [rule, text, tag] of listed) {
      expect(text).toMatch(/^(错误|警告|提示) [^A-Z]/);
      expect(tag).toBe(rule);
    }
    // Errors lead the list, above the warnings the report found first (C4, C5).
    expect((await rules(page)).slice(0, 3)).toEqual(['H1', 'H1', 'C4']);
    expect(await strip.textContent()).toContain('第三部分表格“一、本年新收政府信息公开申请数量”行“自然人”列：5');
    await page.screenshot({ path: join(SCREENSHOTS, 'strip-1366.png') });

    // H1's first cell is the automatic （七）总计: the click goes to 结转下年度 instead, row and column lit.
    await page.locator('.problems li > button[data-rule="H1"]').first().click();
    await expect.poll(() => cell(page, 'T3.carry_out.natural').getAttribute('aria-selected')).toBe('true');
    expect(await cell(page, 'T3.carry_out.commercial').getAttribute('class')).toContain('crossed');
    expect(await cell(page, 'T3.new.natural').getAttribute('class')).toContain('crossed');
    expect(await cell(page, 'T3.new.commercial').getAttribute('class')).not.toContain('crossed');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    expect(await rules(page)).not.toContain('H1');

    // C1: an emptied title is an error that leads to the title field.
    await page.locator('#field-title').fill('');
    await page.locator('.problems li > button[data-rule="C1"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-title');
  });

  it('the message strip follows the focus into a text part and back to a cell', async () => {
    const page = await start();
    await typeInto(page, 'T3.new.natural', '5');
    await cell(page, 'T3.new.natural').click();
    const strip = page.locator('.message-strip');
    await expect.poll(() => strip.textContent()).toContain('相差5件');
    // Typing in 五、存在的主要问题: that part's own finding (it is empty, C5), not the cell's H1.
    await page.locator('#part-text-problems').click();
    await page.keyboard.type('一');
    await page.keyboard.press('Backspace');
    await expect.poll(() => strip.locator('.where').textContent()).toBe('五、存在的主要问题及改进情况');
    expect(await strip.locator('.rule-tag').allTextContents()).toEqual(['C5']);
    expect(await strip.textContent()).not.toContain('相差5件');
    // A field with nothing wrong says so.
    await page.locator('#field-unit-name').click();
    await expect.poll(() => strip.textContent()).toBe('单位全称✓ 这里没有问题。');
    // The closing date is empty (C4); a finding clicked in the list leads there, and the strip follows.
    await page.locator('.problems li > button[data-rule="C4"]').click();
    await expect.poll(() => strip.locator('.rule-tag').allTextContents()).toEqual(['C4']);
    // Back in the table: the cell's findings again.
    await cell(page, 'T3.new.natural').click();
    await expect.poll(() => strip.textContent()).toContain('相差5件');
  });

  it('keeps the table’s header rows in view while its rows scroll', async () => {
    const page = await start({ width: 1024, height: 640 });
    const wrap = page.locator('.table-wrap').nth(1);
    await wrap.evaluate((el) => el.scrollBy(0, 400));
    const [top, head] = await wrap.evaluate((el) => [
      el.getBoundingClientRect().top,
      el.querySelector('tr.head th')?.getBoundingClientRect().top ?? -1,
    ]);
    expect(Math.abs(head - top)).toBeLessThan(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'sticky-1024.png') });
  });
});

describe('truthful state', () => {
  it('marks the sample, says a new report is not yet a file, and shows the folder once saved', async () => {
    savePath = join(dir, '某镇2025.nianbao');
    const { page } = await open();
    expect(await page.locator('.sample-banner').textContent()).toContain('示例报告');
    await page.screenshot({ path: join(SCREENSHOTS, 'sample-1366.png') });
    await page.getByRole('button', { name: '新建我的报告' }).click();
    await page.waitForSelector('.start');
    await newReportFromStart(page);
    expect(await page.locator('.sample-banner').count()).toBe(0);
    expect(await page.locator('[data-dirty]').textContent()).toBe('尚未保存为文件');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').textContent()).toBe('已保存');
    expect(await page.locator('.status-bar').textContent()).toContain(dir);
    expect(await page.locator('.status-notice').textContent()).toBe(`已保存到 ${dir}`);
  });
});

describe('at 1024×640', () => {
  it('explains a refused paste, keeps its reason inside the table, hides the side panels, grows text boxes', async () => {
    const page = await start({ width: 1024, height: 640 });
    await cell(page, 'T3.new.total').scrollIntoViewIfNeeded();
    await cell(page, 'T3.new.other_org').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '一\t2');
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(await page.locator('.cell-error').textContent()).toContain('未粘贴：“一”不是数字');
    expect(await page.locator('.status-notice').textContent()).toContain('未粘贴：');
    expect(await shown(page, 'T3.new.other_org')).toBe('');
    // The reason opens towards the inside of the table, not past its right edge.
    const [popup, frame] = await Promise.all([
      page.locator('.cell-error').boundingBox(),
      page.locator('.table-wrap').nth(1).boundingBox(),
    ]);
    expect((popup?.x ?? 0) + (popup?.width ?? 0)).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0) + 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'paste-1024.png') });

    const width = () => page.locator('.document-scroll').evaluate((el) => el.clientWidth);
    const before = await width();
    await page.getByRole('button', { name: '隐藏目录' }).click();
    await page.getByRole('button', { name: '隐藏检查结果' }).click();
    expect(await page.locator('.problems').count()).toBe(0);
    expect(await width()).toBeGreaterThan(before + 300);
    await page.getByRole('button', { name: '显示检查结果' }).click();
    expect(await page.locator('.problems').count()).toBe(1);

    const area = page.locator('#part-text-overview');
    const h0 = await area.evaluate((el) => el.clientHeight);
    await area.fill('本镇坚持以公开为常态、不公开为例外，扎实推进主动公开工作，及时发布惠民政策。'.repeat(12));
    expect(await area.evaluate((el) => el.clientHeight)).toBeGreaterThan(h0 + 40);
    await page.screenshot({ path: join(SCREENSHOTS, 'panels-1024.png') });
  });
});
