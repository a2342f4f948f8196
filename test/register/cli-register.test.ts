import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyReport, serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { reportOf, ROOT } from '../helpers';

function nianbao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let reportPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-register-cli-'));
  reportPath = join(dir, '某镇2021.nianbao');
  await writeFile(
    reportPath,
    serializeReport(emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' })),
  );
});

const reopen = async (path = reportPath): Promise<Report> => reportOf(parseReportFile(await readFile(path, 'utf8')));

/**
 * A register as a township keeps it in WPS: a title row, the office's own words, dates typed three
 * ways and as real date cells, a blank row, and two rows that cannot be read.
 */
async function officeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2021年');
  ws.addRow(['2021年依申请公开登记台账']);
  ws.addRow(['登记号', '收到日期', '申请人类型', '申请人', '联系电话', '申请内容', '办理结果', '答复日期']);
  ws.addRow([
    '001',
    new Date(Date.UTC(2021, 2, 5)),
    '公民',
    '王五',
    '13900000009',
    '征地补偿',
    '同意公开',
    '2021/3/22',
  ]);
  ws.addRow(['002', '2021-04-01', '企业', '某某公司', '0371-1234567', '招标文件', '部分公开', '2021年4月20日']);
  ws.addRow(['003', '2021.6.1', '个人', '赵六', '', '规划图', '信息不存在', '2021-06-18']);
  ws.addRow([
    '004',
    '2021-07-01',
    '律师事务所',
    '某律所',
    '',
    '执法案卷',
    '（三）不予公开 1.属于国家秘密',
    '2021-07-20',
  ]);
  ws.addRow(['005', '2021-12-24', '公民', '孙七', '', '低保名单', '', '']);
  ws.addRow([]);
  ws.addRow(['006', '三月五日', '公民', '', '', '日期写错', '同意公开', '2021-03-10']);
  ws.addRow(['007', '2021-05-05', '外星人', '', '', '类型写错', '不知道', '2021-05-10']);
  await wb.xlsx.writeFile(path);
}

// Each case runs the CLI several times (and LibreOffice once) on a machine shared with other builds.
describe('nianbao register', { timeout: 180_000 }, () => {
  it('imports an office’s xlsx with mixed words, lists the rows it cannot read, and counts table three', async () => {
    const xlsx = join(dir, '台账.xlsx');
    await officeWorkbook(xlsx);
    const r = nianbao('register', reportPath, '--import', xlsx, '--count');
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('读入 5 件申请（新增 5 件，按登记号更新 0 件）');
    expect(r.out).toContain('第 9 行：收到日期“三月五日”不是日期');
    expect(r.out).toContain('第 10 行：申请人类型“外星人”无法识别；办理结果“不知道”无法识别');
    expect(r.out).toContain('新收 5 件，上年结转 0 件，办结 4 件，结转下年度 1 件');
    const report = await reopen();
    expect(report.register?.countsTable).toBe(true);
    expect(
      report.register?.applications.map((a) => [a.number, a.received, a.applicant, a.outcome ?? '', a.answered ?? '']),
    ).toEqual([
      ['001', '2021-03-05', 'natural', 'open', '2021-03-22'],
      ['002', '2021-04-01', 'commercial', 'partial', '2021-04-20'],
      ['003', '2021-06-01', 'natural', 'none.not_held', '2021-06-18'],
      ['004', '2021-07-01', 'legal', 'deny.secret', '2021-07-20'],
      ['005', '2021-12-24', 'natural', '', ''],
    ]);
    expect(report.cells['T3.new.natural']).toBe(3);
    expect(report.cells['T3.none.not_held.natural']).toBe(1);
    expect(report.cells['T3.carry_out.total']).toBe(1);
    expect(report.cells['T3.result_total.total']).toBe(4);
    // The import is saved; importing the same sheet again updates by 登记号 instead of doubling.
    expect(nianbao('register', reportPath, '--import', xlsx).out).toContain('新增 0 件，按登记号更新 5 件');
  });

  it('exports the register to xlsx and reads it back to the same applications', async () => {
    const xlsx = join(dir, '台账.xlsx');
    await officeWorkbook(xlsx);
    nianbao('register', reportPath, '--import', xlsx);
    const out = join(dir, '导出台账.xlsx');
    const r = nianbao('register', reportPath, '--export', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已导出登记台账 5 件');
    const second = join(dir, 'second.nianbao');
    await writeFile(
      second,
      serializeReport(emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' })),
    );
    expect(nianbao('register', second, '--import', out).code).toBe(0);
    const strip = (rep: Report) => rep.register?.applications.map(({ id: _id, ...rest }) => rest);
    expect(strip(await reopen(second))).toEqual(strip(await reopen()));
    // LibreOffice opens the export as a spreadsheet (WPS and Excel read the same OOXML).
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, out],
      {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
      },
    );
    const csv = await readFile(join(dir, '导出台账.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^登记号,收到日期,渠道,申请人类型,申请人,联系电话,申请内容,办理结果,答复日期/);
    expect(csv).toContain('001,2021-03-05,其他,自然人,王五');
  });

  it('reads a CSV saved by older Excel in GBK', async () => {
    const utf8 = join(dir, 'utf8.csv');
    await writeFile(
      utf8,
      '登记号,收到日期,申请人类型,申请人,申请内容,办理结果,答复日期\n8,2021-09-10,公民,钱八,"道路,桥梁",,\n',
    );
    const gbk = join(dir, 'gbk.csv');
    await writeFile(gbk, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', utf8]));
    const r = nianbao('register', reportPath, '--import', gbk);
    expect(r.code, r.out + r.err).toBe(0);
    const app = (await reopen()).register?.applications[0];
    expect(app).toMatchObject({ number: '8', name: '钱八', subject: '道路,桥梁', applicant: 'natural' });
  });

  it('--due lists open applications with their due dates; check warns of the overdue ones (R1)', async () => {
    const csv = join(dir, 'due.csv');
    await writeFile(csv, '登记号,收到日期,申请人类型\nA,2021-09-10,公民\nB,2021-10-11,企业\n');
    nianbao('register', reportPath, '--import', csv);
    const due = nianbao('register', reportPath, '--due', '--today', '2021-10-15', '--json');
    expect(JSON.parse(due.out)).toMatchObject({
      today: '2021-10-15',
      open: [
        { number: 'A', state: 'overdue', due: '2021-10-14', workdaysLeft: -1 },
        { number: 'B', state: 'running', due: '2021-11-08', workdaysLeft: 16 },
      ],
    });
    expect(nianbao('register', reportPath, '--due', '--today', '2021-10-15').out).toContain(
      '[已超期] A 2021-09-10收到  — 答复期限 2021-10-14，已超期 1 个工作日',
    );
    const check = nianbao('check', reportPath, '--today', '2021-10-15');
    expect(check.out).toContain(
      '[R1] 登记台账第“A”号申请（2021-09-10收到）答复期限为2021-10-14，至2021-10-15已超期 1 个工作日，仍未答复。',
    );
    expect(check.out).not.toContain('“B”');
  });

  it('--due says plainly when a due date falls in a year whose holidays are not in the data', async () => {
    const csv = join(dir, 'late.csv');
    await writeFile(csv, '登记号,收到日期,申请人类型\nC,2026-12-21,公民\n');
    nianbao('register', reportPath, '--import', csv);
    const text = nianbao('register', reportPath, '--due', '--today', '2026-12-22').out;
    expect(text.split('\n')[0]).toMatch(/^注意：2027年的法定节假日和调休安排未收录在本程序中.*只扣除了周六、周日/);
    // After Mon 12/21: 12/22–31 (8), Fri 1/1 counted as a working day without the 2027 notice (9), 1/4–15 (19), 1/18 (20).
    expect(text).toContain('答复期限 2027-01-18（只扣除周末的估算，见上方说明）');
    const json: unknown = JSON.parse(nianbao('register', reportPath, '--due', '--today', '2026-12-22', '--json').out);
    expect(json).toMatchObject({ calendarMissing: [2027], open: [{ number: 'C', estimated: true }] });
  });

  it('refuses a sheet without the columns it needs, and a file that is no spreadsheet', async () => {
    const csv = join(dir, 'bad.csv');
    await writeFile(csv, '姓名,日期\n张三,2021-01-01\n');
    const r = nianbao('register', reportPath, '--import', csv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到“收到日期、申请人类型”列');
    const fake = join(dir, 'fake.xlsx');
    await writeFile(fake, 'not a zip');
    expect(nianbao('register', reportPath, '--import', fake).err).toContain('这不是有效的 .xlsx 文件');
  });
});
