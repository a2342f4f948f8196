import type { CellDef, CellKind, AmountUnit, GridCell, GridRow, TableId } from './types';

/** Collects a table's value cells while its grid rows are being written, so both stay in one order. */
export class CellCollector {
  readonly cells: CellDef[] = [];
  readonly labels: Record<string, string> = {};

  constructor(readonly table: TableId) {}

  /** Records the official wording under `key` and returns the printed label cell. */
  named(key: string, text: string, span: Parameters<typeof label>[1] = {}): GridCell {
    this.labels[key] = text;
    return label(text, span);
  }

  value(
    id: string,
    kind: CellKind,
    rowLabel: string,
    colLabel: string,
    extra: { colspan?: number; unit?: AmountUnit; derivedFrom?: readonly string[] } = {},
  ): GridCell {
    const row = id.slice(0, id.lastIndexOf('.'));
    this.cells.push({
      id,
      table: this.table,
      kind,
      row,
      rowLabel,
      colLabel,
      ...(extra.unit ? { unit: extra.unit } : {}),
      ...(extra.derivedFrom ? { derived: { of: extra.derivedFrom } } : {}),
    });
    return extra.colspan && extra.colspan > 1
      ? { type: 'value', cell: id, colspan: extra.colspan }
      : { type: 'value', cell: id };
  }
}

export function label(
  text: string,
  span: { rowspan?: number; colspan?: number; role?: 'section' | 'head'; vertical?: true } = {},
): GridCell {
  const { rowspan, colspan, role, vertical } = span;
  return {
    type: 'label',
    text,
    ...(rowspan && rowspan > 1 ? { rowspan } : {}),
    ...(colspan && colspan > 1 ? { colspan } : {}),
    ...(role ? { role } : {}),
    ...(vertical ? { vertical } : {}),
  };
}

/** Sum of the grid columns a row occupies, counting cells that an earlier rowspan pushes in. */
export function rowWidth(row: GridRow): number {
  return row.reduce((n, c) => n + (c.colspan ?? 1), 0);
}

/** Every label the official table prints, named or not (「三、本年度办理结果」, 「申请人情况」, the note). */
export function printedLabels(table: { head: readonly GridRow[]; body: readonly GridRow[] }): string[] {
  return [...table.head, ...table.body].flatMap((row) => row.flatMap((c) => (c.type === 'label' ? [c.text] : [])));
}
