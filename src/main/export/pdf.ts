import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import { withoutPersonalData } from '@shared/register/personal';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * Chromium for PDF rendering. The print page and its fonts are local files; reading fonts next to a
 * file:// page needs --allow-file-access-from-files. Nothing is fetched from anywhere else (see renderPdf).
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
 * Renders print HTML to PDF in Chromium, the engine Electron's printToPDF uses, with the shipped fonts
 * embedded. The page is a temp file, so fonts load from disk without passing through the driver.
 */
export async function renderPdf(html: string, page: Page): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
  try {
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    // Offline by construction: anything but the local files is refused.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href);
    // Every font face must be loaded before printing, or Chromium prints with a fallback.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    // The outline (bookmarks) comes from the headings: the title and the six parts.
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  } finally {
    await page.unrouteAll();
    await rm(dir, { recursive: true, force: true });
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
  await doc.attach(Buffer.from(serializeReport(withoutPersonalData(report)), 'utf8'), 'report.nianbao', {
    mimeType: 'application/json',
    description: '年报编辑器报告数据（可重新导入）',
    creationDate: info.now,
    modificationDate: info.now,
  });
  return doc.save();
}

/** Chromium as the PDF renderer of the export (the CLI and tests; the app uses Electron's printToPDF). */
export function pageRenderer(page: Page): (html: string) => Promise<Uint8Array> {
  return (html) => renderPdf(html, page);
}
