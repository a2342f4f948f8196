import { CellCollector, label } from './grid';
import type { GridRow, TableDef } from './types';

export const T4_GROUPS = [
  { id: 'review', label: '行政复议' },
  { id: 'suit_direct', label: '未经复议直接起诉' },
  { id: 'suit_after_review', label: '复议后起诉' },
] as const;

export const T4_RESULTS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

/** Both formats print the same T4 (spec §6): one data row of 15 numbers. */
export function buildT4(): TableDef {
  const cc = new CellCollector('T4');
  const parts = T4_RESULTS.filter((r) => r.id !== 'total').map((r) => r.id);
  const head: GridRow[] = [
    [cc.named('T4.review', '行政复议', { colspan: 5, role: 'head' }), label('行政诉讼', { colspan: 10, role: 'head' })],
    [
      ...T4_RESULTS.map((r) => label(r.label, { rowspan: 2, role: 'head' })),
      cc.named('T4.suit_direct', '未经复议直接起诉', { colspan: 5, role: 'head' }),
      cc.named('T4.suit_after_review', '复议后起诉', { colspan: 5, role: 'head' }),
    ],
    [...T4_RESULTS, ...T4_RESULTS].map((r) => label(r.label, { role: 'head' })),
  ];
  const row = T4_GROUPS.flatMap((g) =>
    T4_RESULTS.map((r) =>
      cc.value(
        `T4.${g.id}.${r.id}`,
        'count',
        g.id === 'review' ? '行政复议' : `行政诉讼·${g.label}`,
        r.label,
        r.id === 'total' ? { derivedFrom: parts.map((p) => `T4.${g.id}.${p}`) } : {},
      ),
    ),
  );
  return { id: 'T4', columns: 15, head, body: [row], cells: cc.cells, labels: cc.labels };
}
