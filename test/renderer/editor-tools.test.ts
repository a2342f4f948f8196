import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_NOTES_2021, FORMATS } from '@shared/format';
import { dataSentence, withAutoTotals } from '@shared/report';
import { CHECKS } from '@shared/rules';
import type { Dialogs } from '../../src/main/app/handlers';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';
import { cell, newReportFromStart, openEditor, sharedBrowser, typeInto } from './harness';
import type { EditorApp } from './harness';

/** Issue 11.12–11.14: 显示上年数, 插入数据说明, 帮助 (F1) and the findings filter, on the real handlers. */
const SHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });
const SIZES = [
  [1366, 768],
  [1024, 640],
] as const;

const browser = sharedBrowser();
let dir: string;
let openPath: string | undefined;
let app: EditorApp | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(openPath),
  chooseSavePath: () => Promise.resolve(undefined),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-tools-'));
  openPath = undefined;
});
afterEach(async () => {
  expect(app?.errors ?? []).toEqual([]);
  expect(app?.foreign ?? []).toEqual([]);
  await app?.page.close();
  app = undefined;
});

/** The editor on the built-in sample (first run), at a size. */
async function start(width = 1366, height = 768): Promise<Page> {
  app = await openEditor(browser(), { userData: join(dir, 'userdata'), dialogs, viewport: { width, height } });
  // A step that cannot happen fails with its locator, well before the test's own timeout.
  app.page.setDefaultTimeout(8000);
  await app.page.waitForSelector('[data-ready="true"]');
  return app.page;
}

async function openFile(page: Page, path: string): Promise<void> {
  openPath = path;
  await page.getByRole('button', { name: '首页' }).click();
  await page.getByRole('button', { name: '打开文件…' }).click();
  await page.waitForSelector('.editor');
}

const notice = (page: Page) => page.locator('.status-notice').textContent();
const overview = (page: Page) => page.locator('#part-text-overview').inputValue();
const listed = (page: Page) =>
  page.locator('.problems button[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
const count = (text: string, part: string) => text.split(part).length - 1;

describe('显示上年数', () => {
  it.each(SIZES)(
    'shows last year’s number in every cell, small and grey, without widening the tables at %i×%i',
    async (w, h) => {
      const page = await start(w, h);
      const toggle = page.getByRole('button', { name: '显示上年数' });
      // The sample has no last year: the toggle says why instead of showing nothing.
      await toggle.click();
      expect(await notice(page)).toContain('本报告没有上年数据');
      expect(await toggle.getAttribute('title')).toContain('从上一年报告新建');
      expect(await page.locator('.cell-last').count()).toBe(0);

      openPath = SAMPLE_PATH;
      await page.getByRole('button', { name: '首页' }).click();
      await page.getByRole('button', { name: '从上一年报告新建…' }).click();
      await page.getByRole('button', { name: '确定' }).click();
      const last = loadReport(SAMPLE_PATH);
      const widths = () =>
        page.locator('.report-table').evaluateAll((ts) => ts.map((t) => Math.round(t.getBoundingClientRect().width)));
      const before = await widths();
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await notice(page)).toContain(`灰色小字是${last.year}年度报告的数字`);
      const figure = (id: string) => cell(page, id).locator('.cell-last');
      expect(await figure('T3.new.natural').textContent()).toBe(`上年 ${last.cells['T3.new.natural']}`);
      // 上年结转 shows what it must equal: last year's 结转下年度继续办理.
      expect(await figure('T3.carried_in.natural').textContent()).toBe(`上年 ${last.cells['T3.carry_out.natural']}`);
      expect(await figure('T3.carried_in.natural').getAttribute('title')).toContain('2025年度结转下年度继续办理');
      expect(await figure('T4.review.total').textContent()).toBe(`上年 ${last.cells['T4.review.total']}`);
      expect(await page.locator('.cell-last').count()).toBe(Object.keys(last.cells).length);
      const size = await figure('T3.new.natural').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(11);
      // The tables keep their width: the figure sits under the value, inside the cell.
      const after = await widths();
      after.forEach((px, i) => expect(Math.abs(px - (before[i] ?? 0))).toBeLessThanOrEqual(2));
      // Every table, table four's fifteen columns too, stays inside the page (none runs past its right edge).
      const overrun = await page.locator('.report-table').evaluateAll((ts) =>
        ts.map((t) => {
          const page = t.closest('.document') as HTMLElement;
          const inner = page.getBoundingClientRect().right - parseFloat(getComputedStyle(page).paddingRight);
          return Math.round(t.getBoundingClientRect().right - inner);
        }),
      );
      overrun.forEach((px) => expect(px).toBeLessThanOrEqual(1));

      // This year's number typed beside last year's.
      await typeInto(page, 'T3.new.natural', '12');
      expect(await cell(page, 'T3.new.natural').locator('.cell-value').textContent()).toBe('12');
      expect(await figure('T3.new.natural').textContent()).toBe(`上年 ${last.cells['T3.new.natural']}`);
      // The toolbar keeps one line, however narrow the window.
      const toolbar = await page.getByRole('toolbar').evaluate((t) => [t.scrollWidth, t.clientWidth, t.clientHeight]);
      expect(toolbar[0]).toBeLessThanOrEqual(toolbar[1] ?? 0);
      expect(toolbar[2]).toBeLessThan(44);
      await page.locator('#part-requests').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `last-year-T3-${w}x${h}.png`) });
      await page.locator('#part-review').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `last-year-T4-${w}x${h}.png`) });

      // 视图 → 显示上年数 turns it off again.
      await app?.emit('menu:command', 'showLastYear');
      await expect.poll(() => page.locator('.cell-last').count()).toBe(0);
    },
  );
});

describe('插入数据说明', () => {
  it.each(SIZES)(
    'writes the sentences from tables three and four into part 一, updates them in place, one undo step (2021 format, %i×%i)',
    async (w, h) => {
      const page = await start(w, h);
      const sample = loadReport(SAMPLE_PATH);
      await page.locator('#part-overview').getByRole('button', { name: '插入数据说明' }).click();
      // The sample's part 一 states both counts in the clerk's words: asked first, here kept beside the new ones.
      await page.getByRole('alertdialog').getByRole('button', { name: '另外插入' }).click();
      const requests = dataSentence(sample, 'requests');
      const review = dataSentence(sample, 'review');
      const once = await overview(page);
      expect(once).toContain(`（二）依申请公开\n${requests}${review}`);
      expect(await listed(page)).not.toContain('N1');
      expect(await listed(page)).not.toContain('N2');
      await page.locator('#part-overview').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `data-sentences-${w}x${h}.png`) });

      // The tables change: inserting again changes the numbers where the sentences stand.
      await typeInto(page, 'T3.new.natural', '9');
      await typeInto(page, 'T4.review.upheld', '2');
      const changed = withAutoTotals({
        ...sample,
        cells: { ...sample.cells, 'T3.new.natural': 9, 'T4.review.upheld': 2 },
      });
      // Without updating, part 一's own 「收到申请6件」 and the inserted sentence both disagree with the table.
      expect(await listed(page)).toContain('N1');
      await page
        .locator('#part-review')
        .getByRole('button', { name: /插入数据说明/ })
        .click();
      const reviewOnly = await overview(page);
      expect(reviewOnly).toContain(dataSentence(changed, 'review'));
      expect(count(reviewOnly, '本年度发生政府信息公开行政复议')).toBe(1);
      await page.locator('#part-overview').getByRole('button', { name: '插入数据说明' }).click();
      const twice = await overview(page);
      expect(twice).toBe(
        once.replace(requests + review, dataSentence(changed, 'requests') + dataSentence(changed, 'review')),
      );
      expect(count(twice, '本年共收到政府信息公开申请')).toBe(1);
      expect(await notice(page)).toContain('已按表格更新');

      // Each insertion is one step: undo brings back the review sentence alone updated, then the first insertion.
      await page.getByRole('button', { name: '撤销' }).click();
      expect(await overview(page)).toBe(reviewOnly);
      await page.getByRole('button', { name: '撤销' }).click();
      expect(await overview(page)).toBe(once);
    },
  );

  it('asks before writing beside the clerk’s own sentence on the counts: 替换 puts it in that place, 取消 does nothing', async () => {
    const page = await start();
    const sample = loadReport(SAMPLE_PATH);
    const clerks =
      '全年共收到政府信息公开申请6件，上年结转1件；已办结6件，其中予以公开3件、部分公开1件、本机关不掌握相关政府信息2件，结转下年度继续办理1件，均在法定期限内答复。';
    const button = page.locator('#part-overview').getByRole('button', { name: '插入数据说明' });
    const dialog = page.getByRole('alertdialog');
    await button.click();
    expect(await dialog.textContent()).toContain(
      '第一部分已有关于申请数量和行政复议、行政诉讼数量的句子，要替换为按表格生成的句子吗？',
    );
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await overview(page)).toBe(sample.parts.overview);

    await button.click();
    await dialog.getByRole('button', { name: '替换' }).click();
    const text = await overview(page);
    expect(text).toContain(`（二）依申请公开\n${dataSentence(sample, 'requests')}\n（三）`);
    expect(text).not.toContain(clerks);
    expect(count(text, '收到政府信息公开申请')).toBe(1);
    // The clause before the review sentence is the clerk's and stays.
    expect(text).toContain(`组织业务培训2次；${dataSentence(sample, 'review')}`);
    expect(await listed(page)).not.toContain('N1');
    expect(await notice(page)).toBe('已把第一部分“总体情况”中原有的句子替换为按表格生成的数据说明（可撤销）。');
    await page.locator('#part-overview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'data-sentences-replaced-1366x768.png') });
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await overview(page)).toBe(sample.parts.overview);
  });

  it('works in the 2019 trial format too: no N1/N2 after inserting', async () => {
    const page = await start();
    const path = fixturePath('ninghe-2020.nianbao');
    await openFile(page, path);
    const report = loadReport(path);
    await page.locator('#part-overview').getByRole('button', { name: '插入数据说明' }).click();
    const text = await overview(page);
    expect(text).toContain(dataSentence(report, 'requests'));
    expect(text).toContain(dataSentence(report, 'review'));
    expect(await listed(page)).not.toContain('N1');
    expect(await listed(page)).not.toContain('N2');
  });
});

describe('the toolbar’s 查找 and 帮助', () => {
  it.each(SIZES)('open the find bar and help, say their keys, and keep the toolbar one row at %i×%i', async (w, h) => {
    const page = await start(w, h);
    const toolbar = page.getByRole('toolbar', { name: '工具栏' });
    const find = toolbar.getByRole('button', { name: '查找', exact: true });
    const help = toolbar.getByRole('button', { name: '帮助', exact: true });
    expect(await find.getAttribute('title')).toContain('Ctrl+F');
    expect(await help.getAttribute('title')).toContain('F1');
    // One row: every button's top is the first button's, and 帮助 ends inside the window.
    const tops = await toolbar.locator('button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    const end = await help.boundingBox();
    expect(end && end.x + end.width).toBeLessThanOrEqual(w);
    await page.screenshot({ path: join(SHOTS, `toolbar-${w}x${h}.png`) });

    await find.click();
    const bar = page.getByRole('search', { name: '查找' });
    await bar.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('[role="search"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await help.click();
    await page.getByRole('dialog', { name: '帮助' }).waitFor();
  });
});

describe('帮助 (F1)', () => {
  it.each(SIZES)('lists the official guidance, every rule and the keys from their own data, at %i×%i', async (w, h) => {
    const page = await start(w, h);
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: '帮助' });
    await help.waitFor();
    // First the steps a first-time clerk takes, numbered, with the buttons' own names.
    expect(await help.getByRole('tab', { selected: true }).textContent()).toBe('使用步骤');
    const steps = await help.locator('ol.help-steps > li').allTextContents();
    expect(steps.map((t) => t.slice(0, 4))).toEqual(['新建或导', '填写表格', '看检查结', '保存、导']);
    for (const word of ['从上一年报告新建', '打开文件…', '检查结果', '导出PDF', '导出Word', '打印'])
      expect(steps.join('')).toContain(word);
    await page.screenshot({ path: join(SHOTS, `help-steps-${w}x${h}.png`) });
    await help.getByRole('tab', { name: '填写说明' }).click();
    const guide = (await help.textContent()) ?? '';
    for (const part of FORMATS['gov-2021'].parts) expect(guide).toContain(part.guidance.split('\n')[0]);
    for (const note of FORMAT_NOTES_2021) expect(guide).toContain(note.text.split('\n')[0]);
    await page.screenshot({ path: join(SHOTS, `help-guide-${w}x${h}.png`) });

    // Nothing runs behind it.
    await page.keyboard.press('Control+=');
    expect(await page.locator('.toolbar .zoom').textContent()).toBe('100%');

    await help.getByRole('tab', { name: '检查规则' }).click();
    expect(await help.locator('tr[data-rule]').count()).toBe(CHECKS.length);
    for (const rule of CHECKS)
      expect(await help.locator(`tr[data-rule="${rule.id}"]`).textContent()).toContain(rule.title);
    await page.screenshot({ path: join(SHOTS, `help-rules-${w}x${h}.png`) });

    await help.getByRole('tab', { name: '快捷键' }).click();
    const keys = (await help.textContent()) ?? '';
    for (const k of ['Ctrl+S保存', 'Ctrl+Shift+S另存为', 'F1帮助', 'Ctrl+Y / Ctrl+Shift+Z重做', 'F2 / 双击修改'])
      expect(keys).toContain(k);
    await page.screenshot({ path: join(SHOTS, `help-keys-${w}x${h}.png`) });

    // F1 closes it; 帮助 → 快捷键 opens it at the keys; Esc closes it.
    await page.keyboard.press('F1');
    expect(await help.count()).toBe(0);
    await app?.emit('menu:command', 'shortcuts');
    expect(await help.getByRole('tab', { selected: true }).textContent()).toBe('快捷键');
    await page.keyboard.press('Escape');
    expect(await help.count()).toBe(0);
    await app?.emit('menu:command', 'help');
    expect(await help.getByRole('tab', { selected: true }).textContent()).toBe('使用步骤');
  });
});

describe('the findings filter', () => {
  it.each(SIZES)('shows errors only, or one part’s findings, at %i×%i', async (w, h) => {
    const page = await start(w, h);
    await openFile(page, fixturePath('ninghe-2020.nianbao'));
    const panel = page.getByRole('complementary', { name: '检查结果' });
    const all = await listed(page);
    const items = panel.locator('li');
    const classes = () => items.evaluateAll((els: Element[]) => els.map((e) => e.className));

    await panel.getByRole('button', { name: '只看错误' }).click();
    expect(await classes()).toEqual(['error', 'error', 'error']);
    expect(await listed(page)).toEqual(['H1', 'H2', 'H3']);
    expect(await panel.locator('.problems-shown').textContent()).toBe(`显示 3 / ${all.length} 条`);
    await page.screenshot({ path: join(SHOTS, `filter-errors-${w}x${h}.png`) });

    // Errors of part 五: none, and the panel says so.
    await panel.getByRole('button', { name: '只看第五部分' }).click();
    expect(await listed(page)).toEqual([]);
    expect(await panel.locator('.problems-none').textContent()).toBe('没有符合筛选条件的问题。');

    // Everything about part 五 (its heading printed 「5、」: W4), then about table two (W3 30/30/30).
    await panel.getByRole('button', { name: '全部', exact: true }).click();
    expect(await listed(page)).toEqual(['W4']);
    await panel.getByRole('button', { name: '只看第二部分' }).click();
    expect(await listed(page)).toContain('W3');
    for (const rule of await listed(page)) expect(all).toContain(rule);
    await page.screenshot({ path: join(SHOTS, `filter-part-${w}x${h}.png`) });

    await panel.getByRole('button', { name: '全部部分' }).click();
    expect(await listed(page)).toEqual(all);
  });

  it('a fresh report lists each empty part once (C5), not also N3, N5 and N6', async () => {
    const page = await start();
    await newReportFromStart(page);
    expect(await listed(page)).toEqual(['C4', 'C5', 'C5', 'C5', 'B1', 'B1', 'B1']);
  });
});
