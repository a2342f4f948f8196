import { formatIndex, TABLE_NAMES } from '../format';
import type { TableId } from '../format';
import { describeRows } from '../report';
import type { Report } from '../report';
import type { Finding } from '../rules';

/**
 * What an import left for the clerk to check, shown beside the rule findings: rows whose digits ran
 * together and split more than one way (I1, left blank), rows placed by their order because the
 * source had lost their labels (I2), and rows of the source that are no row of the format (I3). They
 * are the import's findings, not the format's rules.
 */
export const IMPORT_RULE_IDS: readonly string[] = ['I1', 'I2', 'I3'];

export function importFindings(report: Report): Finding[] {
  const index = formatIndex(report.formatId);
  const rowOf = (cell: string) => index.byId.get(cell)?.row ?? cell;
  const cellsOf = (row: string) => index.cells.filter((c) => c.row === row).map((c) => c.id);
  const findings: Finding[] = [];
  const uncertainRows = [...new Set((report.published?.uncertain ?? []).map(rowOf))];
  for (const row of uncertainRows) {
    const splits = report.published?.splits?.[row] ?? [];
    const choices = splits.length > 0 ? `（可能是 ${splits.map((s) => s.join('、')).join(' 或 ')}）` : '';
    findings.push({
      rule: 'I1',
      severity: 'warning',
      cells: cellsOf(row).filter((c) => report.published?.uncertain?.includes(c)),
      message: `${describeRows(report.formatId, [row])}的数字在原文中连在了一起${choices}，不止一种拆法都符合合计关系，已留空：请按原文选择或填写。`,
    });
  }
  const byPosition = report.published?.byPosition ?? [];
  if (byPosition.length > 0) {
    findings.push({
      rule: 'I2',
      severity: 'info',
      cells: byPosition.flatMap(cellsOf),
      message: `原文${describeRows(report.formatId, byPosition)}丢失了行名，已按行的顺序填入：请与原文核对。`,
    });
  }
  const extra = report.published?.extraRows ?? [];
  if (extra.length > 0) {
    findings.push({
      rule: 'I3',
      severity: 'warning',
      cells: [],
      message: `原文有 ${extra.length} 行对应不到官方格式的任何一行，其中的数字没有导入：${extra.map(describeExtra).join('；')}。请核对是否应计入某一行。`,
    });
  }
  return findings;
}

/** 「T3 “（八）其他” 3 0 0」 as stored → 「第三部分表格“（八）其他”（3 0 0）」. */
function describeExtra(row: string): string {
  const [, table = '', label = '', values = ''] = /^(T[234]) (“.*”) (.*)$/.exec(row) ?? [];
  return `${TABLE_NAMES[table as TableId] ?? ''}${label}（${values}）`;
}

/** Cells the clerk has typed are decided: they leave the uncertain list, and a decided row its splits. */
export function settleImportChecks(report: Report, edited: readonly string[]): Report {
  const published = report.published;
  const uncertain = published?.uncertain;
  if (!uncertain?.some((c) => edited.includes(c))) return report;
  const left = uncertain.filter((c) => !edited.includes(c));
  const rows = new Set(left.map((c) => formatIndex(report.formatId).byId.get(c)?.row));
  const splits = Object.fromEntries(Object.entries(published?.splits ?? {}).filter(([row]) => rows.has(row)));
  return { ...report, published: { ...published, uncertain: left, splits } };
}

/** A split the clerk picked for a row (finding I1): its values by cell id, ready to be set as one edit. */
export function splitCells(report: Report, row: string, split: readonly number[]): Record<string, number> {
  const cells = formatIndex(report.formatId).cells.filter((c) => c.row === row);
  return Object.fromEntries(cells.map((c, i) => [c.id, split[i] ?? 0]));
}

/** The clerk compared the rows placed by order with the source. */
export function confirmByPosition(report: Report): Report {
  return { ...report, published: { ...report.published, byPosition: [] } };
}
