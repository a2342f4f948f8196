import type { Paper, PrintDocument } from '@shared/print';
import { documentHtml, printDocument } from '@shared/print';
import type { Result } from '@shared/ipc/contract';
import type { Report } from '@shared/report';
import { replaceFile } from '../files/atomic-write';
import type { WriteOps } from '../files/atomic-write';
import { describeFolderSyncWarning, describeSaveError } from '../files/save-errors';
import { finishPdf } from './finish-pdf';
import { fontBase } from './print-style';
import type { PdfPurpose } from './warm-print';

/** How the running app turns a print page into PDF pages: Electron's window, or Chromium in tests and the CLI. */
export type PdfRenderer = (doc: PrintDocument, purpose?: PdfPurpose) => Promise<Uint8Array>;

export interface ExportContext {
  fontsDir: string;
  creator: string;
  renderPdf: PdfRenderer;
  /** File-system calls of the write, replaceable to inject faults in tests. */
  writeOps?: WriteOps;
}

export interface ExportChoice {
  paper?: Paper;
  draft?: boolean;
  /** The closing block (unit and date); on unless turned off. */
  closing?: boolean;
}

/** The print page with the shipped fonts, for printing and for PDF. */
export function reportPrintDocument(
  report: Report,
  context: Pick<ExportContext, 'fontsDir'>,
  choice: ExportChoice = {},
): PrintDocument {
  return printDocument(report, { fontBase: fontBase(context.fontsDir), ...choice });
}

export function reportPrintHtml(
  report: Report,
  context: Pick<ExportContext, 'fontsDir'>,
  choice: ExportChoice = {},
): string {
  return documentHtml(reportPrintDocument(report, context, choice));
}

/** Where an export was written; `warning` when it is written but its folder could not be synced. */
type Written = Result<{ path: string; warning?: string }>;

async function write(path: string, bytes: Uint8Array, ops?: WriteOps): Promise<Written> {
  try {
    const { folderSyncError, folder } = await replaceFile(path, bytes, ops);
    return {
      ok: true,
      value: folderSyncError ? { path, warning: describeFolderSyncWarning(path, folder, folderSyncError) } : { path },
    };
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
  const pages = await context.renderPdf(reportPrintDocument(report, context, choice));
  return write(path, await finishPdf(pages, report, { creator: context.creator, now: new Date() }), context.writeOps);
}

/** The pages exactly as they will print, for the preview: the PDF an export would write, before its data, outline and tags. */
export function previewPdf(report: Report, context: ExportContext, choice: ExportChoice = {}): Promise<Uint8Array> {
  return context.renderPdf(reportPrintDocument(report, context, choice), 'preview');
}

export async function writeDocx(
  report: Report,
  path: string,
  context: Pick<ExportContext, 'creator' | 'writeOps'>,
  choice: ExportChoice = {},
): Promise<Written> {
  // The docx library is loaded with the first Word export, not with the app or the CLI's PDF export.
  const { exportDocx } = await import('./docx');
  return write(
    path,
    await exportDocx(report, context.creator, choice.closing === false ? { closing: false } : {}),
    context.writeOps,
  );
}
