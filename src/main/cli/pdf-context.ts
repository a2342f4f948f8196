import type { ExportContext } from '../export/export-report';
import { chromiumPath, chromiumPrinter, launchChromium } from '../export/chromium-print';
import { findResources } from '../export/resources';
import type { CliIO } from './io';
import { VERSION } from './version';

export const CREATOR = `年报编辑器 nianbao ${VERSION}`;
export const fontsDir = `${findResources(import.meta.dirname)}/fonts`;

/** Runs `fn` with a PDF export context on a Chromium started for it; undefined (said on stderr) when there is none. */
export async function withPdfContext<T>(io: CliIO, fn: (context: ExportContext) => Promise<T>): Promise<T | undefined> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    io.err(
      '导出 PDF 需要 Chromium：没有找到 /usr/bin/chromium。请安装（Debian：apt-get install chromium），或用环境变量 CHROMIUM_PATH 指定其位置。\n',
    );
    return undefined;
  }
  const browser = await launchChromium(executablePath);
  // One print page for the whole command: a county bundle prints every unit's report on it.
  const printer = chromiumPrinter(() => Promise.resolve(browser));
  try {
    return await fn({ fontsDir, creator: CREATOR, renderPdf: printer.render });
  } finally {
    await printer.close();
    await browser.close();
  }
}
