import { formatIndex } from '../format';
import type { FormatId, TableDef } from '../format';
import { parseCellInput } from '../report';
import type { CellValue, Cells } from '../report';
import { labelFit, labelKey } from './labels';
import { splitDigits, T3_ROW } from './split-digits';

/** One token of a dumped table: a cell's text, and the line it came from. */
interface Token {
  text: string;
  line: number;
}

export interface TableImport {
  cells: Cells;
  /** Cells whose values could be split more than one way (left blank: the clerk must say). */
  uncertain: string[];
  /** The splits that fit each such row, by row key, for the whole-table rules to choose from. */
  candidates: Record<string, { cells: string[]; splits: number[][] }>;
  /** Labels printed differently from the official ones, by label key (for rule W4). */
  labels: Record<string, string>;
  missingRows: string[];
  /** Values that could not be read as numbers, with their row. */
  unplaced: string[];
}

/** Cells of a dumped table: tab- or pipe-separated lines, or one cell per line. */
export function tokenize(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((raw, line) => {
    if (raw.trim() === '' && !raw.includes('\t')) return;
    const piped = !raw.includes('\t') && raw.includes('|');
    const cells = raw.includes('\t') ? raw.split('\t') : piped ? raw.split('|') : [raw];
    // A leading tab indents a cell (one-cell-per-line dumps) or stands for a merged label column: not a cell.
    if (raw.startsWith('\t')) cells.shift();
    // Pipe dumps end every line with 「|」 and pad merged cells with more: those are not empty cells.
    while (piped && cells.length > 1 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    for (const cell of cells) {
      const text = cell.replace(/[\s\u3000]+/g, ' ').trim();
      // 「0 0 0」: several cells that lost their separators but kept spaces.
      const parts = text.split(' ');
      if (parts.length > 1 && parts.every((p) => /^-?[\d０-９.,，]+$/.test(p)))
        parts.forEach((p) => tokens.push({ text: p, line }));
      else tokens.push({ text, line });
    }
  });
  return tokens;
}

const isValue = (text: string) => text === '' || parseCellInput(text, 'amount').ok || parseCellInput(text, 'signed').ok;

/** Value rows of a table: the label to find and the cells that follow it. */
function valueRows(table: TableDef): { key: string; label: string; cells: string[] }[] {
  const byRow = new Map<string, string[]>();
  for (const c of table.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.id]);
  return [...byRow.entries()].map(([row, cells]) => ({ key: row, label: table.labels[row] ?? '', cells }));
}

/**
 * Fits the value tokens found after a label to the row's cells. Spreadsheet dumps add empty tokens for
 * merged label cells before the values and for padding after them; a row short of tokens lost its
 * leading blanks (the 总计 at the end is the value most often printed).
 */
function fit(values: string[], count: number): string[] {
  const v = [...values];
  while (v.length > count && v[0] === '') v.shift();
  while (v.length > count && v[v.length - 1] === '') v.pop();
  while (v.length < count) v.unshift('');
  return v.slice(0, count);
}

/** The digits a label has swallowed (「…申请数量150010016」), if it is the official label followed by digits. */
function gluedDigits(printed: string, official: string): string | undefined {
  const key = labelKey(printed);
  const label = labelKey(official);
  return key.startsWith(label) && /^\d+$/.test(key.slice(label.length)) ? key.slice(label.length) : undefined;
}

/** Reads a table's cells from its dumped tokens by finding each row's label, in order. */
export function readTable(formatId: FormatId, table: TableDef, tokens: readonly Token[]): TableImport {
  const index = formatIndex(formatId);
  const result: TableImport = { cells: {}, uncertain: [], candidates: {}, labels: {}, missingRows: [], unplaced: [] };
  let at = 0;
  const rows = valueRows(table);
  const place = (ids: string[], texts: string[]) => {
    ids.forEach((id, i) => {
      const text = texts[i] ?? '';
      const parsed = parseCellInput(text, index.byId.get(id)?.kind ?? 'count');
      let value: CellValue = null;
      if (parsed.ok) value = parsed.value;
      else result.unplaced.push(`${id}: ${text}`);
      result.cells[id] = value;
    });
  };
  if (table.id === 'T4') {
    // T4 has no row label: its fifteen numbers are the last values of the part.
    const values = tokens.filter((t) => isValue(t.text)).map((t) => t.text);
    const numbers = values.filter((t) => t !== '');
    place(
      table.cells.map((c) => c.id),
      numbers.length >= 15 ? numbers.slice(-15) : fit(values.slice(-15), 15),
    );
    return result;
  }
  // T2 column headers printed in other words (「本年度废止件数」): kept for rule W4. A token that is some
  // official label already, or a fragment of a header broken across lines (「本年新」), is not a variant.
  const official = new Set(Object.values(table.labels).map(labelKey));
  const measures = Object.entries(table.labels).filter(
    ([key]) => table.id === 'T2' && key.split('.').length === 3 && !rows.some((r) => r.key === key),
  );
  for (const t of tokens) {
    if (isValue(t.text) || official.has(labelKey(t.text))) continue;
    for (const [key, label] of measures) {
      const score = labelFit(t.text, label);
      if (
        score >= 0.7 &&
        score < 1 &&
        labelKey(t.text).length >= labelKey(label).length * 0.8 &&
        !(key in result.labels)
      ) {
        result.labels[key] = t.text;
      }
    }
  }
  for (const row of rows) {
    let found = -1;
    let best = 0;
    for (let i = at; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || isValue(t.text)) continue;
      const score = labelFit(t.text, row.label);
      if (score > best) {
        best = score;
        found = i;
        if (score === 1) break;
      }
      // Rows come in order: never look past the next label that fits a later row better.
      if (best > 0 && i > found + 2) break;
    }
    const label = tokens[found];
    if (found < 0 || !label) {
      result.missingRows.push(row.key);
      place(row.cells, []);
      continue;
    }
    const glued = gluedDigits(label.text, row.label);
    if (glued !== undefined) {
      // 「一、本年新收政府信息公开申请数量150010016」: the cells lost their boundaries in copying.
      const splits = splitDigits(glued, row.cells.length, table.id === 'T3' ? T3_ROW : () => true);
      if (splits.length === 1) place(row.cells, (splits[0] ?? []).map(String));
      else {
        place(row.cells, []);
        if (splits.length > 1) {
          result.uncertain.push(...row.cells);
          result.candidates[row.key] = { cells: row.cells, splits };
        } else result.unplaced.push(`${row.key}: ${glued}`);
      }
      at = found + 1;
      continue;
    }
    if (best < 1) result.labels[row.key] = label.text;
    const values: string[] = [];
    let i = found + 1;
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !isValue(t.text)) break;
      values.push(t.text);
    }
    place(row.cells, fit(values, row.cells.length));
    at = i;
  }
  return result;
}
