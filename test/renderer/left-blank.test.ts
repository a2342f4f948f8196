import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import type { Dialogs } from '../../src/main/app/handlers';
import { fixturePath, loadReport } from '../helpers';
import { cell, editorPerTest, SCREENSHOTS, sharedBrowser } from './harness';

/**
 * Rows an import could not place stay blank through 「空白填0」: a 0 there would turn a published number
 * into a wrong one. Real handlers, the corpus file read by the import worker, the report saved and reopened.
 */

const browser = sharedBrowser();

let dir: string;
let savePath: string;
let openPath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(openPath),
  chooseSavePath: () => Promise.resolve(savePath),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-leftblank-'));
  savePath = join(dir, '导入.nianbao');
});
const start = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

/** The three rows of （六）其他处理, which the source printed as one row the 2021 format cannot divide. */
const OTHER = ['T3.other.no_correction', 'T3.other.no_fee', 'T3.other.misc'];
const otherCells = OTHER.flatMap((row) => (formatIndex('gov-2021').byRow.get(row) ?? []).map((c) => c.id));
const shownValue = (page: Page, id: string) => cell(page, id).locator('.cell-value').textContent();

async function openFile(page: Page, path: string): Promise<void> {
  openPath = path;
  await page.getByRole('button', { name: '首页' }).click();
  await page.getByRole('button', { name: '打开文件…' }).click();
}

describe('空白填0 after an import that left rows blank', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 },
  ]) {
    it(`at ${viewport.width}×${viewport.height} fills the other blanks, skips those rows and says so; kept in the file`, async () => {
      const { page, errors } = await start(viewport);
      await openFile(page, fixturePath('corpus/busy-2024-t3-2019-rows.txt'));
      await page.waitForSelector('.modal');
      await page.getByRole('button', { name: '确定' }).click();
      await page.waitForSelector('.editor');
      for (const id of otherCells) expect(await shownValue(page, id), id).toBe('');
      // Two cells the clerk empties: blanks of the clerk's own, which 空白填0 is for.
      for (const id of ['T3.open.natural', 'T3.partial.legal']) {
        await cell(page, id).click();
        await page.keyboard.press('Delete');
        await expect.poll(() => shownValue(page, id)).toBe('');
      }
      const b1 = page.locator('.problems li:has(button[data-rule="B1"])');
      await expect.poll(() => b1.count()).toBe(1);
      await b1.getByRole('button', { name: '空白填0', exact: true }).click();
      await expect.poll(() => shownValue(page, 'T3.open.natural')).toBe('0');
      expect(await shownValue(page, 'T3.partial.legal')).toBe('0');
      for (const id of otherCells) expect(await shownValue(page, id), id).toBe('');
      await expect(page.locator('.status-notice').textContent()).resolves.toBe(
        '已在 2 个空白单元格填入0（可撤销）。已跳过导入时未能确定的3行，请对照原文填写。',
      );
      const size = `${viewport.width}x${viewport.height}`;
      await cell(page, 'T3.other.no_fee.natural').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `left-blank-${size}.png`) });

      // Saved and reopened: the rows are still kept from 空白填0, and still blank.
      await page.keyboard.press('Control+s');
      await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
      expect(loadReport(savePath).published?.unplaced).toEqual(OTHER);
      await openFile(page, savePath);
      await page.waitForSelector('.editor');
      await b1.getByRole('button', { name: '空白填0', exact: true }).click();
      await expect(page.locator('.status-notice').textContent()).resolves.toBe(
        '已跳过导入时未能确定的3行，请对照原文填写。',
      );
      for (const id of otherCells) expect(await shownValue(page, id), id).toBe('');
      expect(errors).toEqual([]);
    });
  }
});
