import { UNIT_KIND_LABELS } from '../report/types';
import { UNIT_STATUSES } from './assemble';
import type { CountyResult } from './assemble';
import { KEY_TOTALS } from './totals';

export type Cell = string | number | null;

export const UNIT_HEAD = [
  '序号',
  '单位',
  '类型',
  '名单',
  '状态',
  '文件',
  ...KEY_TOTALS.map((t) => t.label),
  '错误',
  '警告',
  '提示',
  '计入汇总',
  '说明',
];

/** One row per unit, then the sums: what the county office reads first (the XLSX, the CSV and the printout). */
export function unitRows(result: CountyResult): Cell[][] {
  const rows = result.units.map((u, i) => [
    i + 1,
    u.name,
    u.own ? '本级' : u.kind ? UNIT_KIND_LABELS[u.kind] : '',
    u.onRoster ? '在名单中' : result.hasRoster ? '不在名单中' : '',
    UNIT_STATUSES[u.status],
    u.files.map((f) => f.rel).join('；'),
    ...KEY_TOTALS.map((t) => u.totals?.[t.id] ?? null),
    u.counts.error,
    u.counts.warning,
    u.counts.info,
    u.included ? '是' : '否',
    u.excluded ?? '',
  ]);
  const sums = result.tables.cells;
  const total = [
    '',
    '合计（计入汇总的单位）',
    '',
    '',
    '',
    '',
    ...KEY_TOTALS.map((t) =>
      t.cells.every((id) => id in sums) ? t.cells.reduce((s, id) => s + (sums[id] ?? 0), 0) : null,
    ),
    '',
    '',
    '',
    '',
    '',
  ];
  return [UNIT_HEAD, ...rows, total];
}
