import { describe, expect, it } from 'vitest';
import type { PageText } from '@shared/import/page-geometry';
import { unruledRows } from '@shared/import/unruled-columns';
import type { RunLine } from '@shared/import/unruled-columns';

const run = (text: string, x: number, width = 6 * text.length): PageText => ({ text, x, y: 0, width, size: 9 });
const line = (...texts: PageText[]): RunLine => ({ texts, size: 9 });
/** Seven columns 40 pt apart from x = 200, as table three prints them. */
const col = (i: number) => 200 + i * 40;
const row = (label: string, values: (string | undefined)[]) =>
  line(run(label, 20, 150), ...values.flatMap((v, i) => (v === undefined ? [] : [run(v, col(i))])));

describe('tables printed without rules', () => {
  const header = line(run('自然人', col(0)), run('商业企业', col(1)), run('其他', col(5)), run('总计', col(6)));

  it('a total column blank in every row is told by its header, and each row gets its empty cell', () => {
    const rows = [
      row('一、本年新收', ['3', '0', '0', '0', '1', '2']),
      row('二、上年结转', ['1', '0', '0', '0', '0', '0']),
    ];
    const got = unruledRows([header, ...rows]);
    expect(got.get(rows[0]!)?.cells).toEqual(['3', '0', '0', '0', '1', '2', '']);
    expect(got.get(rows[1]!)?.label.map((t) => t.text)).toEqual(['二、上年结转']);
  });

  it('a cell blank in one row is placed by the other rows’ numbers', () => {
    const rows = [row('一', ['3', '0', '0', '0', '1', '2', '6']), row('二', ['1', undefined, '0', '0', '0', '0', '1'])];
    const got = unruledRows([header, ...rows]);
    expect(got.has(rows[0]!)).toBe(false);
    expect(got.get(rows[1]!)?.cells).toEqual(['1', '', '0', '0', '0', '0', '1']);
  });

  it('a number between two columns leaves its row as it was', () => {
    const rows = [row('一', ['3', '0', '0', '0', '1', '2', '6']), line(run('二', 20, 150), run('5', col(1) + 20))];
    expect(unruledRows([header, ...rows]).has(rows[1]!)).toBe(false);
  });

  it('a header centred over a narrow table’s last column adds no column', () => {
    const head = line(run('信息内容', 20, 40), run('采购项目数量', 200), run('采购总金额', 300));
    const rows = [line(run('政府集中采购', 20, 72), run('12', 200), run('72419', 240))];
    expect(unruledRows([head, ...rows]).size).toBe(0);
  });
});
