import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { exportDocx } from '../../src/main/export/docx';
import { suggestedFileName } from '../../src/main/files/naming';
import { IMPORT_INPUTS } from '@shared/import/inputs';
import { displayWidth } from '../../src/main/cli/text-table';
import { fixturePath, loadReport, ROOT, runCli, SAMPLE_PATH } from '../helpers';

const nianbao = (...args: string[]) => runCli(dir, ...args);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-cli-'));
});

describe('nianbao --help, --version and no arguments', () => {
  it('prints the help with exit 0 when run bare, and lists every input import reads', async () => {
    const bare = nianbao();
    expect(bare.code).toBe(0);
    expect(bare.out).toContain('用法');
    expect(nianbao('--help').out).toBe(bare.out);
    for (const input of IMPORT_INPUTS)
      for (const ext of input.extensions) expect(bare.out, ext).toMatch(new RegExp(`^ +(\\.\\S+ )*\\.${ext}[ ]`, 'm'));
    // The list is the importer's own: a file of each extension is at least tried (refused for its content).
    await writeFile(join(dir, 'x.weird'), 'x');
    expect(nianbao('import', 'x.weird', '-o', 'o.nianbao').err).toContain(IMPORT_INPUTS.map((i) => i.name)[1]);
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = nianbao('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${pkg.version}\n`);
  });
});

describe('nianbao new --kind', () => {
  it.each([
    ['乡镇', 'township'],
    ['街道', 'township'],
    ['县级部门', 'county-department'],
    ['县政府', 'county-government'],
    ['county-government', 'county-government'],
    ['其他行政机关', 'other'],
  ])('accepts %s', async (name, kind) => {
    const r = nianbao('new', '--year', '2024', '--unit', '某单位', '--kind', name, '-o', 'n.nianbao');
    expect(r.code, r.err).toBe(0);
    const loaded = parseReportFile(await readFile(join(dir, 'n.nianbao'), 'utf8'));
    expect(loaded.ok && loaded.report.unit.kind).toBe(kind);
  });

  it('names every kind in Chinese when it does not know the word', () => {
    const r = nianbao('new', '--year', '2024', '--unit', '某单位', '--kind', '村委会', '-o', 'n.nianbao');
    expect(r.code).toBe(2);
    for (const word of ['乡镇', '街道', '县级部门', '县政府', ...UNIT_KINDS]) expect(r.err).toContain(word);
  });
});

describe('nianbao show as text', () => {
  it('prints each table as aligned columns, a CJK character two columns wide', () => {
    const r = nianbao('show', fixturePath('ninghe-2020.nianbao'));
    expect(r.code).toBe(0);
    const t4 = r.out.split('\n').filter((l) => /^ {2}(行政复议|行政诉讼|\s+结果维持)/.test(l));
    expect(t4).toHaveLength(4);
    // Every line of the table ends its 总计 column at the same terminal column.
    expect(new Set(t4.map(displayWidth)).size).toBe(1);
    expect(t4[2]).toMatch(/^ {2}行政诉讼·未经复议直接起诉 +0 +0 +3 +0 +3$/);
    const t3 = r.out.split('\n').filter((l) => l.startsWith('  （') && / \d+$/.test(l));
    expect(t3.length).toBeGreaterThanOrEqual(20);
    expect(new Set(t3.map(displayWidth)).size).toBe(1);
    // The narrative parts are there with the tables.
    expect(r.out).toContain('五、存在的主要问题及改进情况');
  });
});

describe('nianbao check and show on any file import reads', () => {
  it('checks a Word file imported in memory, saying so and what the import read', async () => {
    await writeFile(join(dir, 'report.docx'), await exportDocx(loadReport(fixturePath('ninghe-2020.nianbao')), 't'));
    const r = nianbao('check', 'report.docx');
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('已在内存中导入“report.docx”');
    expect(r.out).toContain('读取方式：Word 文档');
    expect(r.out).toContain('错误（3）');
    expect(await readdir(dir)).toEqual(['report.docx']);
    const json = JSON.parse(nianbao('check', 'report.docx', '--json').out) as { imported: { summary: string[] } };
    expect(json.imported.summary.join('')).toContain('Word 文档');
  });

  it('shows a PDF from WPS and a truncated text, with what the import flagged', () => {
    const pdf = nianbao('show', fixturePath('corpus/huaian-2024-wps.pdf'));
    expect(pdf.code, pdf.err).toBe(0);
    expect(pdf.out).toContain('读取方式：PDF 的文字层');
    expect(pdf.out).toContain('淮安市人民政府');
    const cut = nianbao('check', join(ROOT, 'test/fixtures/seeds/004_b53832959225c400.txt'));
    expect(cut.out).toContain('原文缺少第二部分表格“行政强制”行');
    const previous = nianbao('check', SAMPLE_PATH, '--previous', fixturePath('corpus/seed000-markdown.md'));
    expect(previous.err).toContain('已在内存中导入');
  });
});

describe('nianbao import exit codes', () => {
  it('exits 1 when the imported report has errors, like check', async () => {
    await writeFile(join(dir, 'r.docx'), await exportDocx(loadReport(fixturePath('ninghe-2020.nianbao')), 't'));
    expect(nianbao('import', 'r.docx', '-o', 'r.nianbao').code).toBe(1);
    expect(nianbao('check', 'r.nianbao').code).toBe(1);
    await writeFile(join(dir, 'clean.docx'), await exportDocx(loadReport(SAMPLE_PATH), 't'));
    expect(nianbao('check', 'clean.docx').code).toBe(0);
  });
});

describe('nianbao export without --pdf or --docx', () => {
  it('writes both beside the report under the names the editor suggests', async () => {
    await copyFile(SAMPLE_PATH, join(dir, 'mine.nianbao'));
    const r = nianbao('export', 'mine.nianbao');
    expect(r.code, r.err).toBe(0);
    const report = loadReport(SAMPLE_PATH);
    const names = [suggestedFileName(report, 'docx'), suggestedFileName(report, 'pdf')];
    expect((await readdir(dir)).sort()).toEqual([...names, 'mine.nianbao'].sort());
    expect((await readFile(join(dir, names[1] ?? ''))).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('never writes over the file it exports from', async () => {
    const report = loadReport(SAMPLE_PATH);
    const pdf = suggestedFileName(report, 'pdf');
    await writeFile(join(dir, 'r.docx'), await exportDocx(report, 't'));
    const r = nianbao('export', 'r.docx', '--pdf', 'r.docx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('会覆盖原文件');
    expect(await readdir(dir)).not.toContain(pdf);
  });
});
