import type { PageRule, PageText } from './page-geometry';

/** Points within which two rules are the same line, or a rule reaches another (producers draw loosely). */
const TOLERANCE = 2;

interface Segment {
  /** The fixed coordinate: y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/** A cell of a ruled table, merges included: the grid rows and columns it spans, and the text inside. */
export interface RuledCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  texts: PageText[];
}

export interface RuledTable {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The y of each horizontal grid line, top to bottom, and the x of each vertical one, left to right. */
  ys: number[];
  xs: number[];
  cells: RuledCell[];
}

/** Rules on one line (within the tolerance) that touch or overlap become one. */
function join(segments: Segment[]): Segment[] {
  const lines: Segment[][] = [];
  for (const s of [...segments].sort((a, b) => a.at - b.at)) {
    const line = lines[lines.length - 1];
    if (line && s.at - (line[0]?.at ?? 0) <= TOLERANCE) line.push(s);
    else lines.push([s]);
  }
  const out: Segment[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    let current: Segment | undefined;
    for (const s of line.sort((a, b) => a.from - b.from)) {
      if (current && s.from <= current.to + TOLERANCE) current.to = Math.max(current.to, s.to);
      else out.push((current = { at, from: s.from, to: s.to }));
    }
  }
  return out;
}

/** Distinct positions, close ones taken as one. */
function positions(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > TOLERANCE) out.push(v);
  }
  return out;
}

const covers = (s: Segment, at: number, point: number) =>
  Math.abs(s.at - at) <= TOLERANCE && s.from - TOLERANCE <= point && point <= s.to + TOLERANCE;

class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i] ?? i] ?? i;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** One table's grid from its rules: merged cells are the grid cells no rule separates. */
function grid(horizontal: Segment[], vertical: Segment[]): RuledTable {
  const ys = positions(horizontal.map((s) => s.at));
  const xs = positions(vertical.map((s) => s.at));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const groups = new Groups(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < cols && !vertical.some((s) => covers(s, xs[c + 1] ?? 0, midY)))
        groups.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !horizontal.some((s) => covers(s, ys[r + 1] ?? 0, midX)))
        groups.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const byRoot = new Map<number, RuledCell>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = groups.find(r * cols + c);
      const cell = byRoot.get(root);
      if (!cell) byRoot.set(root, { row: r, col: c, rows: 1, cols: 1, texts: [] });
      else {
        cell.rows = Math.max(cell.rows, r - cell.row + 1);
        cell.cols = Math.max(cell.cols, c - cell.col + 1);
      }
    }
  }
  return {
    left: xs[0] ?? 0,
    right: xs[cols] ?? 0,
    top: ys[0] ?? 0,
    bottom: ys[rows] ?? 0,
    ys,
    xs,
    cells: [...byRoot.values()],
  };
}

/**
 * A run that some producers (LibreOffice) write across a column rule, two cells' numbers in one run
 * (「170 763」 over the rule between 其他 and 总计), split at its spaces into the words on either side,
 * each placed by where its characters fall. A run within one column is kept whole.
 */
function splitAcross(t: PageText, xs: readonly number[]): PageText[] {
  const inner = xs.slice(1, -1);
  if (!/\s/.test(t.text.trim()) || !inner.some((x) => x > t.x + 1 && x < t.x + t.width - 1)) return [t];
  const per = t.width / t.text.length;
  const out: PageText[] = [];
  for (const m of t.text.matchAll(/\S+/g))
    out.push({ ...t, text: m[0], x: t.x + (m.index ?? 0) * per, width: m[0].length * per });
  return out;
}

/**
 * The ruled tables of a page, each with its texts placed in its cells by position: a label wrapped over
 * three lines, or a group label printed one character per line down a merged cell, is one cell's text.
 * Returns the texts outside every table too.
 */
export function ruledTables(
  rules: readonly PageRule[],
  texts: readonly PageText[],
): { tables: RuledTable[]; rest: PageText[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1);
    const dy = Math.abs(r.y2 - r.y1);
    if (dy < 1 && dx >= 4)
      horizontal.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
    else if (dx < 1 && dy >= 4)
      vertical.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
  }
  const hs = join(horizontal);
  const vs = join(vertical);
  // Rules that cross or touch belong to one table.
  const groups = new Groups(hs.length + vs.length);
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (
        v.from - TOLERANCE <= h.at &&
        h.at <= v.to + TOLERANCE &&
        h.from - TOLERANCE <= v.at &&
        v.at <= h.to + TOLERANCE
      )
        groups.union(i, hs.length + j);
    }),
  );
  const members = new Map<number, { h: Segment[]; v: Segment[] }>();
  const member = (i: number) => {
    const root = groups.find(i);
    const m = members.get(root) ?? { h: [], v: [] };
    members.set(root, m);
    return m;
  };
  hs.forEach((h, i) => member(i).h.push(h));
  vs.forEach((v, j) => member(hs.length + j).v.push(v));
  const tables = [...members.values()]
    // A box of one column is a framed paragraph (or shaded lines), not a table.
    .filter((m) => positions(m.h.map((s) => s.at)).length >= 2 && positions(m.v.map((s) => s.at)).length >= 3)
    .map((m) => grid(m.h, m.v));
  const rest: PageText[] = [];
  const inside = (t: PageText) => {
    const cx = t.x + t.width / 2;
    const cy = t.y - t.size / 3;
    return tables.find((tb) => tb.left <= cx && cx <= tb.right && tb.top <= cy && cy <= tb.bottom);
  };
  for (const t of texts.flatMap((k) => {
    const table = inside(k);
    return table ? splitAcross(k, table.xs) : [k];
  })) {
    const cx = t.x + t.width / 2;
    const cy = t.y - t.size / 3;
    const table = inside(t);
    if (!table) {
      rest.push(t);
      continue;
    }
    const r = table.ys.findIndex((y, i) => cy >= y && cy <= (table.ys[i + 1] ?? -Infinity));
    const c = table.xs.findIndex((x, i) => cx >= x && cx <= (table.xs[i + 1] ?? -Infinity));
    const cell = table.cells.find((k) => k.row <= r && r < k.row + k.rows && k.col <= c && c < k.col + k.cols);
    cell?.texts.push(t);
  }
  return { tables, rest };
}
