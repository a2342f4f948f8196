import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import type { Paper } from '@shared/print';
import { printHtml } from '@shared/print';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';

/** The print page is served under this made-up origin by request interception: nothing touches a network. */
const ORIGIN = 'http://nianbao.print';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * Renders the print HTML to PDF in Chromium, the engine Electron's printToPDF uses, with the shipped
 * fonts embedded. Used by the CLI and the tests; the app calls Electron's printToPDF on the same HTML.
 */
export async function renderPdf(html: string, fontsDir: string, executablePath: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/report.html')
        return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      const file = normalize(join(fontsDir, decodeURIComponent(url.pathname.replace(/^\/fonts\//, ''))));
      if (!file.startsWith(fontsDir) || extname(file) !== '.ttf' || !existsSync(file))
        return route.fulfill({ status: 404 });
      return route.fulfill({ body: await readFile(file), contentType: 'font/ttf' });
    });
    await page.goto(`${ORIGIN}/report.html`);
    // Every font face must be loaded before printing, or Chromium prints with a fallback.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
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
  await doc.attach(Buffer.from(serializeReport(report), 'utf8'), 'report.nianbao', {
    mimeType: 'application/json',
    description: '年报编辑器报告数据（可重新导入）',
    creationDate: info.now,
    modificationDate: info.now,
  });
  return doc.save();
}

export interface ExportPdfOptions {
  fontsDir: string;
  executablePath: string;
  paper?: Paper;
  draft?: boolean;
  creator: string;
}

export async function exportPdf(report: Report, options: ExportPdfOptions): Promise<Uint8Array> {
  const html = printHtml(report, {
    fontBase: `${ORIGIN}/fonts`,
    ...(options.paper ? { paper: options.paper } : {}),
    ...(options.draft ? { draft: true } : {}),
  });
  const pdf = await renderPdf(html, options.fontsDir, options.executablePath);
  return finishPdf(pdf, report, { creator: options.creator, now: new Date() });
}
