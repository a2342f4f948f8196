import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyReport } from '@shared/report';
import { exportDocx } from '../src/main/export/docx';
import { previewPdf, writePdf } from '../src/main/export/export-report';
import type { ExportContext } from '../src/main/export/export-report';
import { chromiumPath, chromiumPrinter, launchChromium } from '../src/main/export/pdf';
import { previewPages } from '../src/main/export/preview-pages';
import { libreOfficeToPdf } from '../test/export/office';
import { loadReport } from '../test/helpers';
import { medianAsyncMs, report } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * DOCX generation; then, side by side in one run against LibreOffice's docx→pdf of the same report: the
 * warm PDF export (the print page kept open, as the app keeps its hidden window), the whole CLI process
 * `nianbao export --pdf`, and the warm 打印预览 of a three-page report (print + PDF.js pages as PNG).
 */
export async function benchExports(): Promise<void> {
  const sample = loadReport(join(ROOT, 'resources/sample/sample-report.nianbao'));
  const docxMs = await medianAsyncMs(21, () => exportDocx(sample, 'bench'));
  report('export.docx', docxMs, 'ms', '≤ 100');
  const chromium = chromiumPath();
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].some((p) => existsSync(p));
  if (!chromium || !soffice) {
    console.log('bench: export.pdf skipped (needs Chromium and LibreOffice)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-export-'));
  const docx = join(dir, 'sample.docx');
  const samplePath = join(ROOT, 'resources/sample/sample-report.nianbao');
  writeFileSync(docx, await exportDocx(sample, 'bench'));
  libreOfficeToPdf(docx, dir); // the first start of LibreOffice sets up its profile
  const loMs = await medianAsyncMs(5, () => Promise.resolve(libreOfficeToPdf(docx, dir)));
  report('export.libreoffice.docx-to-pdf', loMs, 'ms');

  const browser = await launchChromium(chromium);
  const printer = chromiumPrinter(() => Promise.resolve(browser));
  try {
    const context: ExportContext = {
      fontsDir: join(ROOT, 'resources/fonts'),
      creator: 'bench',
      renderPdf: printer.render,
    };
    const out = join(dir, 'sample.pdf');
    const t0 = performance.now();
    await writePdf(sample, out, context);
    report('export.pdf.cold-page', performance.now() - t0, 'ms');
    await writePdf(sample, out, context);
    const pdfMs = await medianAsyncMs(7, () => writePdf(sample, out, context));
    report('export.pdf.warm', pdfMs, 'ms');
    report('export.pdf.warm.vs-libreoffice', pdfMs / loMs, 'ratio', '≤ 0.2');

    // Three pages: the official tables and short texts, as a township's first draft is.
    const three = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township', region: '某县' });
    const preview = () => previewPdf(three, context).then(previewPages);
    const pages = (await preview()).length;
    const previewMs = await medianAsyncMs(7, preview);
    report(`export.preview.warm.${pages}-pages`, previewMs, 'ms', '≤ 500');
  } finally {
    await printer.close();
    await browser.close();
  }

  const cli = join(ROOT, 'out/main/cli.js');
  if (!existsSync(cli)) {
    console.log('bench: export.cli skipped (run npm run build first)');
    return;
  }
  const cliPdf = join(dir, 'cli.pdf');
  const cliMs = await medianAsyncMs(5, () =>
    Promise.resolve(execFileSync(process.execPath, [cli, 'export', samplePath, '--pdf', cliPdf], { stdio: 'pipe' })),
  );
  report('export.cli.pdf', cliMs, 'ms');
  report('export.cli.pdf.vs-libreoffice', cliMs / loMs, 'ratio', '≤ 1.0');
}
