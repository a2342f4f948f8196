import { mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeReport } from '@shared/report';
import type { Dialogs } from '../../src/main/app/handlers';
import { numbersFor, unitReport } from '../county/county-fixture';
import { launch } from './browser';
import { cell, openEditor } from './harness';
import type { EditorApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });

const UNITS = ['沭阳县胡集镇人民政府', '沭阳县钱集镇人民政府', '沭阳县塘沟镇人民政府', '沭阳县教育局', '沭阳县公安局'];

let dir: string;
let folder: string;
let savePath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(savePath),
  chooseFolder: () => Promise.resolve(folder),
};

/** A small county: a roster kept as Excel, four reports (one with an error), one unit missing, a broken file, a unit off the roster. */
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-e2e-county-'));
  folder = join(dir, '2021年度报告');
  await mkdir(folder);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  sheet.addRow(['单位名称', '类型', '别名']);
  for (const [i, name] of UNITS.entries()) sheet.addRow([name, i < 3 ? '乡镇' : '部门', '']);
  await book.xlsx.writeFile(join(folder, '名单.xlsx'));
  for (const [i, name] of UNITS.entries()) {
    if (i === 4) continue; // 公安局 sent nothing
    const r = unitReport(name, i < 3 ? 'township' : 'county-department', 2021, numbersFor(i * 7 + 1, 2021), i * 13 + 5);
    if (i === 2) r.cells['T3.result_total.total'] = 0;
    await writeFile(join(folder, `${name}.nianbao`), serializeReport(r));
  }
  await writeFile(
    join(folder, '沭阳县审计局.nianbao'),
    serializeReport(unitReport('沭阳县审计局', 'county-department', 2021, numbersFor(40, 2021), 99)),
  );
  await writeFile(join(folder, '坏文件.nianbao'), 'not json');
  savePath = join(dir, '汇总表.xlsx');
});

let opened: EditorApp | undefined;
afterEach(async () => {
  await opened?.page.close();
  opened = undefined;
});

async function openCounty(viewport?: { width: number; height: number }): Promise<EditorApp> {
  const app = await openEditor(browser, {
    userData: join(dir, 'userdata'),
    dialogs,
    ...(viewport ? { viewport } : {}),
  });
  opened = app;
  await app.page.waitForSelector('[data-ready="true"]');
  if (await app.page.locator('.editor').count()) await app.page.getByRole('button', { name: '首页' }).click();
  await app.page.getByRole('button', { name: '县级汇总…' }).click();
  await app.page.waitForSelector('.county[data-ready="true"]');
  return app;
}

const statuses = (app: EditorApp) =>
  app.page
    .locator('.county-units tbody tr[data-unit]')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-unit'), r.getAttribute('data-status')]));

describe('县级汇总 in Chromium, on the real main-process handlers', () => {
  it('reads the folder main chose and shows every unit with its status, filters and sorts them', async () => {
    const app = await openCounty();
    expect(await statuses(app)).toEqual([
      [UNITS[0], 'ok'],
      [UNITS[1], 'ok'],
      [UNITS[2], 'errors'],
      [UNITS[3], 'ok'],
      [UNITS[4], 'missing'],
      ['沭阳县审计局', 'ok'],
    ]);
    await app.page.screenshot({ path: join(SHOTS, 'county-1366.png'), fullPage: false });
    const unreadable = await app.page.locator('section[aria-label="无法读取的文件"]').textContent();
    expect(unreadable).toContain('坏文件.nianbao：文件已损坏或不是年报编辑器的报告文件，无法读取');
    expect(unreadable).not.toContain('JSON');
    // Two exports of one table told apart, and what a 集中公布包 is, on the buttons themselves.
    const csv = app.page.getByRole('button', { name: '导出CSV' });
    await expect(csv.getAttribute('title')).resolves.toContain('纯文本');
    await expect(app.page.getByRole('button', { name: '集中公布包…' }).getAttribute('title')).resolves.toContain(
      'index.html',
    );
    // A 万元 sum to the 分 is shown as entered, its tooltip says it in 元.
    const fee = app.page.locator('td[data-cell="T2.a20_8.admin_fee.amount"]');
    await expect(fee.getAttribute('title')).resolves.toMatch(/万元 = [\d,]+\.\d\d 元/);
    await expect(app.page.locator('tr[data-unit="沭阳县审计局"]').textContent()).resolves.toContain('不在名单中');

    await app.page.locator('button[data-filter="missing"]').click();
    expect(await statuses(app)).toEqual([[UNITS[4], 'missing']]);
    await app.page.locator('button[data-filter="all"]').click();
    await app.page.getByRole('button', { name: '新收' }).click();
    const news = await app.page.locator('.county-units tbody tr[data-unit] td:nth-child(5)').allTextContents();
    const numbers = news.filter((t) => t !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // A unit's findings, and the county's sums.
    await app.page.getByRole('button', { name: UNITS[2], exact: true }).click();
    await expect(app.page.locator('.unit-findings li[data-rule="H1"]').count()).resolves.toBeGreaterThan(0);
    const sum = [0, 1, 2, 3].reduce((s, i) => s + numbersFor(i * 7 + 1, 2021).licensing, 0);
    await expect(
      app.page.locator('.county-sum td[data-cell="T2.a20_5.licensing.decisions"]').textContent(),
    ).resolves.toContain(String(sum));
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
  });

  it('lists two versions of one unit’s report, counts the one dated later, and lets the clerk choose the other', async () => {
    // 教育局 sent a corrected version: dated later, with other numbers.
    const corrected = unitReport(UNITS[3] ?? '', 'county-department', 2021, numbersFor(50, 2021), 77);
    corrected.closing.date = '2022-01-28';
    await writeFile(join(folder, `${UNITS[3]}（更正）.nianbao`), serializeReport(corrected));
    const app = await openCounty();
    const licensing = () => app.page.locator('.county-sum td[data-cell="T2.a20_5.licensing.decisions"]').textContent();
    const others = [0, 1, 2].reduce((s, i) => s + numbersFor(i * 7 + 1, 2021).licensing, 0);
    const row = app.page.locator(`tr[data-unit="${UNITS[3]}"]`);
    await expect(row.locator('.conflict').textContent()).resolves.toContain('2 份文件');
    await expect(licensing()).resolves.toContain(String(others + numbersFor(50, 2021).licensing));
    await app.page.getByRole('button', { name: UNITS[3], exact: true }).click();
    const choice = app.page.locator('.file-choice');
    await expect(choice.locator('legend').textContent()).resolves.toContain(
      `计入落款日期最新（2022-01-28）的“${UNITS[3]}（更正）.nianbao”`,
    );
    await expect(choice.textContent()).resolves.toMatch(/落款日期 2022-01-20，保存于 \d{4}/);
    await choice.getByRole('radio', { name: new RegExp(`^${UNITS[3]}\\.nianbao`) }).click();
    await app.page.waitForSelector('.file-choice[data-choice="chosen"]');
    await expect(licensing()).resolves.toContain(String(others + numbersFor(3 * 7 + 1, 2021).licensing));
    // Kept in the workspace, so the next run (and nianbao county) counts the same file.
    const config = JSON.parse(await readFile(join(folder, '.nianbao-county.json'), 'utf8')) as {
      chosen: Record<string, string>;
    };
    expect(config.chosen).toEqual({ [UNITS[3] ?? '']: `${UNITS[3]}.nianbao` });
    expect(app.errors).toEqual([]);
  });

  it('opens a unit’s report as a copy (the file is never written), and the county report with the sums', async () => {
    const app = await openCounty({ width: 1024, height: 640 });
    await app.page.screenshot({ path: join(SHOTS, 'county-1024.png'), fullPage: false });
    const source = join(folder, `${UNITS[0]}.nianbao`);
    const before = await readFile(source);
    await app.page.locator(`tr[data-unit="${UNITS[0]}"] .files button`).click();
    await app.page.waitForSelector('.editor');
    expect(await app.page.locator('.doc-title-input').inputValue()).toBe(`${UNITS[0]}2021年政府信息公开工作年度报告`);
    await app.page.getByRole('button', { name: '确定' }).click();
    await app.page.getByRole('button', { name: '首页' }).click();
    await app.page.getByRole('button', { name: '县级汇总…' }).click();
    await app.page.waitForSelector('.county[data-ready="true"]');
    expect(await readFile(source)).toEqual(before);

    await app.page.getByRole('button', { name: '生成县级报告' }).click();
    await app.page.waitForSelector('.editor');
    await app.page.getByRole('button', { name: '确定' }).click();
    const sum = [0, 1, 2, 3].reduce((s, i) => s + numbersFor(i * 7 + 1, 2021).penalty, 0);
    await expect(cell(app.page, 'T2.a20_6.penalty.decisions').textContent()).resolves.toContain(String(sum));
    expect(app.errors).toEqual([]);
  });

  it('exports the 汇总表 to the place the save dialog gave, prints it A4 landscape, and edits the roster', async () => {
    const app = await openCounty();
    await app.page.getByRole('button', { name: '导出汇总表（Excel）' }).click();
    await expect
      .poll(() =>
        readFile(savePath ?? '').then(
          (b) => b.length,
          () => 0,
        ),
      )
      .toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(savePath ?? '');
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '各单位汇总',
      '各单位表格数据',
      '县汇总表',
      '检查结果',
      '汇总来源',
    ]);
    expect(book.worksheets[0]?.getRow(2).getCell(2).value).toBe(UNITS[0]);
    expect(typeof book.worksheets[0]?.getRow(2).getCell(7).value).toBe('number');

    await app.page.getByRole('button', { name: '打印汇总表' }).click();
    await expect.poll(() => app.printed.length).toBe(1);
    expect(app.printed[0]).toContain('size: A4 landscape');

    await app.page.locator('.roster-editor summary').click();
    await app.page.getByLabel('名单').fill(`${UNITS.join('\n')}\n沭阳县审计局\t县审计局`);
    await app.page.getByRole('button', { name: '保存名单并重新汇总' }).click();
    await expect.poll(() => app.page.locator('tr[data-unit="沭阳县审计局"]').textContent()).not.toContain('不在名单中');
    const config = JSON.parse(await readFile(join(folder, '.nianbao-county.json'), 'utf8')) as {
      roster: { name: string; aliases: string[] }[];
    };
    expect(config.roster.at(-1)).toEqual({ name: '沭阳县审计局', aliases: ['县审计局'] });
  });
});
