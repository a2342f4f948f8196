import { evaluate } from '@shared/rules';
import pkg from '../../../package.json';
import { writeFileAtomic } from '../files/atomic-write';
import { chromiumPath, exportPdf } from '../export/pdf';
import { findResources } from '../export/resources';
import { EXIT } from './io';
import type { CliIO } from './io';
import { loadForCli } from './load';

export interface ExportOptions {
  file: string;
  pdf?: string;
  paper?: string;
  draft: boolean;
}

export async function exportCommand(options: ExportOptions, io: CliIO): Promise<number> {
  if (!options.pdf) {
    io.err('请用 --pdf <输出文件> 指定要导出的 PDF。\n');
    return EXIT.unusable;
  }
  const paper = (options.paper ?? 'A4').toUpperCase();
  if (paper !== 'A4' && paper !== 'A3') {
    io.err(`--paper 应为 A4 或 A3，实际为“${options.paper}”。\n`);
    return EXIT.unusable;
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    io.err(
      '导出 PDF 需要 Chromium：没有找到 /usr/bin/chromium。请安装（Debian：apt-get install chromium），或用环境变量 CHROMIUM_PATH 指定其位置。\n',
    );
    return EXIT.unusable;
  }
  const report = await loadForCli(options.file, io);
  if (!report) return EXIT.unusable;
  const errors = evaluate(report).filter((f) => f.severity === 'error');
  if (errors.length > 0) io.err(`注意：报告还有 ${errors.length} 个错误（可用 nianbao check 查看），仍然导出。\n`);
  const pdf = await exportPdf(report, {
    fontsDir: `${findResources(import.meta.dirname)}/fonts`,
    executablePath,
    paper,
    draft: options.draft,
    creator: `年报编辑器 nianbao ${pkg.version}`,
  });
  try {
    await writeFileAtomic(options.pdf, pdf);
  } catch (error) {
    io.err(`无法写入“${options.pdf}”：${(error as Error).message}\n`);
    return EXIT.unusable;
  }
  io.out(`已导出“${options.pdf}”（${Math.round(pdf.length / 1024)} KB）。\n`);
  return EXIT.ok;
}
