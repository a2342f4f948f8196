import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport } from '@shared/report';
import type { Report } from '@shared/report';
import { chromiumPath, chromiumSurface, launchChromium } from '../../src/main/export/chromium-print';
import { previewPdf, reportPrintDocument, writePdf } from '../../src/main/export/export-report';
import { reportPrintStyle } from '../../src/main/export/print-style';
import { previewPages } from '../../src/main/export/preview-pages';
import { warmPrinter } from '../../src/main/export/warm-print';
import { loadReport, SAMPLE_PATH } from '../helpers';
import { chromiumExports } from './renderer';

const exporter = chromiumExports();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-warm-'));
});
afterAll(() => exporter.close());

async function pdfOf(report: Report, name: string, choice = {}): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await previewPdf(report, exporter.context, choice));
  return path;
}
const text = (pdf: string) => execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const fonts = (pdf: string) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
const pageSize = (pdf: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));

/** A JPEG's size in pixels, from its start-of-frame segment. */
function jpegSize(jpeg: Buffer): [number, number] {
  for (let at = 2; at + 9 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
    const marker = jpeg.readUInt16BE(at);
    if (marker >= 0xffc0 && marker <= 0xffc2) return [jpeg.readUInt16BE(at + 7), jpeg.readUInt16BE(at + 5)];
  }
  throw new Error('no JPEG frame');
}

describe('the warm print page', () => {
  const first = emptyReport({ year: 2025, unitName: '甲镇人民政府', kind: 'township', region: '' });
  // No 「（一）」 line in the first report: its 楷体 face is first used after the page was loaded.
  const second: Report = {
    ...loadReport(SAMPLE_PATH),
    title: '乙镇人民政府2025年政府信息公开工作年度报告',
    parts: { ...loadReport(SAMPLE_PATH).parts, overview: '（一）主动公开\n乙镇本年主动公开信息一百二十条。' },
  };

  it('prints each report in turn from the same page, with every face embedded', async () => {
    const a = await pdfOf(first, 'a.pdf');
    const b = await pdfOf(second, 'b.pdf');
    const again = await pdfOf(first, 'a-again.pdf');
    expect(text(a)).toContain('甲镇人民政府2025年');
    expect(text(b)).toContain('乙镇本年主动公开信息一百二十条');
    expect(text(b)).not.toContain('甲镇');
    expect(text(again)).toBe(text(a));
    for (const face of ['FandolSong-Bold', 'FandolFang', 'FandolHei', 'FandolKai']) expect(fonts(b)).toContain(face);
    for (const line of fonts(b).split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/CID TrueType.*yes yes yes/);
  }, 60_000);

  it('loads the page again when the paper changes, and back', async () => {
    expect(Number(pageSize(await pdfOf(first, 'a3.pdf', { paper: 'A3' }))?.[1])).toBeGreaterThan(800);
    expect(Number(pageSize(await pdfOf(first, 'a4.pdf'))?.[1])).toBeLessThan(600);
  }, 60_000);

  it('keeps calls that overlap apart: each gets its own report', async () => {
    const [a, b] = await Promise.all([pdfOf(first, 'p1.pdf'), pdfOf(second, 'p2.pdf')]);
    expect(text(a)).toContain('甲镇');
    expect(text(b)).toContain('乙镇');
  }, 60_000);

  it('gives the preview one JPEG per page, at the size of the paper', async () => {
    const pdf = await previewPdf(loadReport(SAMPLE_PATH), exporter.context);
    const pages = await previewPages(pdf);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }))?.[1]);
    expect(pages).toHaveLength(count);
    // Printed without outline and tags, the preview still has the exported file's pages.
    const exported = join(dir, 'exported.pdf');
    expect((await writePdf(loadReport(SAMPLE_PATH), exported, exporter.context)).ok).toBe(true);
    expect(execFileSync('pdfinfo', [exported], { encoding: 'utf8' })).toContain(`Pages:           ${count}\n`);
    expect(execFileSync('pdfinfo', [exported], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    expect(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })).toMatch(/Tagged:\s+no/);
    for (const page of pages) {
      expect(page.image).toMatch(/^data:image\/jpeg;base64,/);
      // A4 at 96 dpi: 210 × 297 mm = 793.7 × 1122.5 px.
      expect(Math.abs(page.width - 793.7)).toBeLessThan(1);
      expect(Math.abs(page.height - 1122.5)).toBeLessThan(1);
      const jpeg = Buffer.from(page.image.slice(page.image.indexOf(',') + 1), 'base64');
      // One pixel per CSS pixel at 100 %.
      expect(jpegSize(jpeg)).toEqual([Math.floor(page.width), Math.floor(page.height)]);
    }
  }, 60_000);

  it('loads the page before the report is known, and the first report then only replaces its body', async () => {
    const browser = await launchChromium(chromiumPath() ?? '/usr/bin/chromium');
    const loads: string[] = [];
    const printer = warmPrinter(async () => {
      const surface = await chromiumSurface(browser);
      return { ...surface, load: (url) => (loads.push(url), surface.load(url)) };
    });
    try {
      await printer.prepare(reportPrintStyle(exporter.context.fontsDir, 'A4'));
      expect(loads).toHaveLength(1);
      const pdf = await printer.render(reportPrintDocument(second, exporter.context));
      expect(loads).toHaveLength(1);
      const printed = join(dir, 'prepared.pdf');
      await writeFile(printed, pdf);
      expect(text(printed)).toContain('乙镇本年主动公开信息一百二十条');
      for (const face of ['FandolSong-Bold', 'FandolFang', 'FandolHei', 'FandolKai'])
        expect(fonts(printed)).toContain(face);
      // Another paper is other styles: the page is loaded again.
      await printer.render(reportPrintDocument(second, exporter.context, { paper: 'A3' }));
      expect(loads).toHaveLength(2);
    } finally {
      await printer.close();
      await browser.close();
    }
  }, 60_000);
});
