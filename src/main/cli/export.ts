import { evaluate } from '@shared/rules';
import type { Report } from '@shared/report';
import pkg from '../../../package.json';
import { exportDocx } from '../export/docx';
import { chromiumPath, exportPdf, launchChromium } from '../export/pdf';
import { findResources } from '../export/resources';
import { writeFileAtomic } from '../files/atomic-write';
import { EXIT } from './io';
import type { CliIO } from './io';
import { loadForCli } from './load';

export interface ExportOptions {
  file: string;
  pdf?: string;
  docx?: string;
  paper?: string;
  draft: boolean;
  withoutClosing: boolean;
}

const CREATOR = `年报编辑器 nianbao ${pkg.version}`;

async function write(path: string, bytes: Uint8Array, io: CliIO): Promise<boolean> {
  try {
    await writeFileAtomic(path, bytes);
    io.out(`已导出“${path}”（${Math.round(bytes.length / 1024)} KB）。\n`);
    return true;
  } catch (error) {
    io.err(`无法写入“${path}”：${(error as Error).message}\n`);
    return false;
  }
}

async function pdf(
  report: Report,
  path: string,
  choice: { paper: 'A4' | 'A3'; draft: boolean; closing: boolean },
  io: CliIO,
): Promise<boolean> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    io.err(
      '导出 PDF 需要 Chromium：没有找到 /usr/bin/chromium。请安装（Debian：apt-get install chromium），或用环境变量 CHROMIUM_PATH 指定其位置。\n',
    );
    return false;
  }
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage();
    const fontsDir = `${findResources(import.meta.dirname)}/fonts`;
    const bytes = await exportPdf(report, { fontsDir, page, ...choice, creator: CREATOR });
    return await write(path, bytes, io);
  } finally {
    await browser.close();
  }
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
  if (options.docx) ok = (await write(options.docx, await exportDocx(report, CREATOR, { closing }), io)) && ok;
  if (options.pdf) ok = (await pdf(report, options.pdf, { paper, draft: options.draft, closing }, io)) && ok;
  return ok ? EXIT.ok : EXIT.unusable;
}
