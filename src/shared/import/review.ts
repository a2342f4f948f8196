import { formatIndex } from '../format';
import type { FormatId } from '../format';
import type { Report } from '../report';

/**
 * The clerk's answers to what an import left to check (findings I1 and I2): each is an ordinary,
 * undoable edit of the report.
 */

/** Typing into a row whose split was undecided decides it: the row leaves the list of splits. */
export function settleImportChecks(report: Report, edited: readonly string[]): Report {
  const splits = report.published?.splits;
  if (!splits) return report;
  const index = formatIndex(report.formatId);
  const decided = new Set(edited.map((id) => index.byId.get(id)?.row));
  if (!Object.keys(splits).some((row) => decided.has(row))) return report;
  const left = Object.fromEntries(Object.entries(splits).filter(([row]) => !decided.has(row)));
  return { ...report, published: { ...report.published, splits: left } };
}

/** A split the clerk picked for a row (finding I1): its values by cell id, ready to be set as one edit. */
export function splitCells(formatId: FormatId, row: string, split: readonly number[]): Record<string, number> {
  const cells = formatIndex(formatId).byRow.get(row) ?? [];
  return Object.fromEntries(cells.map((c, i) => [c.id, split[i] ?? 0]));
}

/** The clerk compared the rows placed by order with the source (finding I2). */
export function confirmByPosition(report: Report): Report {
  return { ...report, published: { ...report.published, byPosition: [] } };
}

/** The clerk has read W4's wording findings (「知道了」): they are not shown again for this report. */
export function acknowledgeWording(report: Report): Report {
  const acknowledged = report.published?.acknowledged ?? [];
  if (acknowledged.includes('W4')) return report;
  return { ...report, published: { ...report.published, acknowledged: [...acknowledged, 'W4'] } };
}
