import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { importText } from '@shared/import/text-report';
import { evaluate } from '@shared/rules';
import { fixturePath } from '../helpers';

const read = (name: string) => importText(readFileSync(fixturePath(`repro/${name}`), 'utf8'));
const T3_NEW = ['natural', 'commercial', 'research', 'welfare', 'legal', 'other_org', 'total'].map(
  (m) => `T3.new.${m}`,
);

/** The damaged dumps of the reliability audit: a published number is never moved, invented or "corrected". */
describe('text import never changes a published number silently', () => {
  it('leaves a row that lost a cell blank and says so, instead of shifting 12 into 采购总金额', () => {
    const r = read('t2-procurement-amount-cell-lost.txt');
    expect(r.report.cells['T2.a20_9.procurement.items']).toBeNull();
    expect(r.report.cells['T2.a20_9.procurement.amount']).toBeNull();
    expect(r.notices.join('\n')).toContain('“政府集中采购”行在原文中只有1个数字（应有2个）');
  });

  it.each(['bare', 'dash', 'di', 'hyphen'])(
    'reads table four past a page number (%s) exactly as without it',
    (kind) => {
      const base = read('t4-base.txt').report.cells;
      const r = read(`t4-page-number-${kind}.txt`).report.cells;
      const t4 = formatIndex('gov-2021').cells.filter((c) => c.table === 'T4');
      expect(t4.map((c) => r[c.id])).toEqual(t4.map((c) => base[c.id]));
      expect(t4.map((c) => base[c.id])).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    },
  );

  it('takes a misprinted total as printed when the cells are separate, and never re-splits glued digits to fit it', () => {
    const tabbed = read('split-wrong-total-tabbed.txt').report;
    expect(T3_NEW.map((id) => tabbed.cells[id])).toEqual([0, 2, 16, 0, 7, 0, 34]);
    const glued = read('split-wrong-total-glued.txt').report;
    // 0|21|6|0|7|0|34 adds up in its row, but it is not what was printed: the columns say so.
    expect(T3_NEW.map((id) => glued.cells[id])).toEqual(Array(7).fill(null));
    const i1 = evaluate(glued).find((f) => f.rule === 'I1');
    expect(i1?.cells).toEqual(T3_NEW);
  });

  it.each(['all-T3-rows-40-digits.txt', 'digits60-random-T3-row.txt'])(
    'answers %s in a moment (it took hours), its long digit rows uncertain, no number invented',
    (name) => {
      const started = performance.now();
      const r = read(name);
      expect(performance.now() - started).toBeLessThan(5000);
      const source = readFileSync(fixturePath(`repro/${name}`), 'utf8');
      for (const [id, v] of Object.entries(r.report.cells))
        if (v !== null && v !== 0) expect(source, id).toContain(String(v));
      expect(Object.keys(r.report.published?.splits ?? {}).length).toBeGreaterThan(0);
    },
  );
});
