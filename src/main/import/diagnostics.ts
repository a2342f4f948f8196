import { formatIndex } from '@shared/format';
import type { Report } from '@shared/report';
import { evaluate } from '@shared/rules';
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
    findings: evaluate(report),
    notices: [...notices],
  };
}
