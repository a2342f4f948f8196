import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describeCell } from '@shared/report';
import { formatIndex } from '@shared/format';
import { mapCellId } from '@shared/county/aggregate';
import { countedFile } from '@shared/county/assemble';
import type { CountyResult, UnitRow } from '@shared/county/assemble';
import { unitRows } from '@shared/county/summary-rows';
import type { Cell } from '@shared/county/summary-rows';
import { CROSS_RULES } from '@shared/county/cross-rules';
import { SEVERITY_LABELS } from '@shared/rules';
import { writeFileAtomic } from '../files/atomic-write';

/** Sheet names, also the names LibreOffice gives each sheet's CSV. */
export const SHEETS = {
  units: '各单位汇总',
  cells: '各单位表格数据',
  county: '县汇总表',
  findings: '检查结果',
  sources: '汇总来源',
};

function unitCells(u: UnitRow, result: CountyResult, ids: readonly string[]): Cell[] {
  const report = countedFile(u)?.report;
  if (!report) return ids.map(() => null);
  const mapped = new Map<string, number>();
  for (const [id, v] of Object.entries(report.cells)) {
    const target = mapCellId(id, report.formatId, result.formatId);
    if (target && v !== null) mapped.set(target, (mapped.get(target) ?? 0) + v);
  }
  return ids.map((id) => mapped.get(id) ?? null);
}

interface SheetSpec {
  name: string;
  /** Header rows (bold, frozen), then the body. */
  head: Cell[][];
  body: Iterable<Cell[]>;
  /** Frozen label columns; column widths by position (1-based). */
  xSplit?: number;
  widths?: Record<number, number>;
  landscape?: boolean;
}

function* unitCellRows(result: CountyResult, ids: readonly string[]): Generator<Cell[]> {
  for (const u of result.units) if (u.files.some((f) => f.report)) yield [u.name, ...unitCells(u, result, ids)];
}

function* findingRows(result: CountyResult): Generator<Cell[]> {
  const crossIds = new Set<string>(Object.keys(CROSS_RULES));
  for (const u of result.units)
    for (const f of u.findings)
      yield [
        u.name,
        crossIds.has(f.rule) ? `${f.rule}（跨单位）` : f.rule,
        SEVERITY_LABELS[f.severity],
        f.message,
        f.cells.join(' '),
      ];
  for (const b of result.broken) yield ['', 'U0', '错误', `文件“${b.rel}”无法读取：${b.reason}`, ''];
}

/** The 汇总表's sheets as data: one row per unit, every T3/T4 cell per unit, the county's sums, findings, sources. */
export function summarySheets(result: CountyResult): SheetSpec[] {
  const index = formatIndex(result.formatId);
  const ids = index.cells.filter((c) => c.table !== 'T2').map((c) => c.id);
  const [head = [], ...body] = unitRows(result);
  return [
    { name: SHEETS.units, head: [head], body, xSplit: 2, widths: { 2: 30, 6: 24 }, landscape: true },
    {
      name: SHEETS.cells,
      head: [
        ['单位', ...ids],
        ['', ...ids.map((id) => describeCell(result.formatId, id))],
      ],
      body: unitCellRows(result, ids),
      xSplit: 1,
      widths: { 1: 30 },
    },
    {
      name: SHEETS.county,
      head: [['单元格', '名称', '合计']],
      body: index.cells.map((c) => [c.id, describeCell(result.formatId, c.id), result.tables.cells[c.id] ?? 0]),
      widths: { 1: 30, 2: 60 },
    },
    {
      name: SHEETS.findings,
      head: [['单位', '规则', '级别', '说明', '单元格']],
      body: findingRows(result),
      widths: { 1: 30, 4: 100 },
    },
    {
      name: SHEETS.sources,
      head: [['单位', '文件', 'SHA-256', '格式', '未对应的单元格']],
      body: result.tables.sources.map((s) => [s.name, s.file, s.sha256, s.formatId, s.unmapped.join(' ')]),
      widths: { 1: 30, 2: 40, 3: 66 },
    },
  ];
}

/**
 * The 汇总表 as .xlsx bytes, written row by row with exceljs's streaming writer (half the time of the
 * in-memory workbook for a province's thousands of units). Numbers are numbers: WPS, Excel and
 * LibreOffice sum them as they are.
 */
export async function summaryXlsx(result: CountyResult): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  book.creator = '年报编辑器 nianbao';
  for (const spec of summarySheets(result)) {
    const sheet = book.addWorksheet(spec.name, {
      views: [{ state: 'frozen', xSplit: spec.xSplit ?? 0, ySplit: spec.head.length }],
      ...(spec.landscape
        ? { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }
        : {}),
    });
    for (const [col, width] of Object.entries(spec.widths ?? {})) sheet.getColumn(Number(col)).width = width;
    for (const row of spec.head) {
      const r = sheet.addRow(row);
      r.font = { bold: true };
      r.commit();
    }
    for (const row of spec.body) sheet.addRow(row).commit();
    sheet.commit();
  }
  await book.commit();
  return Buffer.concat(chunks);
}

export async function writeSummaryXlsx(result: CountyResult, path: string): Promise<void> {
  await writeFileAtomic(path, await summaryXlsx(result));
}

/** The per-unit sheet as CSV, UTF-8 with a byte-order mark so Excel and WPS read the Chinese. */
export async function writeSummaryCsv(result: CountyResult, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(SHEETS.units).addRows(unitRows(result));
  const bytes = await book.csv.writeBuffer({ sheetName: SHEETS.units });
  await writeFileAtomic(path, Buffer.concat([Buffer.from('\ufeff'), Buffer.from(bytes)]));
}
