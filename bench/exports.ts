import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { emptyReport } from '@shared/report';
import { exportDocx } from '../src/main/export/docx';
import { previewPdf, reportPrintDocument, reportPrintHtml, writePdf } from '../src/main/export/export-report';
import type { ExportContext } from '../src/main/export/export-report';
import { chromiumPath, chromiumPrinter, launchChromium } from '../src/main/export/chromium-print';
import { finishPdf } from '../src/main/export/finish-pdf';
import { previewPages } from '../src/main/export/preview-pages';
import { libreOfficeToPdf } from '../test/export/office';
import { loadReport } from '../test/helpers';
import { medianAsyncMs, report } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Our time and its ratio to LibreOffice's, each sample timed right after a LibreOffice conversion and the
 * ratio the median of the pairs: on a shared machine the load changes within a run, and a LibreOffice
 * figure taken a minute earlier would make the ratio a measure of that change.
 */
async function besideLibreOffice(times: number, lo: () => unknown, ours: () => Promise<unknown>) {
  const pairs: { ms: number; ratio: number }[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    lo();
    const loMs = performance.now() - start;
    const t = performance.now();
    await ours();
    const ms = performance.now() - t;
    pairs.push({ ms, ratio: ms / loMs });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { ms: median(pairs.map((p) => p.ms)), ratio: median(pairs.map((p) => p.ratio)) };
}

const run = (file: string, args: string[]) => () => Promise.resolve(execFileSync(file, args, { stdio: 'pipe' }));

/**
 * DOCX generation; then, side by side in one run against LibreOffice's docx→pdf of the same report: the
 * warm PDF export (the print page kept open, as the app keeps its hidden window) and its steps, the whole
 * CLI process `nianbao export --pdf` and what its steps cost (Node's start, the CLI's modules, Chromium's
 * start, Chromium alone printing the same page), and the warm 打印预览 of a three-page report (print +
 * PDF.js pages as images).
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
  const lo = () => libreOfficeToPdf(docx, dir);
  report('export.libreoffice.docx-to-pdf', await medianAsyncMs(5, () => Promise.resolve(lo())), 'ms');

  const launchMs = await medianAsyncMs(5, () => launchChromium(chromium).then((b) => b.close()));
  report('export.chromium.launch', launchMs, 'ms');
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
    const warm = await besideLibreOffice(7, lo, () => writePdf(sample, out, context));
    report('export.pdf.warm', warm.ms, 'ms');
    report('export.pdf.warm.vs-libreoffice', warm.ratio, 'ratio', '≤ 0.2');
    const doc = reportPrintDocument(sample, context);
    const printMs = await medianAsyncMs(7, () => printer.render(doc));
    report('export.pdf.warm.print', printMs, 'ms');
    const printed = await printer.render(doc);
    const finishMs = await medianAsyncMs(7, () => finishPdf(printed, sample, { creator: 'bench', now: new Date() }));
    report('export.pdf.warm.finish', finishMs, 'ms');

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
  const whole = await besideLibreOffice(5, lo, run(process.execPath, [cli, 'export', samplePath, '--pdf', cliPdf]));
  report('export.cli.pdf', whole.ms, 'ms');
  report('export.cli.pdf.vs-libreoffice', whole.ratio, 'ratio', '≤ 1.0');
  report('export.cli.node-start', await medianAsyncMs(5, run(process.execPath, ['-e', ''])), 'ms');
  report('export.cli.help', await medianAsyncMs(5, run(process.execPath, [cli, '--help'])), 'ms');
  // The floor under any Chromium-based CLI: Chromium's own headless print of the same page, no Node at all.
  const html = join(dir, 'report.html');
  writeFileSync(html, reportPrintHtml(sample, { fontsDir: join(ROOT, 'resources/fonts') }));
  const alone = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--allow-file-access-from-files',
    '--no-first-run',
    '--disable-background-networking',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(dir, 'alone.pdf')}`,
    pathToFileURL(html).href,
  ];
  const bare = await besideLibreOffice(5, lo, run(chromium, alone));
  report('export.chromium.print-to-pdf.alone', bare.ms, 'ms');
  report('export.chromium.print-to-pdf.alone.vs-libreoffice', bare.ratio, 'ratio');
}
