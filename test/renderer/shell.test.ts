import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Screenshots land here for a person to look at; they are not committed. */
const SHOTS = join(tmpdir(), 'nianbao-screenshots');

describe('the app shell in Chromium', () => {
  it('opens the built-in sample report, read-only, with its tables and checks', async () => {
    const { page, foreign, errors } = await openApp(browser);
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.locator('h1').textContent()).toBe('示例镇人民政府2025年政府信息公开工作年度报告');
    expect(await page.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining(['一、总体情况', '三、收到和处理政府信息公开申请情况', '检查结果']),
    );
    expect(await page.locator('.report-table-T3 td[data-cell]').count()).toBe(175);
    expect(await page.locator('.report-table-T4 td[data-cell]').count()).toBe(15);
    expect(await page.locator('td[data-cell="T3.result_total.total"]').textContent()).toBe('6');
    expect(await page.locator('.findings-clean').textContent()).toContain('没有发现问题');
    expect(await page.locator('input, textarea, [contenteditable="true"]').count()).toBe(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'shell-1366x768.png') });
  });

  it('makes no network request at 1920×1080 either, scrolled to the end', async () => {
    const { page, foreign, errors } = await openApp(browser, { width: 1920, height: 1080 });
    await page.waitForSelector('[data-ready="true"]');
    await page.locator('.closing').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'shell-1920x1080.png') });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
