import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '@shared/import/text-report';
import { describeCarryOver, reportFromLastYear, serializeReport } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { evaluate } from '@shared/rules';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

describe('从上一年报告新建', () => {
  const last = loadReport(SAMPLE_PATH);
  const next = reportFromLastYear(last);

  it('carries the unit, 上年结转 from last year’s 结转下年度继续办理, and the texts as drafts', () => {
    expect(next).toMatchObject({
      year: 2026,
      formatId: 'gov-2021',
      unit: last.unit,
      title: '示例镇人民政府2026年政府信息公开工作年度报告',
    });
    expect(next.cells['T3.carried_in.natural']).toBe(last.cells['T3.carry_out.natural']);
    expect(next.cells['T3.carried_in.total']).toBe(1);
    expect(next.cells['T3.new.natural']).toBeNull();
    expect(next.parts).toEqual(last.parts);
    expect(next.drafts).toEqual(['overview', 'problems', 'other']);
    expect(next.preamble).toContain('2026年1月1日起至2026年12月31日止');
    expect(next.closing.date).toBe('');
  });

  it('says what was carried over, and H1 says the carried application is not yet accounted for', () => {
    const summary = describeCarryOver(next) ?? '';
    expect(summary.split('\n')[0]).toBe('已从2025年度报告带入：');
    expect(summary).toMatch(/上年结转1件（[^）]+1件），取自2025年度的“结转下年度继续办理”/);
    expect(summary).toContain('正文3个部分沿用上年原文');
    const h1 = evaluate(next).filter((f) => f.rule === 'H1');
    expect(h1.length).toBeGreaterThan(0);
    expect(h1[0]?.message).toMatch(/^第三部分表格“[^”]+”列：上年结转1件尚未计入办理结果或结转下年度：/);
    expect(describeCarryOver(loadReport(SAMPLE_PATH))).toBeUndefined();
  });

  it('keeps last year inside the file, so X1 passes and N8 catches the copied texts', () => {
    const reloaded = parseReportFile(serializeReport(next));
    expect(reloaded.ok).toBe(true);
    if (!reloaded.ok) return;
    expect(reloaded.report.lastYear?.year).toBe(2025);
    const rules = evaluate(reloaded.report).map((f) => f.rule);
    expect(rules).not.toContain('X1');
    expect(
      evaluate(reloaded.report)
        .filter((f) => f.rule === 'N8')
        .map((f) => f.part),
    ).toEqual(['overview', 'problems']);
    reloaded.report.cells['T3.carried_in.natural'] = 4;
    expect(evaluate(reloaded.report).map((f) => f.rule)).toContain('X1');
  });

  it('starts from a report imported from print (Word, web page) with automatic totals back on', () => {
    const imported = importText(readFileSync(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8')).report;
    expect(imported.settings.autoTotals).toBe(false);
    const from = reportFromLastYear(imported);
    expect(from).toMatchObject({ year: 2022, unit: { name: '小纪汗镇' }, settings: { autoTotals: true } });
    expect(from.published).toBeUndefined();
    expect(from.cells['T3.carried_in.total']).toBe(0);
  });

  it('moves a 2020 report in the 2019 format on to the 2021 format', () => {
    const from2020 = reportFromLastYear(loadReport(fixturePath('ninghe-2020.nianbao')));
    expect(from2020.formatId).toBe('gov-2021');
    expect(from2020.cells['T3.carried_in.total']).toBe(0);
    expect(Object.keys(from2020.cells)).toContain('T3.other.misc.total');
    expect(evaluate(from2020).filter((f) => f.rule === 'H6')).toEqual([]);
  });
});
