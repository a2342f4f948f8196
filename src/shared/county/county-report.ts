import { formatIndex } from '../format';
import { deriveTotals, emptyReport } from '../report';
import type { Report } from '../report';
import type { CountyTables } from './aggregate';

export interface CountyReportInput {
  year: number;
  unitName: string;
  region?: string;
  /** kind of the aggregating body: a county government; a city sums its counties the same way. */
  kind?: Report['unit']['kind'];
}

/**
 * The county's own report prefilled with the sums, to open in the editor and write its parts.
 * Automatic totals stay off when a summed total is not the sum of its summed inputs (some unit's table
 * did not add up): turning them on would change a published number without anyone seeing it.
 */
export function countyReport(tables: CountyTables, input: CountyReportInput): Report {
  const report = emptyReport({
    year: input.year,
    unitName: input.unitName,
    kind: input.kind ?? 'county-government',
    ...(input.region ? { region: input.region } : {}),
  });
  report.formatId = tables.formatId;
  const cells = Object.fromEntries(formatIndex(tables.formatId).cells.map((c) => [c.id, tables.cells[c.id] ?? 0]));
  report.cells = cells;
  const derived = deriveTotals(tables.formatId, cells);
  report.settings = {
    autoTotals: Object.keys(cells).every((id) => derived[id] === cells[id]),
    ...(tables.procurementUnit ? { procurementUnit: tables.procurementUnit } : {}),
  };
  return report;
}
