import { describe, expect, it } from 'vitest';
import { emptyReport, lastYearFigure, lastYearUnavailable, reportFromLastYear } from '@shared/report';
import { evaluate, filterFindings, findingPart, NO_FILTER, worstFirst, worstSeverity } from '@shared/rules';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

describe('显示上年数: last year’s figure of a cell', () => {
  const last = loadReport(SAMPLE_PATH);
  const report = reportFromLastYear(last);

  it('is the same cell last year, and for 上年结转 last year’s 结转下年度继续办理 (X1)', () => {
    expect(lastYearFigure(report, 'T3.new.natural')).toEqual({ value: last.cells['T3.new.natural'], what: '2025年度' });
    expect(lastYearFigure(report, 'T3.carried_in.total')).toEqual({
      value: last.cells['T3.carry_out.total'],
      what: '2025年度结转下年度继续办理',
    });
    expect(lastYearUnavailable(report)).toBeUndefined();
  });

  it('is absent without last year (and says why) or for a cell last year’s format lacks', () => {
    expect(lastYearFigure(last, 'T3.new.natural')).toBeUndefined();
    expect(lastYearUnavailable(last)).toContain('从上一年报告新建');
    const from2020 = reportFromLastYear(loadReport(fixturePath('ninghe-2020.nianbao')));
    expect(from2020.formatId).toBe('gov-2021');
    expect(lastYearFigure(from2020, 'T3.other.no_fee.natural')).toBeUndefined();
    expect(lastYearFigure(from2020, 'T3.new.natural')?.value).toBe(30);
  });
});

describe('the findings filter', () => {
  const ninghe = loadReport(fixturePath('ninghe-2020.nianbao'));
  const findings = evaluate(ninghe);

  it('knows each finding’s part, by its own or by its table', () => {
    const parts = findings.map((f) => [f.rule, findingPart(ninghe.formatId, f)]);
    expect(parts).toContainEqual(['H1', 'requests']);
    expect(parts).toContainEqual(['W3', 'active']);
    expect(parts).toContainEqual(['W4', 'problems']);
  });

  it('keeps errors only, one part only, or everything', () => {
    expect(filterFindings(ninghe.formatId, findings, NO_FILTER)).toEqual(findings);
    const errors = filterFindings(ninghe.formatId, findings, { errorsOnly: true, part: null });
    expect(errors.map((f) => f.rule)).toEqual(['H1', 'H2', 'H3']);
    expect(filterFindings(ninghe.formatId, findings, { errorsOnly: true, part: 'problems' })).toEqual([]);
    // Findings of no part (C4, the closing date) show under 全部 only.
    const fresh = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    const c4 = evaluate(fresh).filter((f) => f.rule === 'C4');
    expect(filterFindings(fresh.formatId, c4, { errorsOnly: false, part: 'overview' })).toEqual([]);
  });

  it('lists errors first, then warnings, then hints, each in the report’s order', () => {
    const f = (rule: string, severity: 'error' | 'warning' | 'info') => ({ rule, severity, cells: [], message: rule });
    const listed = worstFirst([
      f('C4', 'warning'),
      f('N1', 'info'),
      f('C5', 'warning'),
      f('H1', 'error'),
      f('H2', 'error'),
    ]);
    expect(listed.map((x) => x.rule)).toEqual(['H1', 'H2', 'C4', 'C5', 'N1']);
    expect(worstSeverity([f('C4', 'warning'), f('N1', 'info')])).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
  });
});
