import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { cell, newReportFromStart, openEditor, typeInto } from './harness';
import type { EditorApp } from './harness';

/** The clerk's review of the screenshots: list order, outline colours, badges that do not hide numbers. */
const SHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
let app: EditorApp | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await app?.page.close();
  app = undefined;
});

describe('marks of the findings', () => {
  it('colours each outline entry by its worst finding, badges 落款, and keeps the cell badge off the number', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-marks-'));
    app = await openEditor(browser, {
      userData: join(dir, 'userdata'),
      dialogs: { chooseOpenPath: () => Promise.resolve(undefined), chooseSavePath: () => Promise.resolve(undefined) },
      viewport: { width: 1366, height: 768 },
    });
    const page = app.page;
    await page.waitForSelector('[data-ready="true"]');
    await newReportFromStart(page);
    await typeInto(page, 'T3.new.natural', '7');

    const badge = (name: string) =>
      page.getByRole('navigation', { name: '目录' }).getByRole('button', { name }).locator('.outline-count');
    // Part 三 has the H1 errors: red. Part 一 and 落款 have warnings only (C5, C4): not red.
    expect(await badge('三、收到和处理').getAttribute('data-severity')).toBe('error');
    expect(await badge('一、总体情况').getAttribute('data-severity')).toBe('warning');
    expect(await badge('落款').getAttribute('data-severity')).toBe('warning');
    expect(await badge('落款').textContent()).toBe('1');
    const colour = (name: string) => badge(name).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await colour('一、总体情况')).not.toBe(await colour('三、收到和处理'));

    // Every marked cell with a number: the badge and the number do not overlap (the 总计 "7" included).
    await cell(page, 'T3.new.total').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'marks-1366x768.png') });
    const overlaps = await page.locator('td.cell:has(> .badge)').evaluateAll((tds) =>
      tds.flatMap((td) => {
        // The glyphs themselves (a range over the text), not the span with its padding.
        const text = td.querySelector('.cell-value');
        const mark = td.querySelector('.badge')?.getBoundingClientRect();
        if (!text?.textContent || !mark) return [];
        const range = document.createRange();
        range.selectNodeContents(text);
        const value = range.getBoundingClientRect();
        return value.right > mark.left && value.left < mark.right ? [td.getAttribute('data-cell')] : [];
      }),
    );
    const marked = await page.locator('td.cell:has(> .badge) .cell-value:not(:empty)').count();
    expect(marked).toBeGreaterThanOrEqual(2);
    expect(overlaps).toEqual([]);
    expect(await cell(page, 'T3.new.total').locator('.cell-value').textContent()).toBe('7');
  });

  it('warns of a wrong year in the title (C6), and 使用建议标题 in 检查结果 puts it right', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-marks-'));
    app = await openEditor(browser, {
      userData: join(dir, 'userdata'),
      dialogs: { chooseOpenPath: () => Promise.resolve(undefined), chooseSavePath: () => Promise.resolve(undefined) },
      viewport: { width: 1024, height: 640 },
    });
    const page = app.page;
    await page.waitForSelector('[data-ready="true"]');
    await newReportFromStart(page);
    await page.locator('#field-title').fill('某镇人民政府2026年政府信息公开工作年度报告');
    const item = page.locator('.problems li', { has: page.locator('button[data-rule="C6"]') });
    expect(await item.textContent()).toContain('标题中的年份是2026年，但这是2025年度的报告');
    await page.screenshot({ path: join(SHOTS, 'title-year-1024x640.png') });
    await item.getByRole('button', { name: '使用建议标题', exact: true }).click();
    expect(await page.locator('#field-title').inputValue()).toBe('某镇人民政府2025年政府信息公开工作年度报告');
    expect(await page.locator('.problems button[data-rule="C6"]').count()).toBe(0);
  });
});
