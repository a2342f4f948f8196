import type { Report } from '../report/types';
import { countRegister } from './count';

/**
 * The report with table three counted from its register, when the clerk turned that on. Like automatic
 * totals it is applied while editing (and by `nianbao register --count`), never on load, so checking
 * still judges what was stored.
 */
export function withRegisterCounts(report: Report): Report {
  if (!report.register?.countsTable) return report;
  const { cells } = countRegister(report.register, report.formatId, report.year);
  return { ...report, cells: { ...report.cells, ...cells } };
}

/** Whether a cell is counted from the register right now (shown, not typed). */
export function isCountedCell(report: Report, cell: string): boolean {
  return Boolean(report.register?.countsTable) && cell.startsWith('T3.');
}
