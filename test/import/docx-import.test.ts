import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { exportDocx } from '../../src/main/export/docx';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-import-docx-'));
});

describe('Word import', () => {
  it.each([
    ['the sample', SAMPLE_PATH],
    ['宁河镇 2020 (2019 format)', fixturePath('ninghe-2020.nianbao')],
  ])('reads back %s from the project’s own DOCX: every number and every text', async (_name, source) => {
    const report = loadReport(source);
    const file = join(dir, `${report.year}.docx`);
    await writeFile(file, await exportDocx(report, 'test'));
    const back = await readReportSource(file);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const r = back.report;
    expect({
      title: r.title,
      preamble: r.preamble,
      parts: r.parts,
      closing: r.closing,
      formatId: r.formatId,
      year: r.year,
    }).toEqual({
      title: report.title,
      preamble: report.preamble,
      parts: report.parts,
      closing: report.closing,
      formatId: report.formatId,
      year: report.year,
    });
    expect(r.cells).toEqual(report.cells);
  });

  it('reads the blank official template as a report with every row found and every cell blank', async () => {
    const r = await readReportSource(fixturePath('reference/official-template-2021.docx'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.formatId).toBe('gov-2021');
    expect(r.report.published?.missingRows).toEqual([]);
    for (const c of formatIndex('gov-2021').cells) expect(r.report.cells[c.id]).toBeNull();
  });

  it('tells an encrypted .docx and an old .doc or .wps file to be saved as .docx first', async () => {
    // Both are OLE compound files: the first eight bytes say so.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const name of ['encrypted.docx', 'old.doc', 'old.wps']) {
      await writeFile(join(dir, name), ole);
      const r = await readReportSource(join(dir, name));
      expect(r.ok || r.errors[0]?.message, name).toContain('另存为” .docx');
    }
  });

  it('refuses a broken file and a zip bomb, quickly and with a clear message', async () => {
    await writeFile(join(dir, 'broken.docx'), 'PK\u0003\u0004 not really a zip');
    const broken = await readReportSource(join(dir, 'broken.docx'));
    expect(broken.ok || broken.errors[0]?.message).toContain('Word 文档');
    // 40 MB of XML that compresses to a few KB: its declared size is over the limit, so it is never inflated.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    await writeFile(join(dir, 'bomb.docx'), bomb);
    const started = performance.now();
    const r = await readReportSource(join(dir, 'bomb.docx'));
    expect(r.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
