import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import type { Paper } from '@shared/print';
import { printHtml } from '@shared/print';
import type { Result } from '@shared/ipc/contract';
import type { Report } from '@shared/report';
import { writeFileAtomic } from '../files/atomic-write';
import { describeSaveError } from '../files/save-errors';
import { exportDocx } from './docx';
import { finishPdf } from './pdf';

/** How the running app turns print HTML into PDF pages: Electron's printToPDF, or Chromium in tests and the CLI. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export interface ExportContext {
  fontsDir: string;
  creator: string;
  renderPdf: PdfRenderer;
}

export interface ExportChoice {
  paper?: Paper;
  draft?: boolean;
  /** The closing block (unit and date); on unless turned off. */
  closing?: boolean;
}

/** The print HTML with the shipped fonts, for printing and for PDF. */
export function reportPrintHtml(
  report: Report,
  context: Pick<ExportContext, 'fontsDir'>,
  choice: ExportChoice = {},
): string {
  return printHtml(report, { fontBase: pathToFileURL(context.fontsDir).href, ...choice });
}

type Written = Result<{ path: string }>;

async function write(path: string, bytes: Uint8Array): Promise<Written> {
  try {
    await writeFileAtomic(path, bytes);
    return { ok: true, value: { path } };
  } catch (error) {
    return { ok: false, error: describeSaveError(error, path) };
  }
}

export async function writePdf(
  report: Report,
  path: string,
  context: ExportContext,
  choice: ExportChoice = {},
): Promise<Written> {
  const pages = await context.renderPdf(reportPrintHtml(report, context, choice));
  return write(path, await finishPdf(pages, report, { creator: context.creator, now: new Date() }));
}

/** The pages exactly as they will print, for the preview, and how many there are. */
export async function previewPdf(
  report: Report,
  context: ExportContext,
  choice: ExportChoice = {},
): Promise<{ pdf: Uint8Array; pages: number }> {
  const pdf = await context.renderPdf(reportPrintHtml(report, context, choice));
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return { pdf, pages: doc.getPageCount() };
}

export async function writeDocx(
  report: Report,
  path: string,
  context: Pick<ExportContext, 'creator'>,
  choice: ExportChoice = {},
): Promise<Written> {
  return write(path, await exportDocx(report, context.creator, choice.closing === false ? { closing: false } : {}));
}
