import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '@shared/report';
import { finishPdf } from '../../src/main/export/finish-pdf';
import { readPdfReport } from '../../src/main/import/read-pdf';
import { fixturePath, loadReport, runCli } from '../helpers';

/** A nianbao PDF made from real pages (Chromium's print of busy-2024, its own attachment removed). */
async function sealedPdf(): Promise<Uint8Array> {
  const pages = await readFile(fixturePath('corpus/busy-2024-chromium.pdf'));
  return finishPdf(pages, loadReport(fixturePath('corpus/busy-2024.nianbao')), { creator: 't', now: new Date() });
}

/** The PDF with its attachment's bytes replaced, its /Params (size and checksum) left as exported. */
async function withAttachment(pdf: Uint8Array, change: (text: string) => string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Type')) !== PDFName.of('EmbeddedFile'))
      continue;
    const report = serializeReport(loadReport(fixturePath('corpus/busy-2024.nianbao')));
    const bytes = zlibSync(new TextEncoder().encode(change(report)));
    doc.context.assign(ref, PDFRawStream.of(object.dict, bytes));
  }
  return doc.save();
}

describe('the checksum of a nianbao PDF’s attached data', () => {
  it('is written on export and the data read back when it matches', async () => {
    const r = await readPdfReport(await sealedPdf());
    expect(r.ok && r.shape).toBe('nianbao-pdf');
    expect(r.ok && r.notices.join('')).not.toContain('校验和');
  });

  it('catches data changed after export where the pages show no difference: the page text wins, the clerk is told', async () => {
    // Same length (the size still matches), a text the pages' cells cannot reveal.
    const changed = await withAttachment(await sealedPdf(), (t) => t.replace('政府', '政符'));
    const r = await readPdfReport(changed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.shape).toBe('pdf-text');
    expect(r.notices[0]).toContain('这个 PDF 附带的报告数据与导出时记下的校验和不符');
    expect(r.notices[0]).toContain('已改为从页面上的文字导入');
  });

  it('is told by nianbao import and check, run as the built CLI', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-seal-'));
    await writeFile(join(dir, 'r.pdf'), await withAttachment(await sealedPdf(), (t) => t.replace('政府', '政符')));
    const imported = runCli(dir, 'import', 'r.pdf', '-o', 'r.nianbao');
    expect(imported.out).toContain('校验和不符');
    expect(imported.out).toContain('读取方式：PDF 的文字层');
    expect(runCli(dir, 'check', 'r.pdf').out).toContain('校验和不符');
  });

  it('catches data of another size', async () => {
    const r = await readPdfReport(await withAttachment(await sealedPdf(), (t) => `${t} `));
    expect(r.ok && r.notices[0]).toContain('大小不符');
  });
});
