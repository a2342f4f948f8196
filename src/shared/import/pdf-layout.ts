import type { PageGeometry, PageText } from './page-geometry';
import { ruledTables } from './ruled-tables';
import type { RuledTable } from './ruled-tables';
import { unruledRows } from './unruled-columns';
import { PAGE_NUMBER, STARTS_ITEM } from './paragraph-lines';
import type { RunLine } from './unruled-columns';

/**
 * A PDF's text layer rebuilt as the text importer reads dumps: paragraphs as lines (rejoined where the
 * page wrapped them, across page breaks too), each table row as one tab-separated line with merged
 * cells' continuations empty (as Word tables are read), page numbers and running headers left out.
 * Everything is decided by position, never by the order the producer wrote the text in.
 */

interface Line {
  texts: PageText[];
  y: number;
  x: number;
  end: number;
  size: number;
}

/**
 * Runs on one baseline (within a third of the font size) make a line, in x order. A run near two lines'
 * baselines joins the nearer: a row's numbers, set in another font a little above its label's baseline,
 * belong to that label and not to a group label's line printed a little above them (「年度办」 beside
 * 「1.信访举报投诉类申请」 in a table without rules).
 */
function linesOf(texts: readonly PageText[]): Line[] {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  const near = (l: { y: number; size: number }, t: PageText) => Math.abs(l.y - t.y) <= Math.min(l.size, t.size) / 3;
  const lines: Line[] = [];
  for (const t of sorted)
    if (!lines.some((l) => near(l, t))) lines.push({ texts: [], y: t.y, x: t.x, end: t.x + t.width, size: t.size });
  for (const t of sorted) {
    let line: Line | undefined;
    for (const l of lines) if (near(l, t) && (!line || Math.abs(l.y - t.y) < Math.abs(line.y - t.y))) line = l;
    if (!line) continue;
    line.texts.push(t);
    line.x = Math.min(line.x, t.x);
    line.end = Math.max(line.end, t.x + t.width);
    line.size = Math.max(line.size, t.size);
  }
  for (const l of lines) l.texts.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => a.y - b.y);
}

/** A line's text: runs far apart are cells of an unruled table (a tab), runs a little apart keep a space. */
function lineText(line: Line, tabs: boolean): string {
  let out = '';
  let end: number | undefined;
  for (const t of line.texts) {
    const gap = end === undefined ? 0 : t.x - end;
    if (end !== undefined) out += tabs && gap > 1.5 * t.size ? '\t' : gap > 0.25 * t.size ? ' ' : '';
    out += t.text;
    end = Math.max(end ?? 0, t.x + t.width);
  }
  return out.replace(/[ \u3000]+/g, ' ').trim();
}

/** A cell's text: its lines joined (a wrapped label is one label). */
const cellText = (texts: readonly PageText[]) =>
  linesOf(texts)
    .map((l) => lineText(l, false))
    .join('');

/** The table's rows as tab-separated lines, each at the y where the row starts. */
function tableRows(table: RuledTable): { y: number; text: string }[] {
  const cols = table.xs.length - 1;
  const rows: { y: number; text: string }[] = [];
  for (let r = 0; r + 1 < table.ys.length; r++) {
    const cells: string[] = [];
    let starts = false;
    for (let c = 0; c < cols; c++) {
      const cell = table.cells.find((k) => k.row <= r && r < k.row + k.rows && k.col <= c && c < k.col + k.cols);
      if (!cell || cell.col !== c) continue;
      if (cell.row === r) {
        starts = true;
        cells.push(cellText(cell.texts));
      } else cells.push('');
    }
    if (starts && cells.some((c) => c !== '')) rows.push({ y: table.ys[r] ?? 0, text: cells.join('\t') });
  }
  return rows;
}

/** Lines in the top or bottom margin that are page numbers, or repeat on several pages (running headers). */
function chrome(pages: readonly { height: number; lines: Line[] }[]): Set<Line> {
  const margin = (page: { height: number }, l: Line) => l.y < page.height * 0.1 || l.y > page.height * 0.9;
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const l of page.lines.filter((l) => margin(page, l))) {
      const text = lineText(l, false).replace(/\d+/g, '#');
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  const out = new Set<Line>();
  for (const page of pages)
    for (const l of page.lines) {
      const text = lineText(l, false);
      if (
        PAGE_NUMBER.test(text) ||
        (margin(page, l) && pages.length > 2 && (counts.get(text.replace(/\d+/g, '#')) ?? 0) > 1)
      )
        out.add(l);
    }
  return out;
}

/** The size most of the text is set in (the body's), against which a title is large. */
function bodySize(pages: readonly { lines: Line[] }[]): number {
  const counts = new Map<number, number>();
  for (const l of pages.flatMap((p) => p.lines)) counts.set(l.size, (counts.get(l.size) ?? 0) + l.texts.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * A title set large and centred that wraps onto a second centred line of the same size
 * (「…2024年政府信息公开工作年」「度报告」) is one line, as the text importer looks for it.
 */
function wrapsTitle(prev: Line | undefined, line: Line, width: number, body: number): boolean {
  const centred = (l: Line) => Math.abs((l.x + l.end) / 2 - width / 2) <= width * 0.1;
  return (
    prev !== undefined &&
    prev.size >= body * 1.2 &&
    Math.abs(line.size - prev.size) <= prev.size * 0.05 &&
    line.y - prev.y <= prev.size * 2.2 &&
    centred(prev) &&
    centred(line)
  );
}

/** A row's own start inside a line's label: 「1.」「（二）」「四、」 at its start or after a space. */
const ROW_START = /(?:^|\s)(?:\d+[.、．]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

/**
 * A row of a table without rules printed over several lines, its cells at different heights (the
 * template sets 总计 at the top of its cell and centres the others: 「（二）部分公开（…只计这一情 … 47」, then
 * 「0 9 1 36 0 1」 on the label's next line): the label line's cells join those of the next line that
 * prints cells, when no column has a number in both and that line starts no row of its own; the label's
 * line keeps only its label, as a label wrapped around its numbers reads.
 */
function joinSplitRows(
  lines: readonly Line[],
  unruled: ReadonlyMap<RunLine, { label: PageText[]; cells: string[] }>,
): void {
  const filled = (cells: readonly string[]) => cells.some((c) => c !== '');
  for (let i = 0; i < lines.length; i++) {
    const first = unruled.get(lines[i] as Line);
    if (!first || !filled(first.cells)) continue;
    let j = i + 1;
    while (j < lines.length && !unruled.has(lines[j] as Line)) j++;
    const line = lines[j];
    const next = line && unruled.get(line);
    if (!line || !next || next.cells.length !== first.cells.length || !filled(next.cells)) continue;
    if (first.cells.some((c, k) => c !== '' && next.cells[k] !== '')) continue;
    if (ROW_START.test(lineText({ ...line, texts: next.label }, false))) continue;
    next.cells = next.cells.map((c, k) => c || (first.cells[k] ?? ''));
    first.cells = [];
  }
}

export function pdfLines(pages: readonly PageGeometry[]): string[] {
  const laid = pages.map((page) => {
    const { tables, rest } = ruledTables(page.rules, page.texts);
    return { height: page.height, width: page.width, lines: linesOf(rest), tables };
  });
  const skip = chrome(laid);
  const body = bodySize(laid);
  const read = laid.flatMap((p) => p.lines.filter((l) => !skip.has(l)));
  const unruled = unruledRows(read);
  joinSplitRows(read, unruled);
  const out: string[] = [];
  let last: Line | undefined;
  // The previous paragraph line, to tell whether the next one continues it.
  let open: { line: Line; right: number } | undefined;
  for (const page of laid) {
    const shown = page.lines.filter((l) => !skip.has(l));
    // The text block's edges: where most lines start and the furthest any line reaches.
    const starts = new Map<number, number>();
    for (const l of shown) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
    const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
    const right = Math.max(0, ...shown.map((l) => l.end));
    const blocks = [
      ...shown.map((line) => ({ y: line.y, line })),
      ...page.tables.flatMap(tableRows).map((row) => ({ y: row.y, row: row.text })),
    ].sort((a, b) => a.y - b.y);
    for (const block of blocks) {
      if ('row' in block) {
        out.push(block.row);
        open = last = undefined;
        continue;
      }
      const { line } = block;
      const columns = unruled.get(line);
      const text = columns
        ? [lineText({ ...line, texts: columns.label }, true), ...columns.cells].join('\t')
        : lineText(line, true);
      const title = wrapsTitle(last, line, page.width, body);
      last = line;
      if (title) {
        out[out.length - 1] += text;
        open = undefined;
        continue;
      }
      const continues =
        open &&
        !text.includes('\t') &&
        !STARTS_ITEM.test(text) &&
        open.line.end >= open.right - 1.5 * open.line.size &&
        Math.abs(line.x - left) <= line.size * 0.6 &&
        Math.abs(line.size - open.line.size) <= open.line.size * 0.15;
      if (continues) out[out.length - 1] += text;
      else out.push(text);
      open = text.includes('\t') ? undefined : { line, right };
    }
  }
  return out;
}
