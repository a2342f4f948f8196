import { dirname, join, resolve } from 'node:path';
import { evaluate } from '@shared/rules';
import type { Report } from '@shared/report';
import { writeDocx, writePdf } from '../export/export-report';
import { suggestedFileName } from '../files/naming';
import type { ExportOptions, PrintChoice } from './export';
import { EXIT } from './io';
import type { CliIO } from './io';
import { importedLines, loadAnyForCli } from './load';
import { CREATOR } from './pdf-context';
import type { PdfSession } from './pdf-context';

function said(result: Awaited<ReturnType<typeof writeDocx>>, io: CliIO): boolean {
  if (result.ok) io.out(`已导出“${result.value.path}”。\n`);
  else io.err(`${result.error.message}\n`);
  return result.ok;
}

async function pdf(
  report: Report,
  path: string,
  choice: PrintChoice,
  session: PdfSession,
  io: CliIO,
): Promise<boolean> {
  const context = await session.context();
  return context ? said(await writePdf(report, path, context, choice), io) : false;
}

/** Reads the report and writes the files `options` name; the PDF on the Chromium `printing` gives. */
export async function exportFiles(
  options: ExportOptions,
  choice: PrintChoice,
  printing: () => PdfSession,
  io: CliIO,
): Promise<number> {
  const loaded = await loadAnyForCli(options.file, io);
  if (!loaded) return EXIT.unusable;
  const { report } = loaded;
  for (const line of importedLines(loaded)) io.err(`${line}\n`);
  // Neither named: both, beside the input, under the names the editor's 导出 suggests.
  const both = !options.pdf && !options.docx;
  const beside = (extension: string) => join(dirname(options.file), suggestedFileName(report, extension));
  const docxPath = both ? beside('docx') : options.docx;
  const pdfPath = both ? beside('pdf') : options.pdf;
  const input = resolve(options.file);
  if ([docxPath, pdfPath].some((path) => path !== undefined && resolve(path) === input)) {
    io.err(`导出的文件会覆盖原文件“${options.file}”，没有导出：请用 --pdf 或 --docx 指定另一个文件名。\n`);
    return EXIT.unusable;
  }
  const errors = evaluate(report).filter((f) => f.severity === 'error');
  if (errors.length > 0) io.err(`注意：报告还有 ${errors.length} 个错误（可用 nianbao check 查看），仍然导出。\n`);
  let ok = true;
  if (docxPath)
    ok = said(await writeDocx(report, docxPath, { creator: CREATOR }, { closing: choice.closing }), io) && ok;
  if (pdfPath) ok = (await pdf(report, pdfPath, choice, printing(), io)) && ok;
  return ok ? EXIT.ok : EXIT.unusable;
}
