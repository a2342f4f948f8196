import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport, serializeReport } from '@shared/report';
import { localIsoDate } from '@shared/register';
import type { Application } from '@shared/register';
import { launch } from './browser';
import { cell, openEditor } from './harness';
import type { EditorApp } from './harness';
import type { Dialogs } from '../../src/main/app/handlers';

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
const rows = (page: Page) => page.locator('.register-table tbody tr[data-application]');

/** The app at 1366×768 on its start screen, with the OS dialogs answered by `dialogs`. */
async function startApp(name: string, dialogs: Dialogs): Promise<Page> {
  opened = await openEditor(browser, { userData: join(dir, name), dialogs, viewport: { width: 1366, height: 768 } });
  const { page } = opened;
  await page.waitForSelector('[data-ready="true"]');
  if (await page.locator('.editor').count()) await page.getByRole('button', { name: '首页' }).click();
  return page;
}

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
    const page = await startApp('userdata', {
      chooseOpenPath: () => Promise.resolve(undefined),
      chooseSavePath: () => Promise.resolve(savePath),
    });
    await newReport(page);
    const register = page.getByRole('region', { name: '登记台账' });
    await expect(register.locator('h3').textContent()).resolves.toBe('依申请公开登记台账（0 件）');

    // Two applications: a citizen's by hand, a company's online.
    await register.getByRole('button', { name: '新增申请' }).click();
    // A new application opens with its details (applicant, 补正, 延期 …) under its row.
    await expect(register.getByRole('group', { name: '2025-001 详情' }).isVisible()).resolves.toBe(true);
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
    // The layout judged on screenshots: the table with one application's details open, at 1366×768 and 1024×640.
    await expect(register.getByRole('button', { name: '2025-002 详情' }).getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    // Dates as a Chinese clerk reads them: the browser runs zh-CN (as the app does), the due date has its year.
    await expect(page.evaluate(() => navigator.language)).resolves.toBe('zh-CN');
    await expect(register.locator('td.c-due').first().textContent()).resolves.toMatch(/^2026-01-20/);
    // Every one-line control of the register (text and date boxes, lists, buttons) is one height at both sizes.
    const heights = () =>
      register
        .locator('input:not([type="checkbox"]), select, button')
        .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().height)))]);
    await register.locator('.register-table').scrollIntoViewIfNeeded();
    expect(await heights()).toHaveLength(1);
    await page.screenshot({ path: join(SHOTS, 'register-1366.png'), fullPage: false });
    await page.setViewportSize({ width: 1024, height: 640 });
    await register.locator('.register-table').scrollIntoViewIfNeeded();
    expect(await heights()).toHaveLength(1);
    await page.screenshot({ path: join(SHOTS, 'register-1024.png'), fullPage: false });
    await page.setViewportSize({ width: 1366, height: 768 });
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

  it('imports a WPS-style .xlsx through the mapping step, lists the rows it cannot read, exports .xlsx LibreOffice reads', async () => {
    // A register as an office keeps it: a title row, its own header words, its own words for kinds and results.
    const sheetPath = join(dir, '2025年依申请公开台账.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['某镇2025年依申请公开登记台账']);
    sheet.addRow(['编号', '来文日期', '申请人类别', '申请人', '申请事项', '处理结果', '答复时间']);
    sheet.addRow(['2025-01', new Date(Date.UTC(2025, 2, 3)), '公民', '张三', '征地补偿标准', '同意公开', '2025/3/20']);
    sheet.addRow(['2025-02', '2025年4月1日', '企业', '某公司', '招标文件', '信息不存在', '2025-04-20']);
    sheet.addRow(['2025-03', '2025-05-06', '村民', '李四', '低保名单', '', '']);
    sheet.addRow(['2025-04', '五月', '公民', '王五', '道路规划', '', '']);
    await writeFile(sheetPath, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const exportPath = join(dir, '导出台账.xlsx');
    const page = await startApp('userdata-import', {
      chooseOpenPath: () => Promise.resolve(undefined),
      chooseSavePath: () => Promise.resolve(exportPath),
      chooseFile: () => Promise.resolve(sheetPath),
    });
    await newReport(page);
    const register = page.getByRole('region', { name: '登记台账' });
    await register.getByRole('button', { name: '从Excel导入…' }).click();
    const dialog = page.getByRole('dialog', { name: '导入登记台账' });
    await expect(dialog.locator('h4').textContent()).resolves.toContain('共 4 行（表头在第 2 行）');

    // Guessed from the header: 编号, 申请人类别, 申请事项 …; 「来文日期」 is not a known name: the clerk maps it.
    await expect(dialog.getByLabel('“登记号”对应的列').inputValue()).resolves.toBe('0');
    await expect(dialog.getByLabel('“收到日期”对应的列').inputValue()).resolves.toBe('');
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('请选择“收到日期”对应的列');
    await expect(dialog.getByRole('button', { name: /^导入/ }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('“收到日期”对应的列').selectOption('1');
    const preview = dialog.getByRole('table', { name: '导入预览' });
    await expect(preview.locator('tbody tr').first().textContent()).resolves.toContain('2025-012025-03-03公民张三');

    // The office's words with their meaning; 「村民」 is unknown and asked.
    await expect(dialog.getByLabel('申请人类型“公民”对应').inputValue()).resolves.toBe('natural');
    await expect(dialog.getByLabel('办理结果“信息不存在”对应').inputValue()).resolves.toBe('none.not_held');
    await expect(dialog.getByLabel('申请人类型“村民”对应').inputValue()).resolves.toBe('');
    const rejected = dialog.getByRole('list', { name: '无法读入的行' });
    await expect(rejected.textContent()).resolves.toContain('第 5 行：申请人类型“村民”无法识别');
    await expect(rejected.textContent()).resolves.toContain('第 6 行：收到日期“五月”不是日期');
    await dialog.getByLabel('申请人类型“村民”对应').selectOption('natural');
    await expect(dialog.getByRole('status').textContent()).resolves.toBe(
      '可以读入 3 件申请，1 行无法读入（不会导入，原因如下）。',
    );
    await page.screenshot({ path: join(SHOTS, 'register-import-1366.png') });
    await dialog.getByRole('button', { name: '导入 3 件' }).click();
    await expect(register.locator('.import-done').textContent()).resolves.toContain(
      '导入 3 件申请（新增 3 件，按登记号更新 0 件）；1 行未能读入',
    );
    await expect(rows(page).count()).resolves.toBe(3);
    await expect(register.getByLabel('2025-02 办理结果').inputValue()).resolves.toBe('none.not_held');

    // 导出Excel: a real .xlsx that LibreOffice opens; read back as CSV.
    await register.getByRole('button', { name: '导出Excel' }).click();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(async () => (await readFile(exportPath).catch(() => Buffer.alloc(0))).length).toBeGreaterThan(0);
    const out = join(dir, 'csv');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        out,
        exportPath,
      ],
      { timeout: 90_000, stdio: 'ignore' },
    );
    const csv = (await readFile(join(out, '导出台账.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toMatch(/^登记号,收到日期,渠道,申请人类型,申请人,联系电话,申请内容,办理结果,答复日期/);
    expect(csv.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
      '2025-01,2025-03-03,其他,自然人,张三',
      '2025-02,2025-04-01,其他,商业企业,某公司',
      '2025-03,2025-05-06,其他,自然人,李四',
    ]);
    expect(csv[2]).toContain('本机关不掌握相关政府信息');
  });

  it('the clerk corrects a day of the holiday calendar: due dates recount, undo, saved and reopened', async () => {
    // Received Monday 2025-03-03: the 20 working days run from 3月4日 over four full weeks (4+5+5+5) and
    // Monday 3月31日, its due date. Made a day off, 3月31日 no longer counts: due Tuesday 4月1日.
    const reportPath = join(dir, '某镇校正.nianbao');
    const base = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township', region: '' });
    const app: Application = {
      id: 'm3',
      number: '2025-031',
      received: '2025-03-03',
      channel: '当面',
      applicant: 'natural',
      subject: '校正测试',
    };
    await writeFile(reportPath, serializeReport({ ...base, register: { applications: [app] } }));
    const dialogs: Dialogs = {
      chooseOpenPath: () => Promise.resolve(reportPath),
      chooseSavePath: () => Promise.resolve(reportPath),
    };
    const open = async (name: string) => {
      const page = await startApp(name, dialogs);
      await page.getByRole('button', { name: '打开文件…' }).click();
      await page.waitForSelector('.editor');
      return page;
    };
    let page = await open('userdata-calendar');
    const register = () => page.getByRole('region', { name: '登记台账' });
    const due = () => register().locator('[data-application="m3"] td.c-due').textContent();
    const urgent = () => register().getByRole('list', { name: '即将到期和已超期的申请' }).textContent();
    await expect(due()).resolves.toBe('2025-03-31');
    await expect(urgent()).resolves.toContain('已超期 2025-031 校正测试：答复期限 2025-03-31');

    const corrections = register().getByRole('group', { name: '校正节假日' });
    await corrections.getByLabel('校正日期').fill('2025-03-31');
    await corrections.getByLabel('校正为').selectOption('off');
    await corrections.getByRole('button', { name: '添加' }).click();
    await expect(corrections.getByRole('list', { name: '已校正的日期' }).textContent()).resolves.toContain(
      '2025-03-31 休息日',
    );
    await expect(due()).resolves.toBe('2025-04-01');
    await expect(urgent()).resolves.toContain('答复期限 2025-04-01');
    await register().scrollIntoViewIfNeeded();
    await corrections.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'register-calendar-1366.png') });

    // One undo step takes the correction back, and the due date with it; redo brings both again.
    await page.keyboard.press('Control+z');
    await expect(due()).resolves.toBe('2025-03-31');
    await expect(corrections.getByRole('list', { name: '已校正的日期' }).count()).resolves.toBe(0);
    await page.keyboard.press('Control+y');
    await expect(due()).resolves.toBe('2025-04-01');

    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await readFile(reportPath, 'utf8')).includes('"2025-03-31": "off"')).toBe(true);
    await page.close();
    page = await open('userdata-calendar-2');
    await expect(due()).resolves.toBe('2025-04-01');
    // 删除 is itself an edit: the official calendar counts again.
    await register()
      .getByRole('group', { name: '校正节假日' })
      .getByRole('button', { name: '删除 2025-03-31 的校正' })
      .click();
    await expect(due()).resolves.toBe('2025-03-31');
  });

  it('the start screen lists the recent reports’ overdue applications and opens the report at one', async () => {
    // Received 60 days ago: past any 20 working days. Received today: running, not listed. Received
    // on 21 December: due in January of a year whose holidays are not in the data (as long as that is 2027).
    const day = (offset: number) => localIsoDate(new Date(Date.now() + offset * 86_400_000));
    const app = (id: string, number: string, received: string, subject: string): Application => ({
      id,
      number,
      received,
      channel: '网络',
      applicant: 'natural',
      subject,
      name: '不外传的姓名',
    });
    const year = Number(day(0).slice(0, 4));
    const reportPath = join(dir, '某镇台账.nianbao');
    const base = emptyReport({ year, unitName: '某镇人民政府', kind: 'township', region: '' });
    await writeFile(
      reportPath,
      serializeReport({
        ...base,
        register: {
          applications: [
            app('fresh', `${year}-100`, day(0), '今天收到的申请'),
            app('late', `${year}-007`, day(-60), '超期的申请'),
            app('dec', `${year}-200`, `${year}-12-21`, '年底收到的申请'),
          ],
        },
      }),
    );
    const page = await startApp('userdata-due', {
      chooseOpenPath: () => Promise.resolve(reportPath),
      chooseSavePath: () => Promise.resolve(undefined),
    });
    await page.getByRole('button', { name: '打开文件…' }).click();
    await page.waitForSelector('.editor');
    const register = page.getByRole('region', { name: '登记台账' });
    if (year === 2026) {
      await expect(register.getByRole('alert').textContent()).resolves.toMatch(
        /^2027年的法定节假日和调休安排未收录在本程序中.*只扣除了周六、周日.*可在下方「校正节假日」中逐日添加/,
      );
    }
    await page.getByRole('button', { name: '首页' }).click();
    const due = page.getByRole('region', { name: '即将到期和已超期的申请' });
    await expect.poll(() => due.locator('li').count()).toBe(1);
    const item = due.locator('li').first();
    await expect(item.textContent()).resolves.toMatch(
      new RegExp(`^已超期 ${year}-007 超期的申请某镇台账.nianbao · 答复期限 `),
    );
    await expect(item.textContent()).resolves.not.toContain('不外传的姓名');
    await page.screenshot({ path: join(SHOTS, 'start-due-1366.png') });
    await item.getByRole('button').click();
    await page.waitForSelector('.editor');
    await expect(register.getByRole('group', { name: `${year}-007 详情` }).isVisible()).resolves.toBe(true);
    await expect(register.getByLabel(`${year}-007 申请人`, { exact: true }).inputValue()).resolves.toBe('不外传的姓名');
    await expect
      .poll(() => register.locator(`[data-application="late"]`).evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(768);
  });
});
