import { parseCellInput } from '../report';

/** One token of a dumped table: a cell's text, and the line it came from. */
export interface Token {
  text: string;
  line: number;
  /** The last cell of a table row, where the dump shows it (a tab line's end, a pipe line's padding). */
  rowEnd?: boolean;
  /** One of several numbers that lost their separators but kept spaces (「0 0 0」). */
  run?: boolean;
  /** The cell a run came from, by its first token's index: the run may be one number with stray spaces (「1 284」). */
  cell?: number;
}

/**
 * A number printed with the unit its cell counts in (「3件」「12.3456万元」 under 本年收费金额（单位：万元）):
 * the number as published, the unit dropped. Only units that cannot change the number: 「元」 is not
 * 万元, and a number in 元 stays text, so it is never placed in a cell of 万元.
 */
const WITH_UNIT = /^(-?[\d０-９][\d０-９.,，]*) ?(?:件|个|项|条|万元)$/;
const withoutUnit = (text: string) => WITH_UNIT.exec(text)?.[1] ?? text;

/** A number, or a mark a table prints for none (「—」「/」「无」), as one of several joined by spaces. */
const isRunPart = (part: string) =>
  /^-?[\d０-９.,，]+$/.test(part) || (part !== '' && parseCellInput(part, 'signed').ok);
/** 「- 3 -」「—3—」: a page number between rows (a copy keeps it), no cell and no label. */
const PAGE_NUMBER = /^[-—–－] ?\d{1,3} ?[-—–－]$/;

/** Cells of a dumped table: tab- or pipe-separated lines, or one cell per line. */
export function tokenize(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((raw, line) => {
    if (raw.trim() === '' && !raw.includes('\t')) return;
    // A lone 「|」 between cells printed a line each (as some scrapers and readers render a table) separates
    // them: it is no blank cell, which would move every number after it one column on.
    if (raw.trim() === '|') return;
    const piped = !raw.includes('\t') && raw.includes('|');
    // Text laid out with spaces (`pdftotext -layout`, a mail's or a viewer's plain text) keeps its columns
    // apart by two spaces or more; one space stays inside a cell (「（一）予以公开」, 「1 284」).
    const cells = raw.includes('\t') ? raw.split('\t') : piped ? raw.split('|') : raw.trim().split(/\s{2,}/);
    // A leading tab indents a cell (one-cell-per-line dumps) or stands for a merged label column: not a cell.
    if (raw.startsWith('\t')) cells.shift();
    // Pipe dumps end every line with 「|」 and pad a row's last cell with more: those are not empty cells.
    let padding = 0;
    while (piped && cells.length > 1 && (cells[cells.length - 1] ?? '').trim() === '') {
      cells.pop();
      padding++;
    }
    for (const cell of cells) {
      const text = withoutUnit(cell.replace(/[\s\u3000]+/g, ' ').trim());
      // 「0 0 0」: several cells that lost their separators but kept spaces; and a row whose cells a copy or
      // a scraper joined with one space each, its label first (「（一）予以公开 0 — 3 1 0 24 28」).
      if (PAGE_NUMBER.test(text)) continue;
      const parts = text.split(' ').map(withoutUnit);
      let label = parts.length;
      while (label > 0 && isRunPart(parts[label - 1] ?? '')) label--;
      const run = parts.slice(label);
      if (run.length === 0 || (label === 0 && run.length === 1)) {
        tokens.push({ text, line });
        continue;
      }
      if (label > 0) tokens.push({ text: parts.slice(0, label).join(' '), line });
      const at = tokens.length;
      run.forEach((p) => tokens.push({ text: p, line, run: true, cell: at }));
    }
    const last = tokens[tokens.length - 1];
    if (last && (raw.includes('\t') || padding > 1)) last.rowEnd = true;
  });
  return tokens;
}

export const isValue = (text: string) =>
  text === '' || parseCellInput(text, 'amount').ok || parseCellInput(text, 'signed').ok;

/**
 * The values of a row's tokens with each run read back as the one number its cell printed (「1 25」 is
 * 125), and the runs as printed; undefined where a run cannot be one number: a number never starts with
 * a 0 its space splits off (「0 0 0」 are zeros that lost their cells).
 */
export function joinRuns(tokens: readonly Token[]): { values: string[]; runs: string[] } | undefined {
  const values: string[] = [];
  const runs: string[] = [];
  tokens.forEach((t, k) => {
    if (t.cell === undefined) values.push(t.text);
    else if (t.cell === tokens[k - 1]?.cell) {
      values[values.length - 1] += t.text;
      runs[runs.length - 1] += ` ${t.text}`;
    } else {
      values.push(t.text);
      runs.push(t.text);
    }
  });
  // A run with a mark for none in it (「— 3」) is cells, never one number.
  return runs.some((r) => /^[0０] /.test(r) || /[^\d０-９.,， ]/.test(r)) ? undefined : { values, runs };
}
