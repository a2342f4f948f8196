import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath } from '../helpers';

const HUAIAN = fixturePath('corpus/huaian-2024-wps.pdf');
const REPRO = fixturePath('corpus/bad');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-pdf-bad-'));
});

/**
 * Reads a PDF as 打开 does, within the bounds: 5 s and 500 MB. The time is the process's CPU time,
 * which a machine shared by many test runs does not inflate as it does the wall clock.
 */
async function read(path: string) {
  const start = process.cpuUsage();
  const result = await readReportSource(path);
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000).toBeLessThan(5000);
  expect(process.memoryUsage().rss).toBeLessThan(500 * 1024 * 1024);
  return result;
}

const message = (r: Awaited<ReturnType<typeof read>>) => (r.ok ? '' : r.errors.map((e) => e.message).join('\n'));

describe('PDFs that cannot be read say why, in Chinese, quickly', () => {
  it('a scan (pages that are only images) is an image to type in or convert first', async () => {
    const png = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '4', '-l', '4', '-singlefile', HUAIAN, png]);
    const doc = await PDFDocument.create();
    const image = await doc.embedPng(await readFile(`${png}.png`));
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    await writeFile(join(dir, 'scan.pdf'), await doc.save());
    const r = await read(join(dir, 'scan.pdf'));
    expect(message(r)).toContain('扫描或拍照得到的图片');
    expect(message(r)).toContain('录入');
  });

  it('a PDF with an open password asks for it to be removed', async () => {
    expect(message(await read(fixturePath('corpus/bad/encrypted-password-abc.pdf')))).toContain('设了打开密码');
  });

  it('a 500-page PDF is refused by its page count, unread', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 500; i++) doc.addPage();
    await writeFile(join(dir, 'long.pdf'), await doc.save());
    expect(message(await read(join(dir, 'long.pdf')))).toContain('有 500 页');
  });

  it('a PDF with JavaScript is read without running it', async () => {
    const doc = await PDFDocument.load(await readFile(HUAIAN));
    const js = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("x"); this.exportDataObject({})') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(js));
    await writeFile(join(dir, 'js.pdf'), await doc.save());
    const r = await read(join(dir, 'js.pdf'));
    expect(r.ok && r.report.cells['T3.new.total']).toBe(3119);
  });

  it('a broken cross-reference table is rebuilt, or the file is called damaged', async () => {
    const bytes = Buffer.from(await readFile(HUAIAN));
    const at = bytes.lastIndexOf('startxref');
    bytes.write('startxref\n999999999\n', at, 'latin1');
    await writeFile(join(dir, 'xref.pdf'), bytes);
    const r = await read(join(dir, 'xref.pdf'));
    if (r.ok) expect(r.report.cells['T3.new.total']).toBe(3119);
    else expect(message(r)).toContain('损坏');
    await writeFile(join(dir, 'garbage.pdf'), '%PDF-1.7\n garbage');
    expect(message(await read(join(dir, 'garbage.pdf')))).toContain('不是有效的 PDF');
  });

  it('an empty page has no text to read', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await writeFile(join(dir, 'empty.pdf'), await doc.save());
    expect(message(await read(join(dir, 'empty.pdf')))).toContain('没有可读的文字');
  });
});

describe('a nianbao PDF whose attachment cannot be trusted (copied from ../shared/repro)', () => {
  it('the pages win over an attachment that differs from them, and the clerk is told', async () => {
    const r = await read(join(REPRO, 'pdf-attachment-differs-from-pages.pdf'));
    expect(r.ok && r.report.cells['T3.new.natural']).toBe(5);
    expect(r.ok && r.notices.join('')).toContain('附带的报告数据与页面上印的数字不一致');
  });

  it('a damaged attachment: the pages are read instead, and the clerk is told', async () => {
    const r = await read(join(REPRO, 'pdf-corrupt-attachment.pdf'));
    expect(r.ok && r.notices.join('')).toContain('附带的报告数据已损坏');
  });

  it('an attachment in a compression nianbao never writes is refused with a sentence', async () => {
    expect(message(await read(join(REPRO, 'pdf-attachment-unknown-filter.pdf')))).toContain('压缩方式');
  });

  it('a names tree whose kids are itself is walked once', async () => {
    expect(message(await read(join(REPRO, 'pdf-names-tree-self-kids-x10.pdf')))).toContain('PDF');
  });
});
