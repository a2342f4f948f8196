import { CellCollector, label } from './grid';
import type { AmountUnit, CellKind, GridRow, TableDef } from './types';

/** T2 has four grid columns: 信息内容 and up to three measures; the last measure spans what is left. */
const T2_COLUMNS = 4;

export interface T2Measure {
  readonly id: string;
  readonly label: string;
  readonly kind: CellKind;
  readonly unit?: AmountUnit;
}

export interface T2Block {
  /** `a20_1`, `a20_5`, … */
  readonly id: string;
  /** 「第二十条第（一）项」 */
  readonly label: string;
  readonly measures: readonly T2Measure[];
  readonly rows: readonly { readonly id: string; readonly label: string }[];
}

export function buildT2(blocks: readonly T2Block[]): TableDef {
  const cc = new CellCollector('T2');
  const body: GridRow[] = [];
  for (const block of blocks) {
    const spans = block.measures.map((_, i) => (i === block.measures.length - 1 ? T2_COLUMNS - i - 1 : 1));
    body.push([cc.named(`T2.${block.id}`, block.label, { colspan: T2_COLUMNS, role: 'section' })]);
    body.push([
      label('信息内容', { role: 'head' }),
      ...block.measures.map((m, i) =>
        cc.named(`T2.${block.id}.${m.id}`, m.label, { colspan: spans[i] ?? 1, role: 'head' }),
      ),
    ]);
    for (const row of block.rows) {
      body.push([
        cc.named(`T2.${block.id}.${row.id}`, row.label),
        ...block.measures.map((m, i) =>
          cc.value(`T2.${block.id}.${row.id}.${m.id}`, m.kind, row.label, m.label, {
            colspan: spans[i] ?? 1,
            ...(m.unit ? { unit: m.unit } : {}),
          }),
        ),
      ]);
    }
  }
  return { id: 'T2', columns: T2_COLUMNS, head: [], body, cells: cc.cells, labels: cc.labels };
}
