import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, TABLE_IDS } from '@shared/format';
import { serializeReport } from '@shared/report';
import { fixturePath, loadReport, ROOT, SAMPLE_PATH } from '../helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-pdf-'));
});

function exportPdf(source: string, out: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), 'export', source, '--pdf', out, ...extra], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** Text without any white space, so a label wrapped inside a narrow cell still reads as one string. */
const squeezed = (pdf: string) => poppler('pdftotext', '-raw', pdf, '-').replace(/\s+/g, '');

describe.each([
  ['the sample (2021 format)', SAMPLE_PATH],
  ['宁河镇 2020 (2019 format)', fixturePath('ninghe-2020.nianbao')],
])('PDF of %s', (_name, source) => {
  const report = loadReport(source);
  let pdf: string;
  beforeAll(() => {
    pdf = join(dir, `${report.year}-${report.formatId}.pdf`);
    const r = exportPdf(source, pdf);
    expect(r.code, r.err).toBe(0);
  });

  it('is A4 with the document properties set', () => {
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toContain(`Title:           ${report.title}`);
    expect(info).toContain(`Author:          ${report.unit.name}`);
    expect(info).toMatch(/Creator:\s+年报编辑器 nianbao \d+\.\d+\.\d+/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it('embeds every font it uses', () => {
    const fonts = poppler('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) expect(line, line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('shows every heading, every table label and the numbers', () => {
    const text = squeezed(pdf);
    const format = FORMATS[report.formatId];
    for (const part of format.parts) expect(text).toContain(part.heading);
    for (const t of TABLE_IDS) {
      for (const label of Object.values(format.tables[t].labels))
        expect(text, label).toContain(label.replace(/\s+/g, ''));
    }
    expect(text).toContain(report.title);
    // In table order: each T3 row label after the one before it.
    const positions = format.tables.T3.cells
      .filter((c) => c.id.endsWith('.total'))
      .map((c) => text.indexOf(c.rowLabel.split(' ').pop() ?? '', text.indexOf('三、收到和处理政府信息公开申请情况')));
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
    for (const v of Object.values(report.cells)) if (v !== null && v !== 0) expect(text).toContain(String(v));
  });

  it('prints 三、本年度办理结果 one character a line and keeps each T2 section on one page', () => {
    const layout = poppler('pdftotext', '-layout', pdf, '-');
    // Lines that start with one of the label's characters standing alone: the tall narrow cell reads down
    // (other rows' wrapped lines in between are left out). Before, it read 本年/度办/理结/果.
    const label = '三、本年度办理结果';
    const singles = layout
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0] ?? '')
      .filter((w) => w.length === 1 && label.includes(w))
      .join('');
    expect(singles).toContain(label);
    // Every section of table two (第二十条第（X）项, its column heads and rows) on the page of its heading.
    const pages = layout.split('\f').map((p) => p.replace(/\s+/g, ''));
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    let page: string | undefined;
    for (const row of FORMATS[report.formatId].tables.T2.body) {
      const first = row[0];
      if (first?.type !== 'label') continue;
      if (first.role === 'section') page = pages.find((p) => p.includes(squeeze(first.text)));
      else expect(page, `${first.text} 与它的“第二十条”标题不在同一页`).toContain(squeeze(first.text));
    }
  });

  it('numbers pages 「— N —」, odd pages on the right and even pages on the left', () => {
    /** Where the page number stands: the left edge of the word N between two dashes at the foot of page N. */
    const numberAt = (page: number) => {
      const words = [
        ...poppler('pdftotext', '-bbox', '-f', String(page), '-l', String(page), pdf, '-').matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
      const i = words.findIndex(
        (w, k) => w.text === String(page) && words[k - 1]?.text === '—' && words[k + 1]?.text === '—',
      );
      return words[i];
    };
    const odd = numberAt(1);
    const even = numberAt(2);
    expect(odd?.y).toBeGreaterThan(750);
    expect(odd?.x).toBeGreaterThan(400);
    expect(even?.x).toBeLessThan(200);
  });

  it('has an outline of the title and the six parts, and is tagged', async () => {
    const doc = await PDFDocument.load(await readFile(pdf));
    const titles: string[] = [];
    const walk = (item: PDFDict | undefined) => {
      for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        titles.push(node.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
        walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
    expect(titles).toEqual([report.title, ...FORMATS[report.formatId].parts.map((p) => p.heading)]);
    expect(poppler('pdfinfo', pdf)).toMatch(/Tagged:\s+yes/);
  });

  it('carries the report data as an attachment that extracts unchanged', async () => {
    expect(poppler('pdfdetach', '-list', pdf)).toContain('1: report.nianbao');
    const out = join(dir, `attached-${report.year}.nianbao`);
    poppler('pdfdetach', '-save', '1', '-o', out, pdf);
    expect(await readFile(out, 'utf8')).toBe(serializeReport(report));
  });
});

describe('nianbao export', () => {
  it('prints on A3 for the notice board, and marks a draft', () => {
    const pdf = join(dir, 'a3.pdf');
    expect(exportPdf(SAMPLE_PATH, pdf, '--paper', 'A3', '--draft').code).toBe(0);
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+84[12]\.\d+ x 119[01]\.\d+ pts \(A3\)/);
    expect(squeezed(pdf)).toContain('草稿');
  });

  it('leaves the closing block out when asked', () => {
    const pdf = join(dir, 'no-closing.pdf');
    expect(exportPdf(SAMPLE_PATH, pdf, '--without-closing').code).toBe(0);
    expect(squeezed(pdf)).not.toContain('2026年1月20日');
    expect(squeezed(join(dir, '2025-gov-2021.pdf'))).toContain('2026年1月20日');
  });

  it('says clearly when no Chromium is found', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/nianbao.js'), 'export', SAMPLE_PATH, '--pdf', join(dir, 'x.pdf')],
      {
        encoding: 'utf8',
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('导出 PDF 需要 Chromium');
  });

  it('refuses a paper size it does not know', () => {
    const r = exportPdf(SAMPLE_PATH, join(dir, 'y.pdf'), '--paper', 'B5');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--paper 应为 A4 或 A3');
  });
});
