import { isValue } from './tokens';
import type { Token } from './tokens';

/**
 * The values of rows whose labels were lost in the dump, in row order, or nothing when the shape leaves
 * any doubt. Seed 001 is the case: every outcome row of T3 arrives as bare numbers, each printed label
 * turned into one more number in front of the row's values, and each group label into a line of as many
 * numbers as the group has rows. The numbers between the rows found before and after are cut where the
 * dump shows a row's end; they are placed only when there are exactly as many rows as are missing, each
 * with the row's cell count or one more (the label's stand-in, which comes first and is dropped). Without
 * row ends (one cell per line) the count alone must match exactly.
 */
export function unlabeledRows(missing: number, cellsPerRow: number, window: readonly Token[]): string[][] | undefined {
  return unlabeledRowTokens(missing, cellsPerRow, window)?.map((r) => r.map((t) => t.text));
}

/** The same rows as their tokens, so the importer can say which source line each row came from. */
export function unlabeledRowTokens(
  missing: number,
  cellsPerRow: number,
  window: readonly Token[],
): Token[][] | undefined {
  const values = window.filter((t) => isValue(t.text));
  if (missing === 0 || values.length === 0) return undefined;
  if (!values.some((t) => t.rowEnd)) {
    if (values.length !== missing * cellsPerRow) return undefined;
    return Array.from({ length: missing }, (_, r) => values.slice(r * cellsPerRow, (r + 1) * cellsPerRow));
  }
  const segments: Token[][] = [[]];
  for (const t of values) {
    segments[segments.length - 1]?.push(t);
    if (t.rowEnd) segments.push([]);
  }
  if (segments[segments.length - 1]?.length === 0) segments.pop();
  const rows = segments.map((segment) => {
    // A group label's stand-in: a line of numbers (「0 0 0」) before the row's own values.
    const first = segment[0];
    const lead = first?.run ? segment.findIndex((t) => !t.run || t.line !== first.line) : 0;
    const own = lead > 0 && segment.length - lead >= cellsPerRow ? segment.slice(lead) : segment;
    return own.length === cellsPerRow + 1 ? own.slice(1) : own;
  });
  if (rows.length !== missing || rows.some((r) => r.length !== cellsPerRow)) return undefined;
  return rows;
}
