import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findMatches } from '@shared/report';
import type { Dialogs } from '../../src/main/app/handlers';
import { loadReport, SAMPLE_PATH } from '../helpers';
import { editorPerTest, SCREENSHOTS, sharedBrowser } from './harness';
import type { EditorApp } from './harness';

const browser = sharedBrowser();
let dir: string;
let opened: EditorApp | undefined;

const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(undefined),
};

const open = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

async function start(viewport: { width: number; height: number }): Promise<Page> {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-find-'));
  opened = await open(viewport);
  return opened.page;
}

/** Every searched text as the editor shows it: the title field, the preamble and the parts' text boxes. */
async function texts(page: Page): Promise<string> {
  const title = await page.locator('.doc-title-input').inputValue();
  const boxes = await page
    .locator('#part-text-preamble, .part-text')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
  return [title, ...boxes].join('\n');
}

/**
 * Whether the current match can be seen: the title field selects it in view; in a part's text box its
 * mark lies inside the scrolling page's visible part (below the find bar, which pushes the page down).
 */
async function markInView(page: Page): Promise<boolean> {
  const view = await page.locator('.document-scroll').boundingBox();
  const marks = page.locator('.find-hit-mark');
  if ((await marks.count()) === 0) return (await page.locator('.doc-title-input[data-find-hit]').count()) === 1;
  const mark = await marks.boundingBox();
  const box = await page.locator('[data-find-hit]').boundingBox();
  if (!view || !mark || !box) return false;
  const inside = (a: typeof mark, b: typeof view) =>
    a.y >= b.y && a.y + a.height <= b.y + b.height && a.x >= b.x && a.x + a.width <= b.x + b.width;
  return inside(mark, view) && inside(mark, box);
}

describe('查找 and 替换 (Ctrl+F, Ctrl+H)', () => {
  // The sample is this year's report; the clerk changes its year as one would last year's texts.
  const sample = loadReport(SAMPLE_PATH);
  const year = `${sample.year}年`;
  const next = `${sample.year + 1}年`;
  const total = findMatches(sample, year).length;

  it.each([
    [1366, 768],
    [1024, 640],
  ])(
    'finds across the title, preamble and parts and replaces all as one undo step at %i×%i',
    async (width, height) => {
      expect(total).toBeGreaterThan(3);
      const page = await start({ width, height });
      const count = () => page.locator('.find-count').textContent();
      await page.keyboard.press('Control+f');
      const bar = page.getByRole('search', { name: '查找' });
      await bar.getByRole('textbox', { name: '查找' }).fill(year);
      expect(await count()).toBe(`第 1 / ${total} 处`);
      expect(await bar.locator('.find-context').textContent()).toContain('标题');
      await page.keyboard.press('Enter');
      expect(await count()).toBe(`第 2 / ${total} 处`);
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.press('Shift+Enter');
      // Wraps around to the last one.
      expect(await count()).toBe(`第 ${total} / ${total} 处`);
      // Every match is shown where it stands: its mark in sight below the bar, over the matched text.
      for (let i = 0; i < total; i++) {
        await page.keyboard.press('Enter');
        expect(await markInView(page)).toBe(true);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `find-${width}x${height}.png`) });
      // The bar pushes the page down: it covers none of the scrolling page.
      const above = async () => {
        const barBox = await page.locator('.find-bar').boundingBox();
        const pageBox = await page.locator('.document-scroll').boundingBox();
        return barBox && pageBox && barBox.y + barBox.height <= pageBox.y;
      };
      expect(await above()).toBe(true);

      await page.keyboard.press('Control+h');
      const replaceBar = page.getByRole('search', { name: '查找和替换' });
      await replaceBar.getByRole('textbox', { name: '替换为' }).fill(next);
      await page.keyboard.press('Home'); // no effect on the match: only the replacement field moved
      await replaceBar.getByRole('button', { name: '替换', exact: true }).click();
      expect(await count()).toMatch(new RegExp(`^第 \\d+ / ${total - 1} 处$`));
      await page.screenshot({ path: join(SCREENSHOTS, `replace-${width}x${height}.png`) });
      expect(await above()).toBe(true);
      await replaceBar.getByRole('button', { name: '全部替换' }).click();
      expect(await count()).toBe('没有找到');
      expect(await texts(page)).not.toContain(year);
      expect(await page.locator('.doc-title-input').inputValue()).toContain(next);
      expect(await page.locator('.status-notice').textContent()).toContain(`已将 ${total - 1} 处`);

      // 全部替换 is one step: one undo brings back every occurrence but the one replaced singly.
      await page.getByRole('button', { name: '撤销' }).click();
      expect(await count()).toMatch(new RegExp(`^第 \\d+ / ${total - 1} 处$`));
      await page.getByRole('button', { name: '撤销' }).click();
      expect(await count()).toMatch(new RegExp(`^第 \\d+ / ${total} 处$`));

      await replaceBar.getByRole('textbox', { name: '替换为' }).focus();
      await page.keyboard.press('Escape');
      expect(await page.locator('.find-bar').count()).toBe(0);
      expect(opened?.errors).toEqual([]);
    },
    60_000,
  );

  it('marks each match where it stands on a zoomed page', async () => {
    const page = await start({ width: 1366, height: 768 });
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await page.keyboard.press('Control+f');
    await page.getByRole('search', { name: '查找' }).getByRole('textbox', { name: '查找' }).fill(year);
    for (let i = 0; i < total; i++) {
      expect(await markInView(page)).toBe(true);
      await page.keyboard.press('Enter');
      if (i === 1) await page.screenshot({ path: join(SCREENSHOTS, 'find-zoomed-1366x768.png') });
    }
    expect(opened?.errors).toEqual([]);
  });

  it('moves the mark with its text when the zoom or the window changes while a match is shown', async () => {
    const page = await start({ width: 1366, height: 768 });
    await page.keyboard.press('Control+f');
    await page.getByRole('search', { name: '查找' }).getByRole('textbox', { name: '查找' }).fill(year);
    // On to a match in a part's text box (the first is the title's).
    while ((await page.locator('.find-hit-mark').count()) === 0) await page.keyboard.press('Enter');
    /** The mark's place relative to its text box, rounded: where the match is, whatever the page's scroll. */
    const where = async () => {
      const [mark, box] = [
        await page.locator('.find-hit-mark').boundingBox(),
        await page.locator('[data-find-hit]').boundingBox(),
      ];
      return mark && box ? [mark.x - box.x, mark.y - box.y, mark.width].map(Math.round) : [];
    };
    /** Where a match shown afresh lays its mark: the next one and back again. */
    const fresh = async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Enter');
      return where();
    };
    const before = await where();
    for (const change of [
      () => page.getByRole('button', { name: '放大' }).click(),
      () => page.getByRole('button', { name: '放大' }).click(),
      () => page.setViewportSize({ width: 1024, height: 640 }),
      () => page.getByRole('button', { name: '缩小' }).click(),
    ]) {
      const shown = await where();
      await change();
      await page.getByRole('textbox', { name: '查找', exact: true }).focus();
      const moved = await expect.poll(where).not.toEqual(shown).then(where);
      expect(moved).toEqual(await fresh());
    }
    expect(before).not.toEqual(await where());
    expect(await markInView(page)).toBe(true);
    expect(opened?.errors).toEqual([]);
  });

  it('starts from the text selected in a part', async () => {
    const page = await start({ width: 1366, height: 768 });
    const box = page.locator('#part-text-overview');
    await box.evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(0, 5);
    });
    const chosen = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(0, 5));
    await page.keyboard.press('Control+f');
    expect(await page.getByRole('textbox', { name: '查找', exact: true }).inputValue()).toBe(chosen);
  });
});
