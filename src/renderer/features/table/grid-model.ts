import type { TableDef } from '@shared/format';

/** Where a value cell sits: its row among rows that have values, its index in that row, its grid columns. */
export interface CellPlace {
  id: string;
  row: number;
  index: number;
  col: number;
  span: number;
}

export interface TableModel {
  /** Rows that hold value cells, each in printed order. */
  rows: CellPlace[][];
  byId: Map<string, CellPlace>;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'next' | 'prev';

const models = new WeakMap<TableDef, TableModel>();

/** Lays the body out like the printed table (rowspans push cells right) to know what is above what. */
export function tableModel(table: TableDef): TableModel {
  const cached = models.get(table);
  if (cached) return cached;
  const taken: boolean[][] = table.body.map(() => []);
  const rows: CellPlace[][] = [];
  table.body.forEach((row, r) => {
    let col = 0;
    const places: CellPlace[] = [];
    for (const cell of row) {
      while (taken[r]?.[col]) col++;
      const rs = cell.type === 'label' ? (cell.rowspan ?? 1) : 1;
      const cs = cell.colspan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) (taken[r + dr] ??= [])[col + dc] = true;
      if (cell.type === 'value') places.push({ id: cell.cell, row: rows.length, index: places.length, col, span: cs });
      col += cs;
    }
    if (places.length > 0) rows.push(places);
  });
  const model = { rows, byId: new Map(rows.flat().map((p) => [p.id, p])) };
  models.set(table, model);
  return model;
}

function covering(row: CellPlace[] | undefined, col: number): CellPlace | undefined {
  return row?.find((p) => p.col <= col && col < p.col + p.span);
}

/** The cell a key moves to from `id`; `toEdge` is Ctrl held (jump to the last cell that way). */
export function move(model: TableModel, id: string, where: Move, toEdge = false): string {
  const here = model.byId.get(id);
  if (!here) return id;
  const row = model.rows[here.row] ?? [];
  const vertical = (step: 1 | -1) => {
    let found = here;
    for (let r = here.row + step; r >= 0 && r < model.rows.length; r += step) {
      const c = covering(model.rows[r], here.col);
      if (c) {
        found = c;
        if (!toEdge) break;
      }
    }
    return found.id;
  };
  switch (where) {
    case 'up':
      return vertical(-1);
    case 'down':
      return vertical(1);
    case 'left':
      return (toEdge ? row[0] : row[here.index - 1])?.id ?? id;
    case 'right':
      return (toEdge ? row[row.length - 1] : row[here.index + 1])?.id ?? id;
    case 'home':
      return (toEdge ? model.rows[0]?.[0] : row[0])?.id ?? id;
    case 'end': {
      const last = model.rows[model.rows.length - 1];
      return (toEdge ? last?.[last.length - 1] : row[row.length - 1])?.id ?? id;
    }
    case 'next':
      return row[here.index + 1]?.id ?? model.rows[here.row + 1]?.[0]?.id ?? id;
    case 'prev': {
      const above = model.rows[here.row - 1];
      return row[here.index - 1]?.id ?? above?.[above.length - 1]?.id ?? id;
    }
  }
}

/** The cells of the block between two corners, row by row (for copying out). */
export function block(model: TableModel, a: string, b: string): string[][] {
  const p = model.byId.get(a);
  const q = model.byId.get(b);
  if (!p || !q) return [];
  const [r0, r1] = [Math.min(p.row, q.row), Math.max(p.row, q.row)];
  const [i0, i1] = [Math.min(p.index, q.index), Math.max(p.index, q.index)];
  return model.rows.slice(r0, r1 + 1).map((row) => row.slice(i0, i1 + 1).map((c) => c.id));
}

/** Where each value of a pasted block lands, starting at `id`; values falling outside the table are counted. */
export function pasteTargets(
  model: TableModel,
  id: string,
  values: string[][],
): { targets: [string, string][]; outside: number } {
  const here = model.byId.get(id);
  const targets: [string, string][] = [];
  let outside = 0;
  values.forEach((line, i) => {
    const row = here ? model.rows[here.row + i] : undefined;
    line.forEach((text, j) => {
      const cell = row?.[(here?.index ?? 0) + j];
      if (cell) targets.push([cell.id, text]);
      else outside++;
    });
  });
  return { targets, outside };
}
