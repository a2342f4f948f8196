import { formatIndex } from '../format';
import type { Cells, Report, ReportFile } from './types';
import { FILE_FORMAT, FILE_VERSION } from './types';

/** Cells in printed order, so two saves of the same report are byte-identical and diffs read like the table. */
function orderedCells(report: Report): Cells {
  const out: Cells = {};
  for (const c of formatIndex(report.formatId).cells) out[c.id] = report.cells[c.id] ?? null;
  return out;
}

export function toReportFile(report: Report): ReportFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, report: { ...report, cells: orderedCells(report) } };
}

export function serializeReport(report: Report): string {
  return `${JSON.stringify(toReportFile(report), null, 2)}\n`;
}
