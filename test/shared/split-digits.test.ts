import { describe, expect, it } from 'vitest';
import { splitDigits, T3_ROW, T4_ROW } from '@shared/import/split-digits';

describe('finding lost cell boundaries with the table’s sum rules', () => {
  it('finds that the issue’s example fits two splits by its own row: 15|0|0|1|0|0|16 and 1|5|0|0|10|0|16', () => {
    // Only the column rules across rows (H1, H3) can decide this one; alone, it must be asked.
    expect(splitDigits('150010016', 7, T3_ROW)).toEqual([
      [1, 5, 0, 0, 10, 0, 16],
      [15, 0, 0, 1, 0, 0, 16],
    ]);
  });

  it('recovers rows of zeros and rows with one large number', () => {
    expect(splitDigits('0000000', 7, T3_ROW)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(splitDigits('10600000106', 7, T3_ROW)).toEqual([[106, 0, 0, 0, 0, 0, 106]]);
    expect(splitDigits('30000003', 7, T3_ROW)).toEqual([]);
    expect(splitDigits('000000030300000', 15, T4_ROW)).toEqual([[0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0, 0, 0]]);
  });

  it('reports every split that fits when more than one does, instead of guessing', () => {
    expect(splitDigits('110000011', 7, T3_ROW)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('finds nothing for digits no split can explain', () => {
    expect(splitDigits('1234567', 7, T3_ROW)).toEqual([]);
    expect(splitDigits('12a', 3, () => true)).toEqual([]);
    expect(splitDigits('12', 3, () => true)).toEqual([]);
  });

  it('never reads a leading zero as part of a number', () => {
    expect(splitDigits('0510', 3, () => true)).toEqual([
      [0, 5, 10],
      [0, 51, 0],
    ]);
  });
});
