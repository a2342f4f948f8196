import { formatIndex } from '@shared/format';
import type { FormatId } from '@shared/format';
import type { ExtraRow, Report } from '@shared/report';
import { evaluate } from '@shared/rules';
import { describeRows } from '@shared/report';
import type { Finding } from '@shared/rules';

/** What an import found, as `nianbao import --json` prints it. */
export interface ImportDiagnostics {
  formatId: FormatId;
  year: number;
  unit: Report['unit'];
  placed: number;
  blank: string[];
  /** Cells left blank because their row's digits split more than one way. */
  uncertain: string[];
  /** Labels not understood: rows of the source that are no row of the format, with their numbers. */
  unplaced: ExtraRow[];
  /** Rows of the format the source did not have: their cells stay blank. */
  missingRows: string[];
  /** Rows placed by their order because the source had lost their labels. */
  byPosition: string[];
  findings: Finding[];
  /** What the import inferred or placed without a label, for the clerk to check. */
  notices: string[];
}

export function diagnose(report: Report, notices: readonly string[] = []): ImportDiagnostics {
  const index = formatIndex(report.formatId);
  const cells = index.cells;
  const blank = cells.filter((c) => report.cells[c.id] === null || report.cells[c.id] === undefined).map((c) => c.id);
  return {
    formatId: report.formatId,
    year: report.year,
    unit: report.unit,
    placed: cells.length - blank.length,
    blank,
    uncertain: Object.keys(report.published?.splits ?? {}).flatMap((row) =>
      (index.byRow.get(row) ?? []).map((c) => c.id),
    ),
    unplaced: report.published?.extraRows ?? [],
    missingRows: report.published?.missingRows ?? [],
    byPosition: report.published?.byPosition ?? [],
    findings: evaluate(report),
    notices: [...notices],
  };
}

/** What the clerk reads after an import (in the editor and from the CLI): what was read, and what to check. */
export function importSummary(d: ImportDiagnostics): string[] {
  const missing = d.missingRows.map((row) => describeRows(d.formatId, [row]));
  return [
    `已从原文填入 ${d.placed} 个单元格，空白 ${d.blank.length} 个。`,
    ...(missing.length > 0 ? [`原文缺少${missing.join('、')}，已留空。`] : []),
    ...d.notices,
  ];
}
