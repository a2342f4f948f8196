import { describe, expect, it } from 'vitest';
import { evaluate } from '@shared/rules';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

describe('reports built by hand from the seeds', () => {
  it('宁河镇 2020 (its 总计 is 0 while 自然人 is 30) gives H1, H2, H3 on T3.result_total.total and no other error', () => {
    const findings = evaluate(loadReport(fixturePath('ninghe-2020.nianbao')));
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule).sort()).toEqual(['H1', 'H2', 'H3']);
    for (const e of errors) expect(e.cells).toContain('T3.result_total.total');
    expect(errors.find((f) => f.rule === 'H1')?.message).toBe(
      '第三部分表格“总计”列：新收+上年结转=30，办结+结转下年=0，相差30件：请核对“结转下年度继续办理”或各项办理结果。',
    );
    // The other defects the spec lists for this seed: 30/30/30 and headings 「5、」「6、」.
    expect(findings.filter((f) => f.rule === 'W3').map((f) => f.cells)).toEqual([
      ['T2.a20_6.penalty.prev_items', 'T2.a20_6.penalty.delta', 'T2.a20_6.penalty.decisions'],
    ]);
    expect(findings.filter((f) => f.rule === 'W4').map((f) => f.part)).toEqual(['problems', 'other']);
  });

  it('小纪汗镇 2021 (all zeros, no fee sentence) gives no error and an N3 warning', () => {
    const findings = evaluate(loadReport(fixturePath('xiaojihan-2021.nianbao')));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const n3 = findings.filter((f) => f.rule === 'N3');
    expect(n3).toHaveLength(1);
    expect(n3[0]?.severity).toBe('warning');
    expect(n3[0]?.part).toBe('other');
  });

  it('the built-in sample report is clean', () => {
    expect(evaluate(loadReport(SAMPLE_PATH))).toEqual([]);
  });
});
