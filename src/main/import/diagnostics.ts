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
  findings: Finding[];
}

export function diagnose(report: Report, extra: { uncertain?: string[]; unplaced?: string[] } = {}): ImportDiagnostics {
  const cells = formatIndex(report.formatId).cells;
  const blank = cells.filter((c) => report.cells[c.id] === null || report.cells[c.id] === undefined).map((c) => c.id);
  return {
    formatId: report.formatId,
    year: report.year,
    unit: report.unit,
    placed: cells.length - blank.length,
    blank,
    uncertain: [...(report.published?.uncertain ?? []), ...(extra.uncertain ?? [])],
    // Rows of the official table the source did not have: their cells stay blank and the clerk must look.
    unplaced: [...(report.published?.missingRows ?? []), ...(extra.unplaced ?? [])],
    findings: evaluate(report),
  };
}
