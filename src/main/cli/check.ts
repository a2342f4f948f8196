import { FORMATS } from '@shared/format';
import { evaluate, SEVERITY_LABELS, SEVERITY_ORDER, summarize } from '@shared/rules';
import type { Finding } from '@shared/rules';
import type { Report } from '@shared/report';
import { localIsoDate } from '@shared/register';
import { EXIT } from './io';
import type { CliIO } from './io';
import { importedLines, loadAnyForCli } from './load';
import type { Loaded } from './load';
import { oneLine } from './terminal-text';

export interface CheckOptions {
  file: string;
  previous?: string;
  /** The day of the check for the register's deadlines (R1); defaults to today. */
  today?: string;
  json: boolean;
}

function printText(loaded: Loaded, findings: readonly Finding[], io: CliIO): void {
  const { report } = loaded;
  io.out(
    `${oneLine(report.title)}\n${oneLine(report.unit.name)} · ${report.year}年度 · ${FORMATS[report.formatId].name}\n\n`,
  );
  const imported = importedLines(loaded);
  if (imported.length > 0) io.out(`${imported.join('\n')}\n\n`);
  const summary = summarize(findings);
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    io.out(`${SEVERITY_LABELS[severity]}（${group.length}）\n`);
    for (const f of group) {
      io.out(`  [${f.rule}] ${oneLine(f.message)}\n`);
      if (f.cells.length > 0)
        io.out(`        单元格：${f.cells.slice(0, 8).join('、')}${f.cells.length > 8 ? ' 等' : ''}\n`);
    }
    io.out('\n');
  }
  io.out(`共 ${summary.error} 个错误、${summary.warning} 个警告、${summary.info} 个提示。\n`);
}

export async function checkCommand(options: CheckOptions, io: CliIO): Promise<number> {
  const loaded = await loadAnyForCli(options.file, io);
  if (!loaded) return EXIT.unusable;
  const { report } = loaded;
  let previous: Report | undefined;
  if (options.previous) {
    const before = await loadAnyForCli(options.previous, io, '上一年报告');
    if (!before) return EXIT.unusable;
    for (const line of importedLines(before)) io.err(`${line}\n`);
    previous = before.report;
    if (previous.year !== report.year - 1) {
      io.err(
        `注意：--previous 指定的是${previous.year}年度的报告，不是${report.year - 1}年度，跨年核对（X1、X2、W3）未进行。\n`,
      );
    }
  }
  if (!previous && report.lastYear) io.err(`跨年核对使用文件中保存的${report.lastYear.year}年度报告数据。\n`);
  const findings = evaluate(report, { ...(previous ? { previous } : {}), today: options.today ?? localIsoDate() });
  const imported = loaded.imported ? { imported: loaded.imported } : {};
  if (options.json) io.out(`${JSON.stringify({ ...imported, findings, summary: summarize(findings) }, null, 2)}\n`);
  else printText(loaded, findings, io);
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
