import { describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { emptyReport } from '@shared/report';
import type { Report } from '@shared/report';
import { applicationsInCell, countRegister, withRegisterCounts } from '@shared/register';
import { evaluate } from '@shared/rules';
import { HAND_REGISTER_2020, HAND_REGISTER_2021, register } from './registers';

/** Every non-zero cell, as counted by hand from registers.ts; every other T3 cell must be 0. */
const BY_HAND_2021 = {
  'T3.new.natural': 3, // a1 a3 a5
  'T3.new.commercial': 1, // a2
  'T3.new.welfare': 1, // a6
  'T3.new.total': 5,
  'T3.carried_in.legal': 1, // a4
  'T3.carried_in.other_org': 1, // a9: received in 2020, not flagged
  'T3.carried_in.total': 2,
  'T3.open.natural': 1, // a1 (a6 was answered in 2022)
  'T3.open.total': 1,
  'T3.partial.commercial': 1,
  'T3.partial.total': 1,
  'T3.deny.secret.other_org': 1,
  'T3.deny.secret.total': 1,
  'T3.none.not_held.legal': 1,
  'T3.none.not_held.total': 1,
  'T3.other.misc.natural': 1, // a5: the 2019 「其他处理」 read as （六）3.其他
  'T3.other.misc.total': 1,
  'T3.result_total.natural': 2,
  'T3.result_total.commercial': 1,
  'T3.result_total.legal': 1,
  'T3.result_total.other_org': 1,
  'T3.result_total.total': 5,
  'T3.carry_out.natural': 1, // a3
  'T3.carry_out.welfare': 1, // a6
  'T3.carry_out.total': 2,
};

function expectCounted(cells: Record<string, number | null>, expected: Record<string, number>, report: Report) {
  for (const c of formatIndex(report.formatId).cells.filter((d) => d.table === 'T3')) {
    expect([c.id, cells[c.id]]).toEqual([c.id, expected[c.id] ?? 0]);
  }
}

describe('table three counted from the register', () => {
  it('gov-2021: every cell as counted by hand; a7 and a8 are left out with their reasons', () => {
    const report = emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' });
    const counted = countRegister(register(HAND_REGISTER_2021), 'gov-2021', 2021);
    expectCounted(counted.cells, BY_HAND_2021, report);
    expect(counted.skipped).toEqual([
      { id: 'a7', number: '2022-001', reason: '收到日期在2021年度之后' },
      { id: 'a8', number: '2021-006', reason: '已答复但未填办理结果' },
    ]);
  });

  it('gov-2019: （六）其他处理 is one row, so a5 (「逾期未缴费」) counts there', () => {
    const report = emptyReport({ year: 2020, unitName: '某镇人民政府', kind: 'township', region: '' });
    expect(report.formatId).toBe('gov-2019');
    const expected: Record<string, number> = { ...BY_HAND_2021, 'T3.other.natural': 1, 'T3.other.total': 1 };
    delete expected['T3.other.misc.natural'];
    delete expected['T3.other.misc.total'];
    expectCounted(countRegister(register(HAND_REGISTER_2020), 'gov-2019', 2020).cells, expected, report);
  });

  it('H1–H3 hold by construction, and the rules still judge what is stored', () => {
    const base = emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' });
    const counted = withRegisterCounts({ ...base, register: register(HAND_REGISTER_2021) });
    const rules = evaluate(counted).map((f) => f.rule);
    expect(rules.filter((r) => ['H1', 'H2', 'H3'].includes(r))).toEqual([]);
    expect(evaluate(counted).filter((f) => f.rule === 'R2')).toHaveLength(2);
    // A number typed over a counted cell afterwards is judged as stored.
    const typed = { ...counted, cells: { ...counted.cells, 'T3.new.natural': 4 } };
    expect(evaluate(typed).map((f) => f.rule)).toContain('H1');
  });

  it('counting off (the default) leaves the typed table alone', () => {
    const base = emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' });
    const off = { ...base, register: register(HAND_REGISTER_2021, false) };
    expect(withRegisterCounts(off)).toBe(off);
  });

  it('可核查: a cell lists the applications counted in it', () => {
    const reg = register(HAND_REGISTER_2021);
    const ids = (cell: string) => applicationsInCell(reg, 'gov-2021', 2021, cell).map((a) => a.id);
    expect(ids('T3.new.natural')).toEqual(['a1', 'a3', 'a5']);
    expect(ids('T3.carry_out.total')).toEqual(['a3', 'a6']);
    expect(ids('T3.result_total.total')).toEqual(['a1', 'a2', 'a4', 'a5', 'a9']);
    expect(ids('T3.other.misc.natural')).toEqual(['a5']);
    expect(ids('T2.a20_5.licensing.decisions')).toEqual([]);
  });

  it('an edit recounts: kept counts follow the edited application, the year and the format', () => {
    const reg = register(HAND_REGISTER_2021);
    const before = countRegister(reg, 'gov-2021', 2021);
    expect(countRegister(reg, 'gov-2021', 2021)).toBe(before);
    // a3 (open at year end) answered: 结转下年度 one fewer, （一）予以公开 one more, in the same list's copy.
    const answered = reg.applications.map((a) =>
      a.id === 'a3' ? { ...a, outcome: 'open', answered: '2021-12-28' } : a,
    );
    const after = countRegister({ ...reg, applications: answered }, 'gov-2021', 2021).cells;
    expect([after['T3.carry_out.natural'], after['T3.open.natural']]).toEqual([0, 2]);
    expect(countRegister(reg, 'gov-2021', 2021).cells['T3.carry_out.natural']).toBe(1);
    // The same applications in another year are placed for that year.
    expect(countRegister(reg, 'gov-2021', 2022).cells['T3.carried_in.total']).toBe(2);
  });
});
