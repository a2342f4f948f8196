import { pdfLines } from '@shared/import/pdf-layout';
import { describeCell } from '@shared/report';
import type { LoadResult } from '@shared/report/load';
import { parseReportFile } from '@shared/report/load';
import { fromText } from './from-text';
import type { SourceResult } from './diagnostics';
import { readPdfData } from './pdf-data';
import { readPdfPages } from './pdf-pages';

const fail = (message: string): LoadResult => ({ ok: false, errors: [{ code: 'unreadable', message }] });

/** The attached data's numbers that the printed pages show otherwise (a page that shows a cell decides it). */
function differences(attached: LoadResult & { ok: true }, printed: LoadResult & { ok: true }): string[] {
  if (attached.report.formatId !== printed.report.formatId) return [];
  return Object.entries(printed.report.cells)
    .filter(([id, value]) => value !== null && value !== undefined && attached.report.cells[id] !== value)
    .map(
      ([id, value]) =>
        `${describeCell(attached.report.formatId, id)}附带数据为 ${attached.report.cells[id] ?? '空白'}，页面上为 ${value}`,
    );
}

/**
 * A report from a PDF. One nianbao exported carries its data attached, read back exactly — once the
 * printed pages confirm it: where a number on the pages differs, the data was changed after export (or
 * damaged), and the pages, which are what was published, win. Any other PDF is read from its text layer
 * by position; a PDF without one (a scan) is said to be an image.
 */
export async function readPdfReport(bytes: Uint8Array): Promise<SourceResult> {
  const data = await readPdfData(bytes);
  const pages = await readPdfPages(bytes);
  const attached = data.ok ? parseReportFile(data.text) : undefined;
  if (!pages.ok) {
    if (!data.ok && data.code === 'bad-data') return fail(data.message);
    if (attached?.ok && pages.code === 'image')
      return {
        ...attached,
        notices: [...attached.notices, '这个 PDF 的页面上没有文字，附带的报告数据无法与页面核对。'],
      };
    return fail(pages.message);
  }
  const printed = fromText(pdfLines(pages.pages).join('\n'), 'pdf-text');
  if (attached?.ok && printed.ok) {
    const differ = differences(attached, printed);
    if (differ.length === 0) return { ...attached, shape: 'nianbao-pdf' };
    const shown = differ.slice(0, 5).join('；') + (differ.length > 5 ? ` 等 ${differ.length} 处` : '');
    return {
      ...printed,
      notices: [
        `这个 PDF 附带的报告数据与页面上印的数字不一致（${shown}），可能在导出后被改动过：已按页面上的文字导入，请核对。`,
        ...printed.notices,
      ],
    };
  }
  if (attached?.ok) return { ...attached, shape: 'nianbao-pdf' };
  if (!printed.ok) return printed;
  const told =
    data.ok || data.code === 'bad-data'
      ? [`${data.ok ? '这个 PDF 附带的报告数据无法读取。' : data.message}已改为从页面上的文字导入。`]
      : [];
  return { ...printed, notices: [...told, ...printed.notices] };
}
