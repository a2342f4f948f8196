import { GOV_2019 } from './gov2019';
import { GOV_2021 } from './gov2021';
import type { CellDef, FormatDef, FormatId, NarrativePartId, PartDef, TableId } from './types';

export * from './types';
export { T3_APPLICANTS, T3_COLUMNS, T3_NOTE, t3ColumnName, t3OutcomeRows } from './t3';
export { T4_GROUPS, T4_RESULTS } from './t4';
export { printedLabels } from './grid';

export const FORMATS: Readonly<Record<FormatId, FormatDef>> = { 'gov-2021': GOV_2021, 'gov-2019': GOV_2019 };
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

/** Reports before 2019 predate both formats (spec §2). */
export const FIRST_SUPPORTED_YEAR = 2019;

export const TABLE_IDS: readonly TableId[] = ['T2', 'T3', 'T4'];
/** How messages name each table: by the part that holds it. */
export const TABLE_NAMES: Readonly<Record<TableId, string>> = {
  T2: '第二部分表格',
  T3: '第三部分表格',
  T4: '第四部分表格',
};
export const NARRATIVE_PARTS: readonly NarrativePartId[] = ['overview', 'problems', 'other'];

export function isFormatId(id: string): id is FormatId {
  return Object.hasOwn(FORMATS, id);
}

/** The format a report year must use (spec §2, rule H6). */
export function formatForYear(year: number): FormatId {
  return year >= GOV_2021.firstYear ? 'gov-2021' : 'gov-2019';
}

export interface FormatIndex {
  readonly format: FormatDef;
  /** Every value cell of T2, T3, T4 in printed order. */
  readonly cells: readonly CellDef[];
  readonly byId: ReadonlyMap<string, CellDef>;
  /** The value cells of each row (`T3.deny.secret`), in column order. */
  readonly byRow: ReadonlyMap<string, readonly CellDef[]>;
  /** Totals in an order where every derivation's inputs come first. */
  readonly derived: readonly CellDef[];
  readonly part: (id: string) => PartDef | undefined;
}

const indexes = new Map<FormatId, FormatIndex>();

/** Lookup tables built once per format; everything that walks cells goes through here. */
export function formatIndex(id: FormatId): FormatIndex {
  let index = indexes.get(id);
  if (!index) {
    const format = FORMATS[id];
    const cells = TABLE_IDS.flatMap((t) => format.tables[t].cells);
    index = {
      format,
      cells,
      byId: new Map(cells.map((c) => [c.id, c])),
      byRow: cellsByRow(cells),
      derived: cells.filter((c) => c.derived),
      part: (partId) => format.parts.find((p) => p.id === partId),
    };
    indexes.set(id, index);
  }
  return index;
}

function cellsByRow(cells: readonly CellDef[]): Map<string, CellDef[]> {
  const rows = new Map<string, CellDef[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  return rows;
}
export { FORMAT_NOTES_2021 } from './notes';
export type { FormatNote } from './notes';
