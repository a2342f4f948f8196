import { formatIndex } from '@shared/format';
import type { FormatId } from '@shared/format';
import type { ExtraRow, Report } from '@shared/report';
import { evaluate } from '@shared/rules';
import { describeRows } from '@shared/report';
import type { Finding } from '@shared/rules';
import type { LoadResult } from '@shared/report/load';
import type { ImportSource } from '@shared/import/source-text';

/** The shapes a report arrives in, each read by its own front end into the one table reader. */
export type ImportShape = 'nianbao-pdf' | 'pdf-text' | 'docx' | 'html' | 'text' | 'text-flat' | 'markdown';

export const SHAPE_NAMES: Record<ImportShape, string> = {
  'nianbao-pdf': '年报编辑器导出的 PDF（附带的报告数据，已与页面核对）',
  'pdf-text': 'PDF 的文字层（按版面位置还原段落和表格单元格）',
  docx: 'Word 文档',
  html: '网页',
  text: '文本（按行）',
  'text-flat': '没有换行的文本（按标题、行名和数字在连续文字中的位置）',
  markdown: 'Markdown（PDF 转换或识别得到的文字）',
};

/** A report read from a source, with the shape it was read in and, read from print, the text read (原文对照). */
export type SourceResult = LoadResult & { shape?: ImportShape; source?: ImportSource };

/** What an import found, as `nianbao import --json` prints it. */
export interface ImportDiagnostics {
  /** How the source was read. */
  shape?: ImportShape;
  formatId: FormatId;
  year: number;
  unit: Report['unit'];
  placed: number;
  /** Of the placed cells: split out of digits that ran together by the sum rules, and placed by row order (I2). */
  placedBy: { sums: number; order: number };
  blank: string[];
  /** Cells left blank because their row's digits split more than one way. */
  uncertain: string[];
  /** Labels not understood: rows of the source that are no row of the format, with their numbers. */
  unplaced: ExtraRow[];
  /** Rows of the format the source did not have: their cells stay blank. */
  missingRows: string[];
  /** Rows placed by their order because the source had lost their labels. */
  byPosition: string[];
  /** Row key → 1-based line of the text read (the source as printed by `--json`'s reader) it came from. */
  sourceLines?: Record<string, number>;
  findings: Finding[];
  /** What the import inferred or placed without a label, for the clerk to check. */
  notices: string[];
}

export function diagnose(
  report: Report,
  notices: readonly string[] = [],
  shape?: ImportShape,
  source?: ImportSource,
): ImportDiagnostics {
  const index = formatIndex(report.formatId);
  const cells = index.cells;
  const blank = cells.filter((c) => report.cells[c.id] === null || report.cells[c.id] === undefined).map((c) => c.id);
  const placedIn = (rows: readonly string[]) =>
    rows.flatMap((row) => index.byRow.get(row) ?? []).filter((c) => !blank.includes(c.id)).length;
  return {
    ...(shape ? { shape } : {}),
    formatId: report.formatId,
    year: report.year,
    unit: report.unit,
    placed: cells.length - blank.length,
    blank,
    placedBy: {
      sums: placedIn(source?.splitBySums ?? []),
      order: placedIn(report.published?.byPosition ?? []),
    },
    uncertain: Object.keys(report.published?.splits ?? {}).flatMap((row) =>
      (index.byRow.get(row) ?? []).map((c) => c.id),
    ),
    unplaced: report.published?.extraRows ?? [],
    missingRows: report.published?.missingRows ?? [],
    byPosition: report.published?.byPosition ?? [],
    ...(source
      ? { sourceLines: Object.fromEntries(Object.entries(source.rows).map(([row, line]) => [row, line + 1])) }
      : {}),
    findings: evaluate(report),
    notices: [...notices],
  };
}

/** How the placed cells were found, when not all by their labels: 「（按行名 186 个，按合计关系拆开 7 个）」. */
function placedHow(d: ImportDiagnostics): string {
  const { sums, order } = d.placedBy;
  if (sums === 0 && order === 0) return '';
  const label = d.shape === 'pdf-text' ? '按行名和版面位置' : '按行名';
  const ways = [`${label} ${d.placed - sums - order} 个`];
  if (sums > 0) ways.push(`按合计关系拆开连在一起的数字 ${sums} 个`);
  if (order > 0) ways.push(`按行的顺序 ${order} 个（I2，请核对）`);
  return `（${ways.join('，')}）`;
}

/** What the clerk reads after an import (in the editor and from the CLI): what was read, and what to check. */
export function importSummary(d: ImportDiagnostics): string[] {
  const missing = d.missingRows.map((row) => describeRows(d.formatId, [row]));
  return [
    ...(d.shape ? [`读取方式：${SHAPE_NAMES[d.shape]}。`] : []),
    `已从原文填入 ${d.placed} 个单元格${placedHow(d)}，空白 ${d.blank.length} 个。`,
    ...(missing.length > 0 ? [`原文缺少${missing.join('、')}，已留空。`] : []),
    ...d.notices,
  ];
}
