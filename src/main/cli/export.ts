import { evaluate } from '@shared/rules';
import type { Report } from '@shared/report';
import { writeDocx, writePdf } from '../export/export-report';
import { EXIT } from './io';
import type { CliIO } from './io';
import { loadForCli } from './load';
import { CREATOR, withPdfContext } from './pdf-context';

export interface ExportOptions {
  file: string;
  pdf?: string;
  docx?: string;
  paper?: string;
  draft: boolean;
  withoutClosing: boolean;
}

type Choice = { paper: 'A4' | 'A3'; draft: boolean; closing: boolean };

function said(result: Awaited<ReturnType<typeof writeDocx>>, io: CliIO): boolean {
  if (result.ok) io.out(`已导出“${result.value.path}”。\n`);
  else io.err(`${result.error.message}\n`);
  return result.ok;
}

async function pdf(report: Report, path: string, choice: Choice, io: CliIO): Promise<boolean> {
  return (
    (await withPdfContext(io, async (context) => said(await writePdf(report, path, context, choice), io))) ?? false
  );
}

export async function exportCommand(options: ExportOptions, io: CliIO): Promise<number> {
  if (!options.pdf && !options.docx) {
    io.err('请用 --pdf <输出.pdf> 和/或 --docx <输出.docx> 指定要导出的文件。\n');
    return EXIT.unusable;
  }
  const paper = (options.paper ?? 'A4').toUpperCase();
  if (paper !== 'A4' && paper !== 'A3') {
    io.err(`--paper 应为 A4 或 A3，实际为“${options.paper}”。\n`);
    return EXIT.unusable;
  }
  const report = await loadForCli(options.file, io);
  if (!report) return EXIT.unusable;
  const errors = evaluate(report).filter((f) => f.severity === 'error');
  if (errors.length > 0) io.err(`注意：报告还有 ${errors.length} 个错误（可用 nianbao check 查看），仍然导出。\n`);
  let ok = true;
  const closing = !options.withoutClosing;
  if (options.docx) ok = said(await writeDocx(report, options.docx, { creator: CREATOR }, { closing }), io) && ok;
  if (options.pdf) ok = (await pdf(report, options.pdf, { paper, draft: options.draft, closing }, io)) && ok;
  return ok ? EXIT.ok : EXIT.unusable;
}
