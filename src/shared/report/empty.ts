import { formatForYear, formatIndex, NARRATIVE_PARTS } from '../format';
import type { NarrativePartId } from '../format';
import type { Cells, Report, UnitKind } from './types';

export function suggestTitle(unitName: string, year: number): string {
  return `${unitName}${year}年政府信息公开工作年度报告`;
}

export interface NewReportInput {
  year: number;
  unitName: string;
  kind: UnitKind;
  region?: string;
}

/** A blank report for a year, in the format that year requires; every cell blank. */
export function emptyReport(input: NewReportInput): Report {
  const formatId = formatForYear(input.year);
  const cells: Cells = {};
  for (const c of formatIndex(formatId).cells) cells[c.id] = null;
  const parts = Object.fromEntries(NARRATIVE_PARTS.map((p) => [p, ''])) as Record<NarrativePartId, string>;
  return {
    formatId,
    year: input.year,
    unit: { name: input.unitName, kind: input.kind, region: input.region ?? '' },
    title: suggestTitle(input.unitName, input.year),
    preamble: '',
    parts,
    cells,
    closing: { unit: input.unitName, date: '' },
    settings: { autoTotals: true },
  };
}
