import type { Paper } from '@shared/print';
import type { ExportContext, PdfRenderer } from '../export/export-report';
import { chromiumPath, chromiumPrinter, launchChromium } from '../export/chromium-print';
import { reportPrintStyle } from '../export/print-style';
import { findResources } from '../export/resources';
import type { CliIO } from './io';
import { VERSION } from './version';

export const CREATOR = `年报编辑器 nianbao ${VERSION}`;
export const fontsDir = `${findResources(import.meta.dirname)}/fonts`;

export interface PdfSession {
  /** The export context on the Chromium started for this command; undefined (said on stderr) when there is none. */
  context(): Promise<ExportContext | undefined>;
  close(): Promise<void>;
}

/**
 * Starts Chromium at once, and with `paper` also loads its print page with the fonts, so that both run
 * while the command is still reading and checking the report (a CLI export's Chromium start and font load
 * are most of its time). Nothing is said before the context is asked for: a report that cannot be read
 * is told alone. One print page for the whole command: a county bundle prints every unit's report on it.
 * With `once`, the command prints one report: Chromium closes as soon as it has printed it, while the PDF
 * is finished and written, instead of after.
 */
export function startPdfSession(io: CliIO, paper?: Paper, { once = false } = {}): PdfSession {
  const executablePath = chromiumPath();
  if (!executablePath)
    return {
      context: () => {
        io.err(
          '导出 PDF 需要 Chromium：没有找到 /usr/bin/chromium。请安装（Debian：apt-get install chromium），或用环境变量 CHROMIUM_PATH 指定其位置。\n',
        );
        return Promise.resolve(undefined);
      },
      close: () => Promise.resolve(),
    };
  const browser = launchChromium(executablePath);
  browser.catch(() => undefined); // a Chromium that cannot start is told when the context is asked for
  const printer = chromiumPrinter(() => browser);
  if (paper) void printer.prepare(reportPrintStyle(fontsDir, paper));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await printer.close().catch(() => undefined); // its page is gone with the browser anyway
      await (await browser.catch(() => undefined))?.close();
    })());
  const renderPdf: PdfRenderer = once
    ? async (doc, purpose) => {
        try {
          return await printer.render(doc, purpose);
        } finally {
          void close();
        }
      }
    : printer.render;
  return {
    context: async () => {
      await browser;
      return { fontsDir, creator: CREATOR, renderPdf };
    },
    close,
  };
}

/** Runs `fn` with a PDF export context on a Chromium started for it; undefined (said on stderr) when there is none. */
export async function withPdfContext<T>(io: CliIO, fn: (context: ExportContext) => Promise<T>): Promise<T | undefined> {
  const session = startPdfSession(io);
  try {
    const context = await session.context();
    return context ? await fn(context) : undefined;
  } finally {
    await session.close();
  }
}
