import type { FormatId, NarrativePartId, PartId, TableId } from '../format';
import type { Register } from '../register/types';

export const UNIT_KINDS = ['township', 'county-department', 'county-government', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  township: '乡镇人民政府/街道办事处',
  'county-department': '县级人民政府部门',
  'county-government': '县级人民政府',
  other: '其他行政机关',
};

/** A cell holds a number, or null for a blank cell (the printed table must then say 0, rule B1). */
export type CellValue = number | null;
export type Cells = Record<string, CellValue>;

export type ProcurementUnit = '元' | '万元';

export interface ReportSettings {
  /** Totals computed while editing. An editing aid only: loading and checking never recompute. */
  autoTotals: boolean;
  /** gov-2019 政府集中采购 采购总金额: the template prints no unit, so the clerk's choice is kept. */
  procurementUnit?: ProcurementUnit;
  /** Decimals printed for 万元 amounts (some provinces ask for 4); absent means as entered. */
  amountDecimals?: number;
}

/** A row of a printed table that is no row of the official format: its label and numbers as printed. */
export interface ExtraRow {
  table: TableId;
  label: string;
  values: string[];
}

/**
 * What a report printed differently from the official format, recorded by importers so the published
 * wording is kept and rule W4 can point at it. Keys of `labels` are row keys (`T3.deny.law`), group
 * keys (`T3.deny`), column keys (`T3.total`) or T2 measure keys (`T2.a20_1.repealed`).
 */
export interface Published {
  headings?: Partial<Record<PartId, string>>;
  labels?: Record<string, string>;
  missingRows?: string[];
  /**
   * Rows (by row key) whose digits ran together and could be split more than one way: their cells are
   * left blank, and these are the ways, in the row's cell order, for the clerk to pick (finding I1).
   */
  splits?: Record<string, number[][]>;
  /**
   * Rows whose printed numbers the import could not place (labels fitting two rows, numbers that do not fit
   * the row's cells, a group printed as one row, a number it cannot hold): left blank on purpose, so
   * 「空白填0」 leaves them for the clerk to fill from the source — a 0 there would misstate a published number.
   */
  unplaced?: string[];
  /** Rows whose labels the source had lost, placed by their order; the clerk should compare them. */
  byPosition?: string[];
  /** Rows of the source that are no row of the format, as printed with their numbers (not imported; I3). */
  extraRows?: ExtraRow[];
  /**
   * Findings about the import the clerk has acknowledged (「知道了」): kept in the file like I2's 「已核对」
   * (an emptied `byPosition`), so a report reopened does not ask again. Only W4's wording: export prints
   * the official words anyway.
   */
  acknowledged?: AcknowledgedRule[];
}

/** Findings that only inform, so the clerk may dismiss them for the report. */
export const ACKNOWLEDGEABLE_RULES = ['W4'] as const;
export type AcknowledgedRule = (typeof ACKNOWLEDGEABLE_RULES)[number];

/** What the cross-year rules need of last year's report (X1, X2, N8, W3). */
export interface LastYear {
  formatId: FormatId;
  year: number;
  cells: Cells;
  parts: Record<NarrativePartId, string>;
}

export interface Report {
  formatId: FormatId;
  year: number;
  unit: { name: string; kind: UnitKind; region: string };
  title: string;
  preamble: string;
  /** Plain text, paragraphs separated by \n; sub-headings such as 「（一）主动公开」 are lines of their own. */
  parts: Record<NarrativePartId, string>;
  cells: Cells;
  closing: { unit: string; date: string };
  settings: ReportSettings;
  published?: Published;
  /** Last year's report, kept in the file when this one was created from it, so the cross-year rules run anywhere. */
  lastYear?: LastYear;
  /** Parts still holding last year's text (「沿用上年，请更新」) until the clerk edits them. */
  drafts?: NarrativePartId[];
  /** The 依申请公开登记台账 (issue 13); its personal fields never leave the editor. */
  register?: Register;
}

export const FILE_FORMAT = 'nianbao-report';
export const FILE_VERSION = 1;

export interface ReportFile {
  format: typeof FILE_FORMAT;
  version: number;
  report: Report;
}
