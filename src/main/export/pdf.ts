import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import { withoutPersonalData } from '@shared/register/personal';
import { warmPrinter } from './warm-print';
import type { PrintSurface, WarmPrinter } from './warm-print';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * Chromium for PDF rendering. The print page and its fonts are local files; reading fonts next to a
 * file:// page needs --allow-file-access-from-files. Nothing is fetched from anywhere else (see chromiumSurface).
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--allow-file-access-from-files',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A Chromium page as the print page (the engine Electron's printToPDF uses), for the CLI, tests and
 * benchmarks. Scripts are off, as in the app's print window; the body is replaced through the DevTools
 * protocol. Offline by construction: anything but the local files is refused.
 */
export async function chromiumSurface(browser: Browser): Promise<PrintSurface> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(/^(?!file:)/, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  return {
    // The load event waits for the fonts the page's screen styles use: all four faces (see printCss).
    load: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    setBody: async (html) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: 1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'body' });
      await cdp.send('DOM.setOuterHTML', { nodeId, outerHTML: html });
    },
    // The outline (bookmarks) comes from the headings: the title and the six parts.
    pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }),
    close: () => context.close(),
  };
}

/** Chromium as the warm PDF renderer of the export (the CLI and tests; the app uses Electron's window). */
export function chromiumPrinter(browser: () => Promise<Browser>): WarmPrinter {
  return warmPrinter(async () => chromiumSurface(await browser()));
}

export interface PdfInfo {
  creator: string;
  now: Date;
}

/**
 * What the county needs from the PDF besides its pages: document properties, and the report's own data
 * attached, so the PDF can be imported again without loss and collected by the county office.
 */
export async function finishPdf(pdf: Uint8Array, report: Report, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(report.title, { showInWindowTitleBar: true });
  doc.setAuthor(report.unit.name);
  doc.setSubject(`${report.year}年政府信息公开工作年度报告`);
  doc.setKeywords(['政府信息公开', '年度报告', String(report.year), report.unit.name, report.formatId]);
  doc.setCreator(info.creator);
  doc.setProducer(info.creator);
  doc.setLanguage('zh-CN');
  doc.setCreationDate(info.now);
  doc.setModificationDate(info.now);
  await doc.attach(Buffer.from(serializeReport(withoutPersonalData(report)), 'utf8'), 'report.nianbao', {
    mimeType: 'application/json',
    description: '年报编辑器报告数据（可重新导入）',
    creationDate: info.now,
    modificationDate: info.now,
  });
  return doc.save();
}
