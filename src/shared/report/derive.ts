import { formatIndex } from '../format';
import type { FormatId } from '../format';
import type { Cells, CellValue, Report } from './types';

/**
 * Recomputes every derived total (T3 总计 column and （七）总计 row, T4 总计) from its inputs. A total whose
 * inputs are all blank stays blank, so an untouched table does not fill itself with zeros.
 */
export function deriveTotals(formatId: FormatId, cells: Cells): Cells {
  const out: Cells = { ...cells };
  for (const def of formatIndex(formatId).derived) {
    let sum: CellValue = null;
    for (const id of def.derived?.of ?? []) {
      const v = out[id];
      if (typeof v === 'number') sum = (sum ?? 0) + v;
    }
    out[def.id] = sum;
  }
  return out;
}

/** The report as the editor keeps it: totals recomputed only when automatic totals are on. */
export function withAutoTotals(report: Report): Report {
  return report.settings.autoTotals ? { ...report, cells: deriveTotals(report.formatId, report.cells) } : report;
}
