import { FORMATS, formatIndex, T3_APPLICANTS, T3_COLUMNS, t3OutcomeRows, T4_GROUPS } from '../format';
import type { FormatId } from '../format';

/**
 * A cell as the arithmetic rules address it: its id for findings, its position in the format's cell
 * order for reading. Rules run on every keystroke and on whole batches of reports, so they read a
 * dense array (see RuleInput.values) instead of looking up id strings hundreds of times.
 */
export interface CellRef {
  id: string;
  at: number;
}

/** The cells the arithmetic rules walk, built once per format. */
export interface RuleLayout {
  /** Every T3 row: its six applicant cells and its 总计. */
  t3Rows: { row: string; six: CellRef[]; total: CellRef }[];
  /** Every T3 column of C⁺ with the cells of the 勾稽关系 and the outcome cells that （七）总计 sums. */
  t3Columns: {
    col: string;
    newCell: CellRef;
    carriedIn: CellRef;
    resultTotal: CellRef;
    carryOut: CellRef;
    outcomes: CellRef[];
  }[];
  /** 总计 of every outcome row, and those of （六）其他处理. */
  outcomeTotals: CellRef[];
  otherTotals: CellRef[];
  t4Groups: { label: string; parts: CellRef[]; total: CellRef }[];
  /** T2 cells grouped by row. */
  t2Rows: CellRef[][];
}

const layouts = new Map<FormatId, RuleLayout>();

export function ruleLayout(formatId: FormatId): RuleLayout {
  let layout = layouts.get(formatId);
  if (layout) return layout;
  const positions = new Map(formatIndex(formatId).cells.map((c, i) => [c.id, i]));
  const ref = (id: string): CellRef => {
    const at = positions.get(id);
    if (at === undefined) throw new Error(`format ${formatId} has no cell ${id}`);
    return { id, at };
  };
  const outcomes = t3OutcomeRows(formatId);
  const rows = ['new', 'carried_in', ...outcomes, 'result_total', 'carry_out'];
  const t2Rows = new Map<string, CellRef[]>();
  for (const c of FORMATS[formatId].tables.T2.cells) {
    t2Rows.set(c.row, [...(t2Rows.get(c.row) ?? []), ref(c.id)]);
  }
  layout = {
    t3Rows: rows.map((row) => ({
      row,
      six: T3_APPLICANTS.map((a) => ref(`T3.${row}.${a.id}`)),
      total: ref(`T3.${row}.total`),
    })),
    t3Columns: T3_COLUMNS.map((col) => ({
      col,
      newCell: ref(`T3.new.${col}`),
      carriedIn: ref(`T3.carried_in.${col}`),
      resultTotal: ref(`T3.result_total.${col}`),
      carryOut: ref(`T3.carry_out.${col}`),
      outcomes: outcomes.map((row) => ref(`T3.${row}.${col}`)),
    })),
    outcomeTotals: outcomes.map((row) => ref(`T3.${row}.total`)),
    otherTotals: outcomes.filter((row) => row.startsWith('other')).map((row) => ref(`T3.${row}.total`)),
    t4Groups: T4_GROUPS.map((g) => ({
      label: g.label,
      parts: ['upheld', 'corrected', 'other', 'pending'].map((k) => ref(`T4.${g.id}.${k}`)),
      total: ref(`T4.${g.id}.total`),
    })),
    t2Rows: [...t2Rows.values()],
  };
  layouts.set(formatId, layout);
  return layout;
}

/** Sum of the cells, blanks counting as 0. */
export function sumOf(values: Float64Array, refs: readonly CellRef[]): number {
  let sum = 0;
  for (const r of refs) sum += values[r.at] ?? 0;
  return sum;
}

export function ids(refs: readonly CellRef[]): string[] {
  return refs.map((r) => r.id);
}
