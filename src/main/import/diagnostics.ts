import { formatIndex } from '@shared/format';
import type { Report } from '@shared/report';
import { importFindings } from '@shared/import/checks';
import { evaluate, summarize } from '@shared/rules';
import { describeRows } from '@shared/report';
import type { Finding } from '@shared/rules';

/** What an import found, as `nianbao import --json` prints it. */
export interface ImportDiagnostics {
  formatId: string;
  year: number;
  unit: Report['unit'];
  placed: number;
  blank: string[];
  uncertain: string[];
  unplaced: string[];
  /** Rows placed by their order because the source had lost their labels. */
  byPosition: string[];
  findings: Finding[];
  /** What the import inferred or placed without a label, for the clerk to check. */
  notices: string[];
}

export function diagnose(report: Report, notices: readonly string[] = []): ImportDiagnostics {
  const cells = formatIndex(report.formatId).cells;
  const blank = cells.filter((c) => report.cells[c.id] === null || report.cells[c.id] === undefined).map((c) => c.id);
  return {
    formatId: report.formatId,
    year: report.year,
    unit: report.unit,
    placed: cells.length - blank.length,
    blank,
    uncertain: report.published?.uncertain ?? [],
    // Rows of the official table the source did not have: their cells stay blank and the clerk must look.
    unplaced: report.published?.missingRows ?? [],
    byPosition: report.published?.byPosition ?? [],
    findings: [...importFindings(report), ...evaluate(report)],
    notices: [...notices],
  };
}

/** What the clerk reads after an import, before the report opens: what was read, and what to check. */
export function importSummary(report: Report, notices: readonly string[]): string[] {
  const d = diagnose(report, notices);
  const counts = summarize(d.findings);
  const missing = d.unplaced.map((row) => describeRows(report.formatId, [row]));
  return [
    `已从原文填入 ${d.placed} 个单元格，空白 ${d.blank.length} 个。`,
    ...(missing.length > 0 ? [`原文缺少${missing.join('、')}，已留空。`] : []),
    ...d.notices,
    `检查发现：错误 ${counts.error} 处、警告 ${counts.warning} 处、提示 ${counts.info} 处，见右侧“检查结果”。`,
    '这份报告是导入的，还没有保存：请核对后“另存为” .nianbao 文件。',
  ];
}
