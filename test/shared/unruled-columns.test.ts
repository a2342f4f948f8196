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
    expect(got.get(rows[0]!)?.cells).toEqual(['3', '0', '0', '0', '1', '2', '6']);
    expect(got.get(rows[1]!)?.cells).toEqual(['1', '', '0', '0', '0', '0', '1']);
  });

  it('a number between two columns leaves its row as it was', () => {
    const rows = [row('一', ['3', '0', '0', '0', '1', '2', '6']), line(run('二', 20, 150), run('5', col(1) + 20))];
    expect(unruledRows([header, ...rows]).has(rows[1]!)).toBe(false);
  });

  it('a header centred over a narrow table’s last column adds no column', () => {
    const head = line(run('信息内容', 20, 40), run('采购项目数量', 200), run('采购总金额', 300));
    const rows = [line(run('政府集中采购', 20, 72), run('12', 200), run('72419', 240))];
    expect(unruledRows([head, ...rows]).get(rows[0]!)?.cells).toEqual(['12', '72419']);
  });

  it('two numbers that touch in columns too narrow for a gap are told apart by the columns, one number in two runs is not', () => {
    const full = line(
      run('一', 20, 150),
      ...['3', '0', '0', '0', '1', '2'].map((v, i) => run(v, col(i))),
      run('1766', 430),
    );
    const zeros = [0, 1, 2, 3, 4].map((i) => run('0', col(i)));
    const touching = line(run('二', 20, 150), ...zeros, run('170', 394), run('763', 412.5));
    const split = line(run('三', 20, 150), ...zeros, run('0', col(5)), run('1', 430), run('2', 436));
    const got = unruledRows([header, full, touching, split]);
    expect(got.get(touching)?.cells).toEqual(['0', '0', '0', '0', '0', '170', '763']);
    expect(got.has(split)).toBe(false);
  });
});
