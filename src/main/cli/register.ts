import { readFile } from 'node:fs/promises';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import {
  calendarWarning,
  countRegister,
  DEADLINE_STATE_LABELS,
  localIsoDate,
  mergeApplications,
  openDeadlines,
  uncoveredYears,
  withRegisterCounts,
} from '@shared/register';
import {
  findHeaderRow,
  guessMapping,
  NO_WORDS,
  REGISTER_FIELDS,
  rowsToApplications,
} from '@shared/register/table-import';
import { writeFileAtomic } from '../files/atomic-write';
import { readSheet } from '../register/read-sheet';
import { registerWorkbook } from '../register/write-sheet';
import { EXIT } from './io';
import type { CliIO } from './io';
import { loadForCli } from './load';

export interface RegisterOptions {
  file: string;
  import?: string;
  count: boolean;
  export?: string;
  due: boolean;
  today?: string;
  json: boolean;
}

async function importInto(report: Report, source: string, options: RegisterOptions, io: CliIO) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    io.err(`无法读取台账文件“${source}”：${(error as Error).message}\n`);
    return undefined;
  }
  const sheet = await readSheet(bytes, source);
  if (!sheet.ok) {
    io.err(`无法导入“${source}”：${sheet.message}\n`);
    return undefined;
  }
  const headerAt = findHeaderRow(sheet.rows);
  const rows = sheet.rows.slice(headerAt);
  const mapping = guessMapping(rows[0] ?? []);
  const missing = (['received', 'applicant'] as const).filter((k) => mapping[k] === undefined);
  if (missing.length > 0) {
    const names = missing.map((k) => REGISTER_FIELDS.find((f) => f.key === k)?.label).join('、');
    io.err(
      `“${source}”的表头中找不到“${names}”列。可识别的表头：${REGISTER_FIELDS.map((f) => f.label).join('、')}。` +
        `其他表头请在年报编辑器的“登记台账→导入”中逐列对应。\n`,
    );
    return undefined;
  }
  const read = rowsToApplications(rows, mapping, NO_WORDS, report.formatId, { firstRow: headerAt + 1 });
  const merged = mergeApplications(report.register, read.applications);
  const register = { ...merged.register, ...(options.count ? { countsTable: true } : {}) };
  return { report: withRegisterCounts({ ...report, register }), read, merged };
}

function printDue(report: Report, today: string, json: boolean, io: CliIO): void {
  const rows = report.register ? openDeadlines(report.register, today) : [];
  const uncovered = uncoveredYears(rows);
  if (json) {
    const list = rows.map((r) => ({
      number: r.app.number,
      received: r.app.received,
      subject: r.app.subject,
      state: r.state,
      due: r.due,
      workdaysLeft: r.left,
      estimated: r.estimated,
      ...(r.reason ? { reason: r.reason } : {}),
    }));
    const warning = uncovered.length > 0 ? { calendarMissing: uncovered, warning: calendarWarning(uncovered) } : {};
    io.out(`${JSON.stringify({ today, ...warning, open: list }, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    io.out(`截至${today}，登记台账中没有未答复的申请。\n`);
    return;
  }
  if (uncovered.length > 0) io.out(`注意：${calendarWarning(uncovered)}\n`);
  io.out(`截至${today}，未答复的申请 ${rows.length} 件：\n`);
  for (const r of rows) {
    const when = r.due
      ? `答复期限 ${r.due}${r.estimated ? '（只扣除周末的估算，见上方说明）' : ''}，${r.left! >= 0 ? `还剩 ${r.left} 个工作日` : `已超期 ${-r.left!} 个工作日`}`
      : (r.reason ?? '');
    io.out(
      `  [${DEADLINE_STATE_LABELS[r.state]}] ${r.app.number || '（无登记号）'} ${r.app.received}收到 ${r.app.subject} — ${when}\n`,
    );
  }
}

/** `nianbao register`: a register read from a spreadsheet into the report, written out, or its deadlines listed. */
export async function registerCommand(options: RegisterOptions, io: CliIO): Promise<number> {
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    io.err(`--today 应为“年-月-日”格式的日期（如 2022-01-20），实际为“${options.today}”。\n`);
    return EXIT.unusable;
  }
  let report = await loadForCli(options.file, io);
  if (!report) return EXIT.unusable;
  let code: number = EXIT.ok;
  if (options.import) {
    const done = await importInto(report, options.import, options, io);
    if (!done) return EXIT.unusable;
    report = done.report;
    await writeFileAtomic(options.file, serializeReport(report));
    const { read, merged } = done;
    io.out(
      `已从“${options.import}”读入 ${read.applications.length} 件申请（新增 ${merged.added} 件，按登记号更新 ${merged.updated} 件），保存到“${options.file}”。\n`,
    );
    if (read.rejected.length > 0) {
      io.out(`以下 ${read.rejected.length} 行未能读入，请在表格中改正后重新导入：\n`);
      for (const r of read.rejected) io.out(`  第 ${r.row} 行：${r.reason}\n`);
      code = EXIT.findings;
    }
    if (report.register?.countsTable) {
      const counted = countRegister(report.register, report.formatId, report.year);
      io.out(
        `第三部分表格按登记台账统计：新收 ${counted.cells['T3.new.total']} 件，上年结转 ${counted.cells['T3.carried_in.total']} 件，` +
          `办结 ${counted.cells['T3.result_total.total']} 件，结转下年度 ${counted.cells['T3.carry_out.total']} 件。\n`,
      );
      for (const s of counted.skipped) io.out(`  未计入：${s.number || '（无登记号）'}：${s.reason}\n`);
    }
  } else if (options.count) {
    report = withRegisterCounts({
      ...report,
      register: { applications: [], ...report.register, countsTable: true },
    });
    await writeFileAtomic(options.file, serializeReport(report));
    io.out(`第三部分表格已改为按登记台账统计，保存到“${options.file}”。\n`);
  }
  if (options.export) {
    const apps = report.register?.applications ?? [];
    await writeFileAtomic(options.export, await registerWorkbook(apps, report.formatId, `${report.title} 登记台账`));
    io.out(`已导出登记台账 ${apps.length} 件到“${options.export}”（含申请人信息，请妥善保管）。\n`);
  }
  if (options.due) printDue(report, options.today ?? localIsoDate(), options.json, io);
  return code;
}
