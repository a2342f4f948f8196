import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { reportFromLastYear, serializeReport } from '@shared/report';
import { writePdf } from '../../src/main/export/export-report';
import { readReportSource } from '../../src/main/import/read-source';
import { chromiumExports } from '../export/renderer';
import { fixturePath, loadReport, ROOT, SAMPLE_PATH } from '../helpers';

/** Taken before this file first loads PDF.js (core-js makes its own push print as native code). */
const ENGINE_PUSH = Array.prototype.push;
const exporter = chromiumExports();
afterAll(() => exporter.close());

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-import-pdf-'));
});

function nianbao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a PDF nianbao exported', () => {
  it.each([
    ['the sample', SAMPLE_PATH],
    ['宁河镇 2020', fixturePath('ninghe-2020.nianbao')],
  ])('imports %s back without losing anything', async (_name, source) => {
    const report = loadReport(source);
    const pdf = join(dir, `${report.year}.pdf`);
    expect((await writePdf(report, pdf, exporter.context)).ok).toBe(true);
    const back = await readReportSource(pdf);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.report).toEqual(report);
    expect(serializeReport(back.report)).toBe(serializeReport(report));
  });

  it('starts next year’s report from it', async () => {
    const pdf = join(dir, '2025.pdf');
    const back = await readReportSource(pdf);
    expect(back.ok && reportFromLastYear(back.report).cells['T3.carried_in.natural']).toBe(1);
  });

  it('nianbao import writes the report and prints the diagnostics', async () => {
    const r = nianbao('import', '2020.pdf', '-o', 'imported.nianbao', '--json');
    // Exit 1 as check gives it: the report has errors (H1–H3), read exactly as published.
    expect(r.code, r.err).toBe(1);
    const d = JSON.parse(r.out) as {
      formatId: string;
      year: number;
      placed: number;
      blank: string[];
      findings: { rule: string }[];
    };
    expect(d).toMatchObject({
      formatId: 'gov-2019',
      year: 2020,
      placed: formatIndex('gov-2019').cells.length,
      blank: [],
    });
    expect(
      d.findings
        .filter((f) => f.rule.startsWith('H'))
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['H1', 'H2', 'H3']);
    expect(await readFile(join(dir, 'imported.nianbao'), 'utf8')).toBe(
      serializeReport(loadReport(fixturePath('ninghe-2020.nianbao'))),
    );
    expect(nianbao('import', '2020.pdf', '-o', 'imported.nianbao').code).toBe(2);
  });
});

describe('PDF.js loaded for an import', () => {
  it('leaves the engine’s own Array.prototype.push in place (its core-js would slow every array of the process)', async () => {
    const r = await readReportSource(fixturePath('corpus/huaian-2024-wps.pdf'));
    expect(r.ok && r.report.cells['T3.new.total']).toBe(3119);
    expect(Array.prototype.push).toBe(ENGINE_PUSH);
  });
});

describe('the text of a WPS PDF', () => {
  it('reads Chinese beside digits without the gaps WPS sets between them, and keeps the spaces between numbers', async () => {
    const r = await readReportSource(fixturePath('corpus/huaian-2024-wps.pdf'));
    if (!r.ok) throw new Error(r.errors[0]?.message);
    // On the page: 「自 2024 年 1 月 1 日至 2024 年 12 月 31 日」 (中西文间距), as pdftotext reads it too.
    expect(r.report.preamble).toContain('报告所列统计期限自2024年1月1日至2024年12月31日。');
    expect(r.report.preamble).toContain('（国令第711号）');
    expect(r.report.preamble).toContain('电话：0517-83605210，电子邮箱：hazwgkc@163.com）');
    expect(r.report.parts.overview).toContain('主动公开各类政府信息5500余条');
    expect(r.report.parts.other).toContain('信息处理费3940元');
    expect(Object.values(r.report.parts).join('')).not.toMatch(/\p{Script=Han} +\d|\d +\p{Script=Han}/u);
  });
});

describe('PDFs it cannot import', () => {
  it('says a PDF with neither nianbao data nor text has nothing to read, and a broken PDF is broken', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    await writeFile(join(dir, 'other.pdf'), await other.save());
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\n garbage');
    const notOurs = await readReportSource(join(dir, 'other.pdf'));
    expect(notOurs.ok || notOurs.errors[0]?.message).toContain('没有可读的文字');
    const broken = await readReportSource(join(dir, 'broken.pdf'));
    expect(broken.ok).toBe(false);
    const r = nianbao('import', 'other.pdf', '-o', 'x.nianbao');
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有可读的文字');
  });

  it('names what it cannot import', async () => {
    await writeFile(join(dir, 'report.xlsx'), 'PK');
    const r = await readReportSource(join(dir, 'report.xlsx'));
    expect(r.ok || r.errors[0]?.message).toContain('“.xlsx”');
  });

  it('answers 45 MB of text that is no report within seconds, and refuses more than 50 MB unread', async () => {
    const line = '本镇坚持以公开为常态、不公开为例外，扎实推进主动公开工作。\t0\t1\t2\n';
    await writeFile(join(dir, 'big.txt'), line.repeat(Math.ceil((45 * 1024 * 1024) / Buffer.byteLength(line))));
    const started = performance.now();
    const big = await readReportSource(join(dir, 'big.txt'));
    expect(big.ok || big.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
    expect(performance.now() - started).toBeLessThan(15_000);
    const { truncate } = await import('node:fs/promises');
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), 60 * 1024 * 1024);
    const huge = await readReportSource(join(dir, 'huge.txt'));
    expect(huge.ok || huge.errors[0]?.message).toContain('超过 50 MB');
  }, 30_000);

  it('says a text that is no report is not one', async () => {
    await writeFile(join(dir, 'notes.txt'), '会议纪要\n今天讨论了食堂的菜单。');
    const r = await readReportSource(join(dir, 'notes.txt'));
    expect(r.ok || r.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
  });
});

describe('nianbao import of text copied from a published report', () => {
  it('imports a clean seed with exit 0, and a truncated one with exit 1 naming the missing rows', () => {
    const clean = nianbao(
      'import',
      join(ROOT, 'test/fixtures/seeds/000_21d3bb4be097aba7.txt'),
      '-o',
      'seed0.nianbao',
      '--json',
    );
    expect(clean.code, clean.err).toBe(0);
    expect(JSON.parse(clean.out)).toMatchObject({
      formatId: 'gov-2021',
      year: 2021,
      placed: 200,
      blank: [],
      unplaced: [],
    });
    const truncated = nianbao(
      'import',
      join(ROOT, 'test/fixtures/seeds/004_b53832959225c400.txt'),
      '-o',
      'seed4.nianbao',
      '--json',
    );
    expect(truncated.code).toBe(1);
    expect(JSON.parse(truncated.out)).toMatchObject({
      placed: 1,
      missingRows: ['T2.a20_6.coercion', 'T2.a20_8.admin_fee', 'T3.other.misc'],
      unplaced: [],
    });
  });

  it('imports 001 (no title, outcome rows without labels) with exit 1: the rows placed by order are named', () => {
    const r = nianbao('import', join(ROOT, 'test/fixtures/seeds/001_f490327802bf34e8.txt'), '-o', 'seed1.nianbao');
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('已从原文填入 200 个单元格');
    expect(r.out).toContain('原文没有标题，年度：2021年、单位：崇文镇是从正文推断的');
    expect(r.out).toContain('第三部分表格“（一）予以公开”至“（七）总计”共22行丢失了行名，已按行的顺序填入');
    // The rows placed by order stay marked in the file until the clerk confirms them (finding I2).
    const check = nianbao('check', 'seed1.nianbao');
    expect(check.out).toContain('[I2]');
  });

  it('imports a row whose digits ran together and split two ways with exit 1, its cells uncertain (I1)', async () => {
    const seed = await readFile(join(ROOT, 'test/fixtures/seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    await writeFile(
      join(dir, 'glued.txt'),
      seed.replace(
        '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
        '一、本年新收政府信息公开申请数量150010016',
      ),
    );
    const r = nianbao('import', 'glued.txt', '-o', 'glued.nianbao', '--json');
    expect(r.code, r.err).toBe(1);
    const d = JSON.parse(r.out) as { uncertain: string[]; placed: number; findings: { rule: string }[] };
    expect(d.uncertain).toHaveLength(7);
    expect(d.placed).toBe(193);
    expect(d.findings.map((f) => f.rule)).toContain('I1');
  });

  it('reads text saved as GBK or UTF-16 (Notepad), and refuses bytes that are no text', async () => {
    const utf8 = await readFile(join(ROOT, 'test/fixtures/seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    await writeFile(join(dir, 'gbk.txt'), Buffer.from(new TextEncoder().encode(utf8)));
    const gbk = spawnSync('iconv', ['-f', 'utf-8', '-t', 'gbk', join(dir, 'gbk.txt'), '-o', join(dir, 'gbk2.txt')]);
    expect(gbk.status).toBe(0);
    const r = nianbao('import', 'gbk2.txt', '-o', 'gbk.nianbao', '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ unit: { name: '小纪汗镇' }, placed: 200 });
    // Notepad's 「Unicode」: UTF-16 LE with its byte-order mark.
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    const utf16 = nianbao('import', 'utf16.txt', '-o', 'utf16.nianbao', '--json');
    expect(utf16.code, utf16.err).toBe(0);
    expect(JSON.parse(utf16.out)).toMatchObject({ unit: { name: '小纪汗镇' }, placed: 200 });
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80]));
    const bad = nianbao('import', 'binary.txt', '-o', 'b.nianbao');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不是文本');
  });
});
