import ExcelJS from 'exceljs';
import { describeCell } from '@shared/report';
import { formatIndex } from '@shared/format';
import { mapCellId } from '@shared/county/aggregate';
import { UNIT_STATUSES } from '@shared/county/assemble';
import type { CountyResult, UnitRow } from '@shared/county/assemble';
import { KEY_TOTALS } from '@shared/county/totals';
import { CROSS_RULES } from '@shared/county/cross-rules';
import { SEVERITY_LABELS } from '@shared/rules';
import { UNIT_KIND_LABELS } from '@shared/report/types';
import { writeFileAtomic } from '../files/atomic-write';

/** Sheet names, also the names LibreOffice gives each sheet's CSV. */
export const SHEETS = {
  units: '各单位汇总',
  cells: '各单位表格数据',
  county: '县汇总表',
  findings: '检查结果',
  sources: '汇总来源',
};

const UNIT_HEAD = [
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

/** One row per unit: what the county office reads first. Shared by the XLSX and the CSV. */
export function unitRows(result: CountyResult): (string | number | null)[][] {
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
      t.cells.filter((id) => id in sums).reduce<number | null>((s, id) => (s ?? 0) + (sums[id] ?? 0), null),
    ),
    '',
    '',
    '',
    '',
    '',
  ];
  return [UNIT_HEAD, ...rows, total];
}

function unitCells(u: UnitRow, result: CountyResult, ids: readonly string[]): (number | null)[] {
  const report = u.files.find((f) => f.report)?.report;
  if (!report) return ids.map(() => null);
  const mapped = new Map<string, number>();
  for (const [id, v] of Object.entries(report.cells)) {
    const target = mapCellId(id, report.formatId, result.formatId);
    if (target && v !== null) mapped.set(target, (mapped.get(target) ?? 0) + v);
  }
  return ids.map((id) => mapped.get(id) ?? null);
}

/** The 汇总表 as a workbook: numbers are numbers (WPS, Excel and LibreOffice sum them as they are). */
export function summaryWorkbook(result: CountyResult): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '年报编辑器 nianbao';
  const units = book.addWorksheet(SHEETS.units, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  units.addRows(unitRows(result));
  units.getRow(1).font = { bold: true };
  units.getColumn(2).width = 30;

  const index = formatIndex(result.formatId);
  const ids = index.cells.filter((c) => c.table !== 'T2').map((c) => c.id);
  const cells = book.addWorksheet(SHEETS.cells, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  cells.addRow(['单位', ...ids]);
  cells.addRow(['', ...ids.map((id) => describeCell(result.formatId, id))]);
  for (const u of result.units) if (u.files.some((f) => f.report)) cells.addRow([u.name, ...unitCells(u, result, ids)]);
  cells.getColumn(1).width = 30;

  const county = book.addWorksheet(SHEETS.county);
  county.addRow(['单元格', '名称', '合计']);
  for (const c of index.cells)
    county.addRow([c.id, describeCell(result.formatId, c.id), result.tables.cells[c.id] ?? 0]);

  const findings = book.addWorksheet(SHEETS.findings);
  findings.addRow(['单位', '规则', '级别', '说明', '单元格']);
  const crossIds = new Set<string>(Object.keys(CROSS_RULES));
  for (const u of result.units)
    for (const f of u.findings)
      findings.addRow([
        u.name,
        crossIds.has(f.rule) ? `${f.rule}（跨单位）` : f.rule,
        SEVERITY_LABELS[f.severity],
        f.message,
        f.cells.join(' '),
      ]);
  for (const b of result.broken) findings.addRow(['', 'U0', '错误', `文件“${b.rel}”无法读取：${b.reason}`, '']);

  const sources = book.addWorksheet(SHEETS.sources);
  sources.addRow(['单位', '文件', 'SHA-256', '格式', '未对应的单元格']);
  for (const s of result.tables.sources) sources.addRow([s.name, s.file, s.sha256, s.formatId, s.unmapped.join(' ')]);
  return book;
}

export async function writeSummaryXlsx(result: CountyResult, path: string): Promise<void> {
  const bytes = await summaryWorkbook(result).xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(bytes));
}

/** The per-unit sheet as CSV, UTF-8 with a byte-order mark so Excel and WPS read the Chinese. */
export async function writeSummaryCsv(result: CountyResult, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(SHEETS.units).addRows(unitRows(result));
  const bytes = await book.csv.writeBuffer({ sheetName: SHEETS.units });
  await writeFileAtomic(path, Buffer.concat([Buffer.from('\ufeff'), Buffer.from(bytes)]));
}
