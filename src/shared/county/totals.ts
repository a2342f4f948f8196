import type { Report } from '../report';

/** The figures a county office reads off each unit's report first (the 汇总表's columns). */
export const KEY_TOTALS = [
  { id: 'new', label: '新收申请', cells: ['T3.new.total'] },
  { id: 'concluded', label: '办结', cells: ['T3.result_total.total'] },
  { id: 'carry_out', label: '结转下年', cells: ['T3.carry_out.total'] },
  { id: 'review', label: '行政复议', cells: ['T4.review.total'] },
  { id: 'suit', label: '行政诉讼', cells: ['T4.suit_direct.total', 'T4.suit_after_review.total'] },
  { id: 'licensing', label: '行政许可', cells: ['T2.a20_5.licensing.decisions'] },
  { id: 'penalty', label: '行政处罚', cells: ['T2.a20_6.penalty.decisions'] },
  { id: 'fee', label: '行政事业性收费（万元）', cells: ['T2.a20_8.admin_fee.amount'] },
] as const;

export type KeyTotalId = (typeof KEY_TOTALS)[number]['id'];
export type KeyTotals = Record<KeyTotalId, number | null>;

/** Each key figure as stored (blanks as 0); null where the report's format has no such cell (2019: no fee amount). */
export function keyTotals(report: Report): KeyTotals {
  const out = {} as KeyTotals;
  for (const t of KEY_TOTALS) {
    const present = t.cells.filter((id) => id in report.cells);
    out[t.id] = present.length === 0 ? null : present.reduce((s, id) => s + (report.cells[id] ?? 0), 0);
  }
  return out;
}
