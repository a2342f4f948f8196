import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import type { Dialogs } from '../../src/main/app/handlers';
import { fixturePath, loadReport } from '../helpers';
import { cell, editorPerTest, SCREENSHOTS, sharedBrowser, typeInto } from './harness';

/**
 * What the editor offers after an import from print: the notice that 自动合计 is off with
 * 「按各项重新计算合计」, W4's 「知道了」 kept in the file, 原文对照 beside the document, and 历史版本
 * saying what each version changed. Real handlers, real files.
 */

const browser = sharedBrowser();

let dir: string;
let savePath: string | undefined;
let openPath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(openPath),
  chooseSavePath: () => Promise.resolve(savePath),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-afterimport-'));
  savePath = join(dir, '导入.nianbao');
  openPath = undefined;
});
const start = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

/** 首页 → 粘贴导入 of `text` → 导入 → 确定 on the import summary. */
async function importPasted(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: '首页' }).click();
  await page.getByLabel('粘贴报告内容').focus();
  await page.evaluate((t) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', t);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.waitForSelector('.modal');
  await page.getByRole('button', { name: '确定' }).click();
  await page.waitForSelector('.editor');
}

const seed = (name: string) => readFile(fixturePath(`seeds/${name}.txt`), 'utf8');
const rules = (page: Page) =>
  page.locator('.problems li button[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
/** Every cell as the table shows it, by cell id. */
const shown = (page: Page): Promise<Record<string, string>> =>
  page
    .locator('td[data-cell]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-cell') ?? '', e.querySelector('.cell-value')?.textContent ?? ''] as const),
    )
    .then((pairs) => Object.fromEntries(pairs));
const autoTotals = (page: Page) => page.getByRole('checkbox', { name: '自动合计' });

/** Seed 000 with the digits of 「一、本年新收」 run together, as a portal's copy loses its cells (I1). */
async function gluedSeed(): Promise<string> {
  return (await seed('000_21d3bb4be097aba7')).replace(
    '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
    '一、本年新收政府信息公开申请数量150010016',
  );
}

describe('after an import, in the editor', () => {
  it('says 自动合计 is off and recomputes the totals only on 「按各项重新计算合计」, as one undo step', async () => {
    const { page, errors } = await start({ width: 1024, height: 640 });
    // Seed 002 (宁河镇 2020) publishes totals that do not add up (H2, H3).
    await importPasted(page, await seed('002_7b4b25fcf59f7d61'));
    const notice = page.getByRole('note', { name: '导入说明' });
    await expect(notice.textContent()).resolves.toContain('“自动合计”已关闭');
    expect(await autoTotals(page).isChecked()).toBe(false);
    expect(await rules(page)).toEqual(expect.arrayContaining(['H2', 'H3']));
    const published = await shown(page);

    // Typing an item does not touch a published total: nothing changes silently.
    await typeInto(page, 'T3.new.natural', '7');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await shown(page)).toEqual(published);

    await page.getByRole('button', { name: '按各项重新计算合计' }).click();
    const said = (await page.locator('.status-notice').textContent()) ?? '';
    const recomputed = await shown(page);
    const changed = Object.keys(published).filter((id) => published[id] !== recomputed[id]);
    const derived = new Set(formatIndex('gov-2019').derived.map((c) => c.id));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((id) => derived.has(id))).toBe(true);
    expect(said).toContain(`${changed.length} 个合计与原文不同`);
    // At 1024 the status bar stays one line: the message ends in …, in full in its tooltip.
    const bar = await page.locator('.status-bar').boundingBox();
    expect(bar?.height).toBeLessThan(30);
    expect(await page.locator('.status-notice').getAttribute('title')).toBe(said);
    // Named for its unit, not 未命名报告, until it is saved as a file.
    const unit = await page.getByLabel('单位全称').inputValue();
    expect(await page.locator('.status-name').textContent()).toBe(`${unit}（导入，尚未保存为文件）`);
    expect(await autoTotals(page).isChecked()).toBe(true);
    expect(await rules(page)).not.toContain('H3');
    expect(await notice.count()).toBe(0);

    // One step back: the published totals, 自动合计 off, the notice again.
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await shown(page)).toEqual(published);
    expect(await autoTotals(page).isChecked()).toBe(false);
    expect(await notice.count()).toBe(1);
    // 保留原文合计 closes the notice for the session, changing nothing.
    await page.getByRole('button', { name: '保留原文合计' }).click();
    expect(await notice.count()).toBe(0);
    expect(await shown(page)).toEqual(published);
    expect(errors).toEqual([]);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 },
  ]) {
    it(`原文对照 at ${viewport.width}×${viewport.height}: selecting an I1 cell brings its source line into view`, async () => {
      const { page, errors } = await start(viewport);
      await importPasted(page, await gluedSeed());
      expect(await rules(page)).toContain('I1');
      const size = `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: join(SCREENSHOTS, `import-notice-${size}.png`) });
      // The page keeps 600 px beside the pane, and the unit's fields and the title stay on it.
      const page0 = await page.locator('.document').boundingBox();
      expect(page0?.width).toBeGreaterThanOrEqual(600);
      for (const field of [page.getByLabel('所在地区'), page.locator('.doc-title-input')]) {
        const box = await field.boundingBox();
        expect(box && page0 && box.x + box.width <= page0.x + page0.width).toBe(true);
      }
      // The import left a row to compare: the pane is open by itself.
      const pane = page.getByRole('complementary', { name: '原文对照' });
      await expect(pane.isVisible()).resolves.toBe(true);
      await page.locator('.problems li button[data-rule="I1"]').click();
      const current = pane.locator('li.current');
      await expect(current.textContent()).resolves.toContain('一、本年新收政府信息公开申请数量150010016');
      const line = Number(await current.getAttribute('data-line'));
      const source = (await gluedSeed()).replace(/\r\n?/g, '\n').split('\n');
      expect(source[line - 1]).toContain('150010016');
      // Scrolled within the pane so the line is in sight.
      const box = await pane.locator('.source-lines').boundingBox();
      const at = await current.boundingBox();
      expect(box && at && at.y >= box.y && at.y + at.height <= box.y + box.height).toBe(true);
      // The highlight stays within the pane; empty lines keep their place in the count but show no number.
      const inner = await pane.locator('.source-lines').evaluate((e) => e.clientWidth);
      expect(box && at && at.x + at.width <= box.x + inner).toBe(true);
      const numbers = await pane
        .locator('.source-lines li')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e, '::before').content));
      expect(numbers).toEqual(source.map((text, i) => (text.trim() ? `"${i + 1}"` : '""')));
      await page.screenshot({ path: join(SCREENSHOTS, `source-pane-${size}.png`) });
      // 检查结果 and the pane share the side without covering each other: the last finding, scrolled to,
      // is the element under its own centre, and the pane's header is the pane's.
      const problems = page.getByRole('complementary', { name: '检查结果' });
      const last = problems.locator('li').last();
      await last.scrollIntoViewIfNeeded();
      const hit = async (target: typeof last) => {
        const b = await target.boundingBox();
        if (!b) return false;
        return target.evaluate(
          (e, [x, y]) => e.contains(document.elementFromPoint(x ?? 0, y ?? 0)),
          [b.x + b.width / 2, b.y + Math.min(b.height / 2, 8)],
        );
      };
      await expect.poll(() => hit(last)).toBe(true);
      expect(await hit(pane.locator('header'))).toBe(true);
      const sides = [await problems.boundingBox(), await pane.boundingBox()];
      const [p, q] = sides;
      if (p && q && p.x < q.x + q.width && q.x < p.x + p.width) expect(p.y + p.height).toBeLessThanOrEqual(q.y + 1);
      // Closed and opened again from the status bar.
      await pane.getByRole('button', { name: '关闭原文对照' }).click();
      expect(await pane.count()).toBe(0);
      await page.getByRole('button', { name: '显示原文对照' }).click();
      await expect(pane.isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it('a saved web page opened with 打开文件 gets the notice and 原文对照 too (through the import worker)', async () => {
    const { page, errors } = await start();
    openPath = fixturePath('web/portal-2021.html');
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByRole('button', { name: '打开文件…' }).click();
    await page.waitForSelector('.modal');
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByRole('note', { name: '导入说明' }).isVisible()).resolves.toBe(true);
    // Nothing left to compare (no I1, I2): the pane waits to be asked for.
    const pane = page.getByRole('complementary', { name: '原文对照' });
    expect(await pane.count()).toBe(0);
    await page.getByRole('button', { name: '原文对照', exact: true }).click();
    await cell(page, 'T2.a20_5.licensing.decisions').click();
    // The web page's table row, read as tab-separated cells.
    await expect(pane.locator('li.current').textContent()).resolves.toBe('行政许可\t1,024');
    expect(errors).toEqual([]);
  });

  it('原文对照 for rows placed by order (I2): the cell leads to the line its numbers came from', async () => {
    const { page } = await start();
    const text = await seed('001_f490327802bf34e8');
    await importPasted(page, text);
    expect(await rules(page)).toContain('I2');
    await cell(page, 'T3.deny.secret.natural').click();
    const current = page.locator('.source-pane li.current');
    const line = Number(await current.getAttribute('data-line'));
    expect(line).toBeGreaterThan(0);
    expect(await current.textContent()).toBe(text.replace(/\r\n?/g, '\n').split('\n')[line - 1]);
  });

  it('W4 says export uses the official wording; 「知道了」 is kept in the file and undoable; the source is not saved', async () => {
    const { page, errors } = await start();
    // Seed 003 prints two table labels in its own words.
    await importPasted(page, await seed('003_7ee47bbe9f020fb3'));
    const w4 = page.locator('.problems li:has(button[data-rule="W4"])');
    await expect.poll(() => w4.count()).toBe(2);
    expect(await w4.first().textContent()).toContain('导出、打印时按官方用语印出');
    await w4.first().getByRole('button', { name: '知道了' }).click();
    expect(await rules(page)).not.toContain('W4');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await rules(page)).toContain('W4');
    await page.getByRole('button', { name: '重做' }).click();
    expect(await rules(page)).not.toContain('W4');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    const raw = await readFile(savePath ?? '', 'utf8');
    expect(loadReport(savePath ?? '').published?.acknowledged).toEqual(['W4']);
    // The wording as published stays in the file; the source text does not.
    expect(loadReport(savePath ?? '').published?.labels?.['T2.a20_1.repealed']).toBe('本年度废止件数');
    // A table header line of the source is in no field of a report: it would be there only if the source were.
    expect(await seed('003_7ee47bbe9f020fb3')).toContain('勾稽关系为');
    expect(raw).not.toContain('勾稽关系为');

    // Reopened: still dismissed; no source to compare with any more.
    await page.getByRole('button', { name: '首页' }).click();
    openPath = savePath;
    await page.getByRole('button', { name: '打开文件…' }).click();
    await page.waitForSelector('.editor');
    expect(await rules(page)).not.toContain('W4');
    expect(await page.getByRole('button', { name: '显示原文对照' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('历史版本 says what each version changed, and what changed since', async () => {
    const { page, errors } = await start();
    await importPasted(page, await gluedSeed());
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    await typeInto(page, 'T3.open.natural', '3');
    await typeInto(page, 'T3.open.commercial', '1');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    await page.locator('#part-text-problems').fill('一是新问题。');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    // Unsaved too: 此后到现在 counts it.
    await page.locator('.doc-title-input').fill('某镇2021年报告');

    await page.getByRole('button', { name: '历史版本' }).click();
    const items = page.locator('.history li');
    await expect.poll(() => items.count()).toBe(2);
    // Newest first: the version with the two numbers (before the text was edited), then the first save.
    expect(await items.nth(0).locator('.history-changes').textContent()).toBe('与前一版相比：表格数字改动 2 处');
    expect(await items.nth(0).locator('.history-since').textContent()).toBe(
      '此后到现在：第五部分文字有改动；标题有改动',
    );
    expect(await items.nth(1).locator('.history-changes').textContent()).toBe('与前一版相比：没有更早的版本可比较');
    expect(await items.nth(1).locator('.history-since').textContent()).toContain('表格数字改动 2 处');
    await page.locator('.modal.history').screenshot({ path: join(SCREENSHOTS, 'history-changes.png') });
    expect(errors).toEqual([]);
  });
});
