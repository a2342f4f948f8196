/** The two official formats of the annual report, described as data (spec §2–§6). */

export type FormatId = 'gov-2021' | 'gov-2019';
export type TableId = 'T2' | 'T3' | 'T4';

/**
 * What a numeric cell may hold (spec §7.1 H5):
 * - count: integer ≥ 0;
 * - signed: integer, negative for a decrease (2019 「本年增/减」);
 * - amount: decimal ≥ 0 with at most {@link MAX_AMOUNT_DECIMALS} decimals, in `unit`.
 */
export type CellKind = 'count' | 'signed' | 'amount';

/** 万元 to the 分 needs six decimals (24252.311082 万元 = 242,523,110.82 元). */
export const MAX_AMOUNT_DECIMALS = 6;

/**
 * The unit an amount is kept in. `'choice'` means the official template prints none (2019 政府集中采购
 * 采购总金额) and the report's settings say which one the clerk uses.
 */
export type AmountUnit = '万元' | '元' | 'choice';

/** A derived total: the cell equals the sum of `of`. */
export interface Derivation {
  readonly of: readonly string[];
}

export interface CellDef {
  readonly id: string;
  readonly table: TableId;
  readonly kind: CellKind;
  readonly unit?: AmountUnit;
  /** Row key (the cell id without its last segment), e.g. `T3.deny.secret`. */
  readonly row: string;
  /** Row label as printed, with its group, e.g. 「（三）不予公开 1.属于国家秘密」. */
  readonly rowLabel: string;
  /** Column label as printed, e.g. 「总计」 or 「本年废止件数」. */
  readonly colLabel: string;
  /** Present on totals that automatic totals compute. */
  readonly derived?: Derivation;
}

/** One printed cell of a table grid: a label or a value cell, with its merges. */
export type GridCell =
  | {
      readonly type: 'label';
      readonly text: string;
      readonly rowspan?: number;
      readonly colspan?: number;
      /** Section rows of T2 (第二十条第（X）项) and column headers, printed in bold. */
      readonly role?: 'section' | 'head';
      /** Printed one character a line, as the template prints the tall narrow 「三、本年度办理结果」. */
      readonly vertical?: true;
    }
  | { readonly type: 'value'; readonly cell: string; readonly colspan?: number };

export type GridRow = readonly GridCell[];

export interface TableDef {
  readonly id: TableId;
  /** Number of grid columns once every merge is accounted for. */
  readonly columns: number;
  /** Header rows, repeated on every printed page. */
  readonly head: readonly GridRow[];
  readonly body: readonly GridRow[];
  /** Value cells in reading order (row by row). */
  readonly cells: readonly CellDef[];
  /**
   * Official wording of each row, group, column and section label by key (`T3.deny.law`, `T3.deny`,
   * `T3.total`, `T2.a20_1.repealed`, `T2.a20_1`), so a label as published can be compared (rule W4).
   */
  readonly labels: Readonly<Record<string, string>>;
}

export type NarrativePartId = 'overview' | 'problems' | 'other';
export type PartId = NarrativePartId | 'active' | 'requests' | 'review';

export interface PartDef {
  readonly id: PartId;
  /** Chinese ordinal as printed: 一 … 六. */
  readonly number: string;
  /** The exact heading (spec §3). */
  readonly heading: string;
  /** Headings also seen in practice that are not a deviation. */
  readonly acceptedHeadings?: readonly string[];
  readonly table?: TableId;
  /** The official guidance for this part, verbatim from the format document. */
  readonly guidance: string;
}

export interface FormatDef {
  readonly id: FormatId;
  /** The document that set the format, e.g. 「国办公开办函〔2021〕30号」. */
  readonly document: string;
  readonly name: string;
  readonly firstYear: number;
  /** Last report year the format applies to; undefined while current. */
  readonly lastYear?: number;
  readonly parts: readonly PartDef[];
  readonly tables: { readonly T2: TableDef; readonly T3: TableDef; readonly T4: TableDef };
}
