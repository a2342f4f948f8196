import { describe, expect, it } from 'vitest';
import { printHtml, titleLines } from '@shared/print';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

describe('the print layout', () => {
  const report = loadReport(SAMPLE_PATH);

  it('breaks a long title after the unit, as 公文 titles do', () => {
    expect(titleLines(report)).toEqual(['示例镇人民政府', '2025年政府信息公开工作年度报告']);
    expect(titleLines({ ...report, title: '某镇2025年年度报告' })).toEqual(['某镇2025年年度报告']);
    expect(titleLines({ ...report, title: '关于某镇人民政府2025年政府信息公开工作的年度报告' })).toHaveLength(1);
  });

  it('states the unit of 采购总金额 under table two in the 2019 format only, once chosen', () => {
    const ninghe = loadReport(fixturePath('ninghe-2020.nianbao'));
    const options = { fontBase: 'fonts' };
    const note = '<p class="table-note">注：采购总金额单位为元。</p>';
    const unset = structuredClone(ninghe);
    delete unset.settings.procurementUnit;
    expect(printHtml(unset, options)).not.toContain('<p class="table-note">');
    const chosen = printHtml({ ...ninghe, settings: { ...ninghe.settings, procurementUnit: '元' } }, options);
    expect(chosen).toContain(note);
    expect(chosen.indexOf(note)).toBeLessThan(chosen.indexOf('id="part-requests"'));
    expect(printHtml({ ...report, settings: { ...report.settings, procurementUnit: '元' } }, options)).not.toContain(
      '<p class="table-note">',
    );
  });

  it('is one pure function of the report: same input, same HTML; text escaped', () => {
    const options = { fontBase: 'fonts' };
    expect(printHtml(report, options)).toBe(printHtml(structuredClone(report), options));
    const html = printHtml({ ...report, preamble: '<script>alert(1)</script>' }, options);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('sets the 公文 page: A4, 37/35/28/26 mm, page numbers outside, A3 enlarged', () => {
    const a4 = printHtml(report, { fontBase: 'fonts' });
    expect(a4).toContain('size: A4; margin: 37.00mm 26.00mm 35.00mm 28.00mm;');
    expect(a4).toMatch(/@page :right \{ @bottom-right \{ content: '— ' counter\(page\) ' —'/);
    expect(a4).toMatch(/@page :left \{ @bottom-left \{/);
    expect(printHtml(report, { fontBase: 'fonts', paper: 'A3' })).toContain('size: A3; margin: 52.33mm');
    expect(printHtml(report, { fontBase: 'fonts', closing: false })).not.toContain('class="closing"');
  });
});
