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
    expect(r.code, r.err).toBe(0);
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

describe('PDFs it cannot import', () => {
  it('says a PDF without nianbao data is not one of ours, and a broken PDF is broken', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    await writeFile(join(dir, 'other.pdf'), await other.save());
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\n garbage');
    const notOurs = await readReportSource(join(dir, 'other.pdf'));
    expect(notOurs.ok || notOurs.errors[0]?.message).toContain('不是年报编辑器导出的');
    const broken = await readReportSource(join(dir, 'broken.pdf'));
    expect(broken.ok).toBe(false);
    const r = nianbao('import', 'other.pdf', '-o', 'x.nianbao');
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是年报编辑器导出的');
  });

  it('names what it cannot import yet', async () => {
    await writeFile(join(dir, 'report.docx'), 'PK');
    const r = await readReportSource(join(dir, 'report.docx'));
    expect(r.ok || r.errors[0]?.message).toContain('“.docx”');
  });
});
