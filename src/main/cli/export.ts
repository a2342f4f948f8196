import { existsSync } from 'node:fs';
import { EXIT } from './io';
import type { CliIO } from './io';
import { startPdfSession } from './pdf-context';

export interface ExportOptions {
  file: string;
  pdf?: string;
  docx?: string;
  paper?: string;
  draft: boolean;
  withoutClosing: boolean;
}

export type PrintChoice = { paper: 'A4' | 'A3'; draft: boolean; closing: boolean };

export async function exportCommand(options: ExportOptions, io: CliIO): Promise<number> {
  const paper = (options.paper ?? 'A4').toUpperCase();
  if (paper !== 'A4' && paper !== 'A3') {
    io.err(`--paper 应为 A4 或 A3，实际为“${options.paper}”。\n`);
    return EXIT.unusable;
  }
  // A PDF is written unless only --docx is asked for: its Chromium starts now, beside the reading, unless
  // there is nothing to read (a mistyped path is told at once, not after Chromium's start and close).
  const start = () => startPdfSession(io, paper, { once: true });
  let session = (options.pdf || !options.docx) && existsSync(options.file) ? start() : undefined;
  const printing = () => (session ??= start());
  try {
    // The reading, checking and writing (the importers, the rules, pdf-lib: most of the CLI's code) load
    // while Chromium starts.
    const { exportFiles } = await import('./export-files');
    return await exportFiles(options, { paper, draft: options.draft, closing: !options.withoutClosing }, printing, io);
  } finally {
    await session?.close();
  }
}
