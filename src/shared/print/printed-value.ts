import { formatIndex } from '../format';
import type { Report } from '../report';

/** A cell as print, PDF and Word show it: blank stays blank, amounts to the report's chosen decimals. */
export function printedValue(report: Report, id: string): string {
  const v = report.cells[id];
  if (v === null || v === undefined) return '';
  const def = formatIndex(report.formatId).byId.get(id);
  return def?.kind === 'amount' && report.settings.amountDecimals !== undefined
    ? v.toFixed(report.settings.amountDecimals)
    : String(v);
}
