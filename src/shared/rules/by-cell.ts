import { worstFirst } from './severity';
import type { Finding, Severity } from './types';

export interface CellMark {
  severity: Severity;
  /** Every finding's sentence for this cell, worst first, one per line (the tooltip). */
  text: string;
}

/** Findings by cell id, the worst severity first, so a cell can show one mark and every reason. */
export function marksByCell(findings: readonly Finding[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const f of worstFirst(findings)) {
    for (const cell of f.cells) {
      const mark = marks.get(cell);
      if (mark) {
        if (!mark.text.includes(f.message)) mark.text += `\n${f.message}`;
      } else marks.set(cell, { severity: f.severity, text: f.message });
    }
  }
  return marks;
}
