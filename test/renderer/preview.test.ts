import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../src/main/app/handlers';
import { launch } from './browser';
import { cell, openEditor } from './harness';
import type { EditorApp } from './harness';

let browser: Browser;
let opened: EditorApp | undefined;
let savePath: string | undefined;
const SHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await opened?.page.close();
  opened = undefined;
});
afterAll(async () => {
  await browser?.close();
});

const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(savePath),
};

async function start(viewport: { width: number; height: number }): Promise<EditorApp> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-preview-'));
  savePath = join(dir, '预览导出.pdf');
  opened = await openEditor(browser, { userData: join(dir, 'userdata'), dialogs, viewport });
  await opened.page.waitForSelector('[data-ready="true"]');
  return opened;
}

describe('打印预览 inside the editor', () => {
  it.each([
    [1366, 768],
    [1024, 640],
  ])(
    'shows the real pages at %i×%i, zooms, exports and closes with Esc',
    async (width, height) => {
      const { page, errors, foreign } = await start({ width, height });
      // A number still being typed goes into the preview (the edit is committed first).
      await cell(page, 'T3.new.natural').click();
      await page.keyboard.type('7');
      await page.getByRole('button', { name: '预览' }).click();
      const preview = page.getByRole('dialog', { name: '打印预览' });
      await expect.poll(() => preview.locator('.preview-page img').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const count = await preview.locator('.preview-page img').count();
      expect(await preview.locator('.preview-count').textContent()).toBe(`共 ${count} 页`);
      expect(count).toBeGreaterThanOrEqual(4);
      expect(await cell(page, 'T3.new.natural').textContent()).toContain('7');
      const first = preview.locator('.preview-page img').first();
      expect(await first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(700);
      // The preview fits the window: the bar is whole, the page can be scrolled to.
      const bar = await preview.locator('.preview-bar').boundingBox();
      expect(bar?.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `preview-${width}x${height}.png`) });

      const before = (await first.boundingBox())?.width ?? 0;
      await preview.getByRole('button', { name: '放大预览' }).click();
      expect((await first.boundingBox())?.width).toBeGreaterThan(before * 1.2);
      await page.keyboard.press('Control+0');
      expect(Math.round((await first.boundingBox())?.width ?? 0)).toBe(Math.round(before));

      await preview.getByRole('button', { name: '导出PDF' }).click();
      // 7 new applications without outcomes break H1: the usual question comes over the preview.
      await page.getByRole('button', { name: '仍然导出 PDF' }).click();
      await expect.poll(() => page.locator('.status-notice').textContent(), { timeout: 30_000 }).toContain('已导出');
      const pdfPages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [savePath ?? ''], { encoding: 'utf8' }))?.[1];
      expect(Number(pdfPages)).toBe(count);

      await preview.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => preview.count()).toBe(0);
      expect(await page.locator('.editor').isVisible()).toBe(true);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    },
    90_000,
  );
});
