import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { docxText } from '../../src/main/import/docx-text';
import type { DocxText } from '../../src/main/import/docx-text';
import { htmlText } from '../../src/main/import/html-text';
import { readReportSource } from '../../src/main/import/read-source';
import { exportDocx } from '../../src/main/export/docx';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

const repro = (name: string) => fixturePath(`repro/${name}`);
const refusal = (r: DocxText) => (r.ok ? 'read' : r.message);

/** The HTML and Word readers against the inputs that made the hand-written scanners quadratic or blind. */
describe('HTML and Word readers on hostile input', () => {
  it('reads a portal page that ends in 185 KB of unclosed tags in a few seconds at most on a loaded machine (was 28 s)', async () => {
    const started = performance.now();
    const r = await readReportSource(repro('html-185KB-unclosed-tags-at-end.html'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.ok && r.report.title).toBe('城关镇2021年政府信息公开工作年度报告');
  });

  it('refuses a Word body of unclosed paragraphs at once, as damaged (was 11 s for 17 KB)', () => {
    for (const name of ['docx-unclosed-w-p-at-end-x20k.docx', 'docx-unclosed-w-p-at-end-x80k.docx']) {
      const started = performance.now();
      const r = docxText(readFileSync(repro(name)));
      expect(performance.now() - started, name).toBeLessThan(3000);
      expect(refusal(r), name).toContain('不是完整的 XML');
    }
  });

  it('notices a document.xml whose declared size lies (a truncated table four is not read as blank)', async () => {
    for (const name of ['docx-usize-lie-half.docx', 'docx-usize-lie-ninetynine.docx']) {
      const r = await readReportSource(repro(name));
      expect(r.ok || r.errors[0]?.message, name).toContain('与文件记录的大小、校验码不符');
    }
  });

  it('notices a flipped byte in document.xml by its CRC, and a zip bomb that claims to be small', async () => {
    const good = await exportDocx(loadReport(SAMPLE_PATH), 'test');
    expect(docxText(good).ok).toBe(true);
    // A stored (uncompressed) entry: flip one byte of its text, leave the recorded CRC as it was.
    const xml = Buffer.from('<w:document><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>');
    const stored = Buffer.from(zipSync({ 'word/document.xml': [xml, { level: 0 }] }));
    const at = stored.indexOf(xml) + 40;
    stored[at] = (stored[at] ?? 0) ^ 1;
    expect(refusal(docxText(stored))).toContain('校验码不符');
    // 64 MB of spaces declared as 1 KB: inflated only up to 1 KB, then refused.
    const bomb = Buffer.from(
      zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024).fill(0x20) }, { level: 9 }),
    );
    const central = bomb.lastIndexOf(Buffer.from('PK\u0001\u0002', 'latin1'));
    bomb.writeUInt32LE(1024, central + 24);
    const started = performance.now();
    expect(refusal(docxText(bomb))).toContain('与文件记录的大小、校验码不符');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('has no stack overflow on 8 MB attributes, in web pages and in Word XML', () => {
    const long = 'a'.repeat(8 * 1024 * 1024);
    expect(htmlText(`<p title="${long}" style='${long}'>一、总体情况</p><p class=${long}>x`)).toBe('一、总体情况\nx');
    const xml = `<w:document><w:body><w:p w:rsidR="${long}"><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>`;
    const r = docxText(zipSync({ 'word/document.xml': Buffer.from(xml) }));
    expect(r.ok && r.text).toBe('一、总体情况');
  });

  it('reads tables nested 20,000 deep and 100,000 unclosed formatting tags in linear time', () => {
    const started = performance.now();
    expect(htmlText(`${'<table><tr><td>'.repeat(20_000)}一、总体情况`)).toContain('一、总体情况');
    expect(htmlText(`<p>一、总体情况${'<b><i><a>'.repeat(30_000)}全年`)).toContain('一、总体情况');
    expect(performance.now() - started).toBeLessThan(15000);
  });
});
