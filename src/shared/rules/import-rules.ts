import { TABLE_NAMES } from '../format';
import type { FormatIndex } from '../format';
import { describeRows } from '../report';
import type { RuleDef } from './types';

/**
 * What an import from print left for the clerk to check (`report.published`), judged beside the
 * format's rules: not rules of the format (spec §7), but findings the clerk settles the same way.
 */

const cellsOf = (index: FormatIndex, rows: readonly string[]) =>
  rows.flatMap((row) => (index.byRow.get(row) ?? []).map((c) => c.id));

/** Why a row of run-together digits was left blank: no split adds up, the only one contradicts the other rows, or several fit. */
function howSplit(splits: readonly number[][]): string {
  const listed = splits.map((s) => s.join('、')).join(' 或 ');
  if (splits.length === 0) return '没有一种拆法符合合计关系（原文的合计可能有误）';
  if (splits.length === 1) return `唯一符合本行合计的拆法（${listed}）与其他行的合计关系不符（原文的合计可能有误）`;
  return `可能是 ${listed}，不止一种拆法都符合合计关系`;
}

const I1: RuleDef = {
  id: 'I1',
  severity: 'warning',
  title: '导入时数字连在一起、无法确定拆法',
  check: ({ report, index }) =>
    Object.entries(report.published?.splits ?? {}).map(([row, splits]) => ({
      cells: cellsOf(index, [row]),
      message: `${describeRows(report.formatId, [row])}的数字在原文中连在了一起，${howSplit(splits)}，已留空：请按原文选择或填写。`,
    })),
};

const I2: RuleDef = {
  id: 'I2',
  severity: 'info',
  title: '导入时行名丢失、按顺序填入',
  check: ({ report, index }) => {
    const rows = report.published?.byPosition ?? [];
    if (rows.length === 0) return [];
    return [
      {
        cells: cellsOf(index, rows),
        message: `原文${describeRows(report.formatId, rows)}丢失了行名，已按行的顺序填入：请与原文核对。`,
      },
    ];
  },
};

const I3: RuleDef = {
  id: 'I3',
  severity: 'warning',
  title: '原文中对应不到官方格式的行',
  check: ({ report }) => {
    const extra = report.published?.extraRows ?? [];
    if (extra.length === 0) return [];
    const rows = extra.map((r) => `${TABLE_NAMES[r.table]}“${r.label}”（${r.values.join(' ')}）`);
    return [
      {
        cells: [],
        message: `原文有 ${extra.length} 行对应不到官方格式的任何一行，其中的数字没有导入：${rows.join('；')}。请核对是否应计入某一行。`,
      },
    ];
  },
};

export const IMPORT_RULES: readonly RuleDef[] = [I1, I2, I3];
