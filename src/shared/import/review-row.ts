import { isValue } from './tokens';
import type { Token } from './tokens';
import { splitDigits, T4_ROW } from './split-digits';

/**
 * Table four's one data row, found by its shape rather than as "the last fifteen numbers of the part": a
 * page number or a stray number line before or after it must not shift its cells. Table four has no row
 * label; its header (行政复议 … 总计) comes first, then fifteen numbers — on one line (a tab or pipe dump)
 * or one per line. Where more than one run of numbers could be the row, its three 总计 decide; where they
 * cannot, the row is left blank and the clerk told (a number is placed only when the shape leaves no doubt).
 */
export type ReviewRow =
  { found: true; values: string[] } | { found: false; reason?: 'ambiguous' | 'short' | 'glued' | 'unordered' };

const WIDTH = 15;

const number = (t: string) => Number(t.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
const addsUp = (values: readonly string[]) =>
  values.every((v) => v !== '' && Number.isFinite(number(v))) &&
  [0, 5, 10].every((g) => number(values[g + 4] ?? '') === values.slice(g, g + 4).reduce((a, v) => a + number(v), 0));

/** Fifteen cells out of a line's values: empty cells at either end that are no cells (padding, a merged label column) are dropped. */
function trim(values: string[]): string[] {
  const v = [...values];
  while (v.length > WIDTH && v[0] === '') v.shift();
  while (v.length > WIDTH && v[v.length - 1] === '') v.pop();
  return v;
}

export function readReviewRow(tokens: readonly Token[]): ReviewRow {
  // Lines of numbers only (the header's lines hold labels; a page mark 「第 3 页」 is no number either).
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const lines = [...byLine.values()]
    .filter((l) => l.every((t) => isValue(t.text)))
    .map((l) => trim(l.map((t) => t.text)));
  // A line of fifteen cells is the row; lines of one number (a page number) are not.
  const rows = lines.filter((l) => l.length === WIDTH);
  if (rows.length === 1 && rows[0]) return { found: true, values: rows[0] };
  if (rows.length > 1) {
    const adding = rows.filter(addsUp);
    return adding.length === 1 && adding[0]
      ? { found: true, values: adding[0] }
      : { found: false, reason: 'ambiguous' };
  }
  // The row wrapped over lines of several numbers each (5 + 10): together they must make fifteen.
  const wrapped = lines.filter((l) => l.length > 1);
  if (wrapped.length > 1 && wrapped.flat().length === WIDTH) return { found: true, values: wrapped.flat() };
  // One number per line: the row is fifteen of them in a run; a longer run is cut where the totals hold.
  // Nothing but their order says which cell each is, and a text extractor that reads the table column by
  // column (pdftotext without -layout) prints them in another: fifteen whose totals do not hold stay blank.
  const numbers = lines.filter((l) => l.length === 1).flatMap((l) => l.filter((v) => v !== ''));
  if (numbers.length === WIDTH)
    return addsUp(numbers) ? { found: true, values: numbers } : { found: false, reason: 'unordered' };
  if (numbers.length > WIDTH) {
    const windows = Array.from({ length: numbers.length - WIDTH + 1 }, (_, i) => numbers.slice(i, i + WIDTH));
    const adding = windows.filter(addsUp);
    const distinct = new Set(adding.map((w) => w.join('|')));
    return distinct.size === 1 && adding[0]
      ? { found: true, values: adding[0] }
      : { found: false, reason: 'ambiguous' };
  }
  // The row's fifteen numbers run together (「100010000000000」): the three totals say where the cuts are.
  const glued = lines.find((l) => l.length === 1 && /^\d{15,}$/.test(l[0] ?? ''))?.[0];
  if (glued) {
    const { splits, exhausted } = splitDigits(glued, T4_ROW);
    if (splits.length === 1 && !exhausted && splits[0]) return { found: true, values: splits[0].map(String) };
    return { found: false, reason: 'glued' };
  }
  return numbers.length > 0 || lines.some((l) => l.length > 1) ? { found: false, reason: 'short' } : { found: false };
}
