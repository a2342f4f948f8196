import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { printHtml } from '@shared/print';
import { evaluate } from '@shared/rules';
import { exportDocx } from '../../src/main/export/docx';
import { importTextOrHtml, readReportSource } from '../../src/main/import/read-source';
import { fixturePath, loadReport, reportOf, ROOT, SAMPLE_PATH } from '../helpers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-import-html-'));
});

describe('HTML import', () => {
  it('reads a county portal page saved as GB2312: layout tables, site chrome, rowspans and odd numbers', async () => {
    const report = reportOf(await readReportSource(fixturePath('web/portal-2021.html')));
    expect(report).toMatchObject({
      formatId: 'gov-2021',
      year: 2021,
      unit: { name: '城关镇', kind: 'township' },
      title: '城关镇2021年政府信息公开工作年度报告',
      // The 「发布时间」 line and the 「信息名称」 row of the page are not the report's.
      preamble: '本报告依据《中华人民共和国政府信息公开条例》编制。',
      closing: { unit: '城关镇人民政府', date: '2022-01-20' },
    });
    expect(report.parts.overview).toBe(
      '2021年，城关镇认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息152条。\n（一）主动公开。通过镇政务公开栏公开信息37条。',
    );
    // The share links and the site's footer after the dated closing are left out.
    expect(report.parts.other).toBe('本年度未收取信息处理费。');
    // Every cell not listed here is printed as 0 on the page.
    const expected: Record<string, number> = {
      'T2.a20_1.normative.issued': 2, // 「２」, full-width
      'T2.a20_1.normative.repealed': 1,
      'T2.a20_1.normative.in_force': 7,
      'T2.a20_5.licensing.decisions': 1024, // 「1,024」
      'T2.a20_6.penalty.decisions': 35,
      'T2.a20_8.admin_fee.amount': 0.35,
      'T3.new.natural': 5,
      'T3.new.commercial': 1,
      'T3.new.total': 6,
      'T3.carried_in.natural': 1,
      'T3.carried_in.total': 1,
      'T3.open.natural': 3,
      'T3.open.total': 3,
      'T3.partial.natural': 1,
      'T3.partial.commercial': 1,
      'T3.partial.total': 2,
      'T3.none.not_held.natural': 1,
      'T3.none.not_held.total': 1,
      'T3.result_total.natural': 5,
      'T3.result_total.commercial': 1,
      'T3.result_total.total': 6,
      'T3.carry_out.natural': 1,
      'T3.carry_out.total': 1,
      'T4.review.upheld': 1,
      'T4.review.total': 1,
      'T4.suit_direct.pending': 1,
      'T4.suit_direct.total': 1,
    };
    for (const c of formatIndex('gov-2021').cells) expect(report.cells[c.id], c.id).toBe(expected[c.id] ?? 0);
    expect(report.published).toEqual({ headings: {}, labels: {}, missingRows: [] });
    expect(evaluate(report).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['the sample', SAMPLE_PATH],
    ['宁河镇 2020 (2019 format)', fixturePath('ninghe-2020.nianbao')],
  ])('reads back %s from the HTML of its own print layout (title broken over two lines)', (_n, source) => {
    const report = loadReport(source);
    const r = importTextOrHtml({ html: printHtml(report, { fontBase: 'fonts/' }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.cells).toEqual(report.cells);
    expect(r.report.parts).toEqual(report.parts);
    expect(r.report.title).toBe(report.title);
    expect(r.report.closing).toEqual(report.closing);
  });

  it('reads a Word report saved as a web page (LibreOffice’s HTML of the project’s DOCX) exactly', async () => {
    const report = loadReport(SAMPLE_PATH);
    const docx = join(dir, 'sample.docx');
    await writeFile(docx, await exportDocx(report, 'test'));
    const converted = spawnSync('soffice', ['--headless', '--convert-to', 'html', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    expect(converted.status, converted.stderr).toBe(0);
    const r = await readReportSource(join(dir, 'sample.html'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { title, preamble, parts, closing, cells } = r.report;
    expect({ title, preamble, parts, closing, cells }).toEqual({
      title: report.title,
      preamble: report.preamble,
      parts: report.parts,
      closing: report.closing,
      cells: report.cells,
    });
  }, 150_000);

  it('survives broken and hostile HTML: unclosed tags, 100,000 nested divs, 14 MB, 15 MB, a page that is no report', async () => {
    const broken = importTextOrHtml({
      html: '<p>宁河镇2021年政府信息公开工作年度报告<p>一、总体情况<p>全年公开<b>12条<p>二、主动公开政府信息情况<table><tr><td>规章<td>1<td>0<td>3',
    });
    expect(broken.ok).toBe(true);
    if (broken.ok) {
      expect(broken.report.title).toBe('宁河镇2021年政府信息公开工作年度报告');
      expect(broken.report.parts.overview).toBe('全年公开12条');
      const regulation = ['issued', 'repealed', 'in_force'].map((m) => broken.report.cells[`T2.a20_1.regulation.${m}`]);
      expect(regulation).toEqual([1, 0, 3]);
    }
    const deep = importTextOrHtml({ html: `${'<div>'.repeat(100_000)}一、总体情况${'</div>'.repeat(100_000)}` });
    expect(deep.ok).toBe(true);
    const started = performance.now();
    const huge = importTextOrHtml({ html: `<table>${'<tr><td>会议</td><td>0</td></tr>'.repeat(450_000)}</table>` });
    expect(huge.ok || huge.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
    expect(performance.now() - started).toBeLessThan(20_000);
    const bloated = `<html><body>${'<div><p>本镇坚持以公开为常态</p></div>'.repeat(600_000)}</body></html>`;
    await writeFile(join(dir, 'bloated.html'), bloated);
    const refused = await readReportSource(join(dir, 'bloated.html'));
    expect(refused.ok || refused.errors[0]?.message).toContain('只选中报告正文');
    await writeFile(join(dir, 'menu.html'), '<html><body><h1>食堂菜单</h1><p>周一：面条</p></body></html>');
    const menu = await readReportSource(join(dir, 'menu.html'));
    expect(menu.ok || menu.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
  });

  it('leaves out what a reader of the page does not see: scripts, display:none blocks (nested), hidden elements', () => {
    const r = importTextOrHtml({
      html: [
        '<h1>宁河镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年公开12条。</p>',
        '<div style="color:red; display: none"><div><p>隐藏的旧稿。</p></div><p>也隐藏。</p></div>',
        '<p hidden>隐藏段落。</p><script>document.write("<p>脚本</p>")</script>',
        "<p>二、主动公开政府信息情况</p><div style='display:none'><table><tr><td>规章</td><td>9</td><td>9</td><td>9</td></tr></table></div>",
        '<table><tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table>',
      ].join(''),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.parts.overview).toBe('全年公开12条。');
    expect(['issued', 'repealed', 'in_force'].map((m) => r.report.cells[`T2.a20_1.regulation.${m}`])).toEqual([
      1, 0, 3,
    ]);
  });

  it('decodes character references, named and numeric, as a browser does', () => {
    const r = importTextOrHtml({
      html: '<h1>&#x5b81;&#27827;&#x9547;2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>&ldquo;公开&rdquo;&nbsp;&amp;&#99999999;&unknown;</p>',
    });
    expect(r.ok && r.report.title).toBe('宁河镇2021年政府信息公开工作年度报告');
    expect(r.ok && r.report.parts.overview).toBe('“公开” &\ufffd&unknown;');
  });

  it('nianbao import takes a saved web page', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/nianbao.js'), 'import', fixturePath('web/portal-2021.html'), '-o', 'web.nianbao', '--json'],
      { encoding: 'utf8', cwd: dir },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ unit: { name: '城关镇' }, placed: 200, blank: [], unplaced: [] });
  });
});
