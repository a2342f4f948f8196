import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { cell, openEditor } from './harness';
import type { EditorApp } from './harness';

let browser: Browser;
let dir: string;
let opened: EditorApp | undefined;
const SHOTS = join(tmpdir(), 'nianbao-screenshots');
mkdirSync(SHOTS, { recursive: true });

beforeAll(async () => {
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'nianbao-register-e2e-'));
});
afterAll(() => browser?.close());
afterEach(() => opened?.page.close());

const text = (page: Page, id: string) => cell(page, id).locator('.cell-value').textContent();
const rows = (page: Page) => page.locator('.register-table tbody tr');

async function newReport(page: Page): Promise<void> {
  await page.waitForSelector('.start');
  await page.getByLabel('单位全称').fill('某镇人民政府');
  await page.getByLabel('报告年度').selectOption('2025');
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.waitForSelector('.editor');
}

describe('the 登记台账 in the editor', { timeout: 120_000 }, () => {
  it('adds, answers and filters applications; table three is counted from them and traced back', async () => {
    const savePath = join(dir, '某镇2025.nianbao');
    opened = await openEditor(browser, {
      userData: join(dir, 'userdata'),
      dialogs: { chooseOpenPath: () => Promise.resolve(undefined), chooseSavePath: () => Promise.resolve(savePath) },
      viewport: { width: 1366, height: 768 },
    });
    const { page } = opened;
    await page.waitForSelector('[data-ready="true"]');
    if (await page.locator('.editor').count()) await page.getByRole('button', { name: '首页' }).click();
    await newReport(page);
    const register = page.getByRole('region', { name: '登记台账' });
    await expect(register.locator('h3').textContent()).resolves.toBe('依申请公开登记台账（0 件）');

    // Two applications: a citizen's by hand, a company's online.
    await register.getByRole('button', { name: '新增申请' }).click();
    await register.getByLabel('2025-001 收到日期').fill('2025-03-03');
    await register.getByLabel('2025-001 申请人', { exact: true }).fill('张三');
    await register.getByLabel('2025-001 联系方式').fill('13800000001');
    await register.getByLabel('2025-001 申请内容').fill('征地补偿标准');
    await register.getByRole('button', { name: '新增申请' }).click();
    await register.getByLabel('2025-002 收到日期').fill('2025-12-22');
    await register.getByLabel('2025-002 渠道').selectOption('网络');
    await register.getByLabel('2025-002 申请人类型').selectOption('commercial');
    await expect(rows(page).count()).resolves.toBe(2);

    // Counting on: table three follows the register and its cells are shown as counted, not typed.
    await register.getByLabel('由登记台账统计第三部分表格').check();
    await expect(text(page, 'T3.new.total')).resolves.toBe('2');
    await expect(text(page, 'T3.carry_out.natural')).resolves.toBe('1');
    await expect(cell(page, 'T3.new.natural').getAttribute('class')).resolves.toContain('counted');
    await cell(page, 'T3.new.natural').dblclick();
    await expect(page.locator('.editor').textContent()).resolves.toContain('这个数字由登记台账统计');

    // Answering the first: 予以公开 on 3月20日 moves it from 结转下年度 to （一）.
    await register.getByLabel('2025-001 办理结果').selectOption('open');
    await register.getByLabel('2025-001 答复日期').fill('2025-03-20');
    await expect(text(page, 'T3.open.natural')).resolves.toBe('1');
    await expect(text(page, 'T3.carry_out.natural')).resolves.toBe('0');
    await expect(text(page, 'T3.carry_out.total')).resolves.toBe('1');
    await expect(text(page, 'T3.result_total.total')).resolves.toBe('1');
    const rules = await page.locator('.problems').textContent();
    expect(rules).not.toMatch(/勾稽关系|六类申请人合计/);

    // 可核查: a cell of table three lists the applications it counts.
    await cell(page, 'T3.new.total').click();
    await expect(register.locator('.cell-filter').textContent()).resolves.toContain('计入的申请：2 件');
    await cell(page, 'T3.carry_out.total').click();
    await expect(register.locator('.cell-filter').textContent()).resolves.toContain('计入的申请：1 件');
    await expect(rows(page).getAttribute('data-application')).resolves.toBeTruthy();
    await expect(register.getByLabel('2025-002 申请人类型').inputValue()).resolves.toBe('commercial');
    await page.screenshot({ path: join(SHOTS, 'register-1366.png'), fullPage: false });
    await register.getByRole('button', { name: '显示全部' }).click();
    await expect(rows(page).count()).resolves.toBe(2);

    // Filtering by state.
    await register.getByLabel('按办理状态筛选').selectOption('open');
    await expect(rows(page).count()).resolves.toBe(1);
    await register.getByLabel('按办理状态筛选').selectOption('answered');
    await expect(register.getByLabel('2025-001 申请内容').inputValue()).resolves.toBe('征地补偿标准');

    // Saved with the register (personal data stays in the office's own file).
    await page.keyboard.press('Control+s');
    await expect
      .poll(async () => (await readFile(savePath, 'utf8').catch(() => '')).includes('"countsTable": true'))
      .toBe(true);
    const saved = JSON.parse(await readFile(savePath, 'utf8')) as {
      report: { cells: Record<string, number>; register: { applications: { name?: string; outcome?: string }[] } };
    };
    expect(saved.report.register.applications.map((a) => [a.name, a.outcome])).toEqual([
      ['张三', 'open'],
      [undefined, undefined],
    ]);
    expect(saved.report.cells['T3.open.natural']).toBe(1);
  });
});
