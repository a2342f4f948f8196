import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../src/main/export/docx';
import { writePdf } from '../src/main/export/export-report';
import { chromiumPath, launchChromium, pageRenderer } from '../src/main/export/pdf';
import { libreOfficeToPdf } from '../test/export/office';
import { loadReport } from '../test/helpers';
import { medianAsyncMs, report } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

/** DOCX generation, and the PDF (Chromium + pdf-lib) against LibreOffice's docx→pdf of the same report. */
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
  writeFileSync(docx, await exportDocx(sample, 'bench'));
  libreOfficeToPdf(docx, dir); // the first start of LibreOffice sets up its profile
  const loMs = await medianAsyncMs(5, () => Promise.resolve(libreOfficeToPdf(docx, dir)));
  // Render + pdf-lib with Chromium already running, as Electron is in the app; the CLI adds a launch.
  const browser = await launchChromium(chromium);
  try {
    const fontsDir = join(ROOT, 'resources/fonts');
    const context = { fontsDir, creator: 'bench', renderPdf: pageRenderer(await browser.newPage()) };
    const out = join(dir, 'sample.pdf');
    await writePdf(sample, out, context);
    const pdfMs = await medianAsyncMs(5, () => writePdf(sample, out, context));
    report('export.pdf.render', pdfMs, 'ms');
    report('export.libreoffice.docx-to-pdf', loMs, 'ms');
    report('export.pdf.vs-libreoffice', pdfMs / loMs, 'ratio', '≤ 0.5');
  } finally {
    await browser.close();
  }
  const t0 = performance.now();
  const cold = await launchChromium(chromium);
  await cold.close();
  report('export.pdf.chromium-launch', performance.now() - t0, 'ms');
}
