import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/** Limits for spreadsheets from outside: a register of a busy county department fits many times over. */
export const SHEET_LIMITS = { bytes: 20 * 1024 * 1024, unpacked: 200 * 1024 * 1024, rows: 50_000, columns: 60 };

export type SheetResult = { ok: true; rows: string[][] } | { ok: false; message: string };

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** A cell as the text the clerk sees; dates as `YYYY-MM-DD` (exceljs gives them as UTC dates). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): SheetResult {
  if (!sheet) return { ok: false, message: '表格文件中没有工作表。' };
  if (sheet.rowCount > SHEET_LIMITS.rows + 1)
    return { ok: false, message: `表格有 ${sheet.rowCount} 行，超过 ${SHEET_LIMITS.rows} 行的上限，请分开导入。` };
  if (sheet.columnCount > SHEET_LIMITS.columns)
    return { ok: false, message: `表格有 ${sheet.columnCount} 列，超过 ${SHEET_LIMITS.columns} 列的上限。` };
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).slice(0, 2000));
    rows.push(cells);
  }
  return { ok: true, rows };
}

/** CSV as WPS and Excel save it: UTF-8 (with or without BOM) or, from older Chinese Excel, GBK. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * Reads the first worksheet of an `.xlsx` or a `.csv` file into rows of text. Untrusted input: the size,
 * the unpacked size of an xlsx (a zip) and the row and column counts are limited before anything is built.
 */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetResult> {
  if (bytes.byteLength > SHEET_LIMITS.bytes)
    return { ok: false, message: `文件有 ${MB(bytes.byteLength)}，超过 ${MB(SHEET_LIMITS.bytes)} 的上限。` };
  const workbook = new ExcelJS.Workbook();
  if (/\.csv$/i.test(fileName)) {
    const text = decodeCsv(bytes);
    try {
      // Values are kept as typed (the default map would turn 2021-03-05 and 001 into other things).
      await workbook.csv.read(Readable.from([text]), {
        map: (v: string) => v,
        dateFormats: [],
        sheetName: 'csv',
        parserOptions: {},
      });
    } catch (error) {
      return { ok: false, message: `CSV 文件无法读取：${(error as Error).message}` };
    }
    return sheetRows(workbook.worksheets[0]);
  }
  if (!/\.xlsx$/i.test(fileName)) {
    return { ok: false, message: '只能导入 .xlsx 或 .csv 文件（旧版 .xls 请在 WPS 或 Excel 中另存为 .xlsx）。' };
  }
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return { ok: false, message: '这不是有效的 .xlsx 文件（文件可能已损坏，或是改了扩展名的其他文件）。' };
  }
  if (unpacked > SHEET_LIMITS.unpacked)
    return { ok: false, message: `表格解压后有 ${MB(unpacked)}，超过 ${MB(SHEET_LIMITS.unpacked)} 的上限。` };
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, message: `.xlsx 文件无法读取：${(error as Error).message}` };
  }
  return sheetRows(workbook.worksheets[0]);
}
