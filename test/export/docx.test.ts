import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, TABLE_IDS } from '@shared/format';
import type { GridRow } from '@shared/format';
import { exportDocx } from '../../src/main/export/docx';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';
import { libreOfficeToPdf } from './office';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-docx-'));
});

const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });

/** Label cells that the official table merges down several rows. */
const rowspans = (rows: readonly GridRow[]) =>
  rows.flat().filter((c) => c.type === 'label' && (c.rowspan ?? 1) > 1).length;

describe.each([
  ['the sample (2021 format)', SAMPLE_PATH],
  ['宁河镇 2020 (2019 format)', fixturePath('ninghe-2020.nianbao')],
])('DOCX of %s', (_name, source) => {
  const report = loadReport(source);
  // The 2019 format's 采购总金额 has no printed unit: the one chosen is stated under table two.
  if (report.formatId === 'gov-2019') report.settings.procurementUnit = '万元';
  const format = FORMATS[report.formatId];
  let docx: string;
  beforeAll(async () => {
    docx = join(dir, `${report.year}.docx`);
    await writeFile(docx, await exportDocx(report, 'nianbao test'));
  });

  it('opens in LibreOffice, and its text has every heading, label and number', () => {
    const pdf = libreOfficeToPdf(docx, dir);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const part of format.parts) expect(text).toContain(part.heading);
    for (const t of TABLE_IDS)
      for (const label of Object.values(format.tables[t].labels)) expect(text, label).toContain(label);
    for (const v of Object.values(report.cells)) if (v !== null && v !== 0) expect(text).toContain(String(v));
    expect(text.includes('注：采购总金额单位为万元。')).toBe(report.formatId === 'gov-2019');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('has the official merges of T2, T3 and T4, and repeats the header rows', () => {
    const xml = unzip(docx, 'word/document.xml');
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    TABLE_IDS.forEach((t, i) => {
      const def = format.tables[t];
      const rows = (tables[i] ?? '').split('<w:tr>').slice(1);
      expect(rows, t).toHaveLength(def.head.length + def.body.length);
      for (const row of rows) {
        // Every row fills the grid: cells plus the columns their gridSpan adds.
        const cells = row.split('<w:tc>').length - 1;
        const spans = [...row.matchAll(/<w:gridSpan w:val="(\d+)"\/>/g)].reduce((n, m) => n + Number(m[1]) - 1, 0);
        expect(cells + spans, t).toBe(def.columns);
      }
      expect((tables[i]?.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length, t).toBe(
        rowspans([...def.head, ...def.body]),
      );
      expect((tables[i]?.match(/<w:tblHeader\/>/g) ?? []).length, t).toBe(def.head.length);
    });
  });

  it('sets A4 with the 公文 margins and 「— PAGE —」 footers, right on odd pages and left on even', () => {
    const xml = unzip(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(unzip(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /footer\d+\.xml$/.test(f));
    const xmls = footers.map((f) => unzip(docx, f));
    expect(xmls.every((f) => f.includes('PAGE') && f.includes('— '))).toBe(true);
    expect(xmls.map((f) => /<w:jc w:val="(right|left)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });
});
