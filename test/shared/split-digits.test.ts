import { describe, expect, it } from 'vitest';
import { anyRow, splitDigits as search, T3_ROW, T4_ROW } from '@shared/import/split-digits';
import type { RowRule } from '@shared/import/split-digits';

const splitDigits = (digits: string, rule: RowRule) => search(digits, rule).splits;

describe('finding lost cell boundaries with the table’s sum rules', () => {
  it('finds that the issue’s example fits two splits by its own row: 15|0|0|1|0|0|16 and 1|5|0|0|10|0|16', () => {
    // Only the column rules across rows (H1, H3) can decide this one; alone, it must be asked.
    expect(splitDigits('150010016', T3_ROW)).toEqual([
      [1, 5, 0, 0, 10, 0, 16],
      [15, 0, 0, 1, 0, 0, 16],
    ]);
  });

  it('recovers rows of zeros and rows with one large number', () => {
    expect(splitDigits('0000000', T3_ROW)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(splitDigits('10600000106', T3_ROW)).toEqual([[106, 0, 0, 0, 0, 0, 106]]);
    expect(splitDigits('30000003', T3_ROW)).toEqual([]);
    expect(splitDigits('000000030300000', T4_ROW)).toEqual([[0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0, 0, 0]]);
  });

  it('reports every split that fits when more than one does, instead of guessing', () => {
    expect(splitDigits('110000011', T3_ROW)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('finds nothing for digits no split can explain', () => {
    expect(splitDigits('1234567', T3_ROW)).toEqual([]);
    expect(splitDigits('12a', anyRow(3))).toEqual([]);
    expect(splitDigits('12', anyRow(3))).toEqual([]);
  });

  it('never reads a leading zero as part of a number', () => {
    expect(splitDigits('0510', anyRow(3))).toEqual([
      [0, 5, 10],
      [0, 51, 0],
    ]);
  });

  it('answers a row of hundreds of digits in milliseconds, as uncertain, never as a guess', () => {
    const started = performance.now();
    for (const digits of ['1'.repeat(200), '9'.repeat(60), '1234567890'.repeat(20)]) {
      const r = search(digits, T3_ROW);
      expect(r.splits, digits).toEqual([]);
    }
    // Forty digits that do split: the search is capped, and a capped search is never "certain".
    const forty = search('1'.repeat(33) + '1111111', T3_ROW);
    expect(forty.splits.length === 0 || forty.splits.length > 1 || forty.exhausted).toBe(true);
    for (let seed = 1; seed <= 50; seed++) {
      let x = seed;
      const digits = Array.from({ length: 40 + (seed % 30) }, () =>
        ((x = (x * 48271) % 2147483647) % 10).toString(),
      ).join('');
      const r = search(digits, T3_ROW);
      for (const split of r.splits) expect(split.join('')).toBe(digits);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('never proposes a number beyond 2^53 (it could not be stored exactly)', () => {
    const r = search('1'.repeat(60), anyRow(3));
    expect(r.splits).toEqual([]);
    for (const split of search('9'.repeat(45), anyRow(3)).splits)
      for (const v of split) expect(Number.isSafeInteger(v)).toBe(true);
  });
});
