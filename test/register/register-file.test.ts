import { describe, expect, it } from 'vitest';
import { emptyReport, reportFromLastYear, serializeReport } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { printHtml } from '@shared/print';
import { withoutPersonalData, withRegisterCounts } from '@shared/register';
import { evaluate } from '@shared/rules';
import { reportOf } from '../helpers';
import { HAND_REGISTER_2021, register } from './registers';

const base = emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' });
const withRegister = withRegisterCounts({ ...base, register: register(HAND_REGISTER_2021) });

describe('the register in the report file', () => {
  it('saves and reopens unchanged, personal fields included (the file is the office’s own)', () => {
    const reopened = reportOf(parseReportFile(serializeReport(withRegister)));
    expect(reopened.register).toEqual(withRegister.register);
    expect(reopened.register?.applications[0]?.name).toBe('张三');
  });

  it('a file without a register still loads (the section is optional)', () => {
    expect(reportOf(parseReportFile(serializeReport(base))).register).toBeUndefined();
  });

  it('refuses a bad application with a sentence that says where', () => {
    const bad = JSON.parse(serializeReport(withRegister)) as { report: { register: { applications: unknown[] } } };
    bad.report.register.applications[1] = { ...HAND_REGISTER_2021[1], applicant: '公民', received: '2021/4/2' };
    const result = parseReportFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'report.register.applications.1.received',
      'report.register.applications.1.applicant',
    ]);
  });

  it('withoutPersonalData drops name and contact and nothing else', () => {
    const out = withoutPersonalData(withRegister);
    expect(JSON.stringify(out)).not.toMatch(/张三|李四|13800000001/);
    expect(out.register?.applications.map((a) => a.id)).toEqual(HAND_REGISTER_2021.map((a) => a.id));
    expect(out.cells).toBe(withRegister.cells);
    expect(withRegister.register?.applications[0]?.name).toBe('张三');
    expect(printHtml(withRegister, { fontBase: '' })).not.toMatch(/张三|李四|13800000001/);
  });
});

describe('从上一年报告新建 with a register', () => {
  it('carries exactly the applications open on 31 December, flagged 上年结转, so X1 holds', () => {
    const next = withRegisterCounts(reportFromLastYear(withRegister));
    expect(next.register?.applications.map((a) => [a.id, a.carriedIn])).toEqual([
      ['a3', true],
      ['a6', true],
    ]);
    expect(next.cells['T3.carried_in.natural']).toBe(1);
    expect(next.cells['T3.carried_in.welfare']).toBe(1);
    expect(next.cells['T3.carried_in.total']).toBe(withRegister.cells['T3.carry_out.total']);
    // a6 was answered on 2022-01-05: in the new year it counts under （一）予以公开.
    expect(next.cells['T3.open.welfare']).toBe(1);
    expect(next.cells['T3.carry_out.natural']).toBe(1);
    expect(evaluate(next).map((f) => f.rule)).not.toContain('X1');
  });
});
