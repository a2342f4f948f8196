import { describe, expect, it } from 'vitest';
import { tokenize } from '@shared/import/tokens';
import { unlabeledRows } from '@shared/import/unlabeled-rows';

const rows = (dump: string, missing: number, width: number) =>
  unlabeledRows(missing, width, tokenize(dump.split('\n')));

describe('rows whose labels were lost in the dump', () => {
  it('are cut at the row ends a pipe dump shows, dropping the label stand-in and the group line', () => {
    // Two rows of a group of two: the group label became 「7 7」, each row label one more number in front.
    const dump = ['9 9 |', '0 |', '1 |', '2 |', '3 | |', '0 |', '4 |', '5 |', '9 | ||'].join('\n');
    expect(rows(dump, 2, 3)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '9'],
    ]);
  });

  it('are cut by count when the dump has no row ends, only if the count is exact', () => {
    expect(rows('1\n2\n3\n4\n5\n6', 2, 3)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(rows('1\n2\n3\n4\n5', 2, 3)).toBeUndefined();
    expect(rows('1\n2\n3\n4\n5\n6\n7', 2, 3)).toBeUndefined();
  });

  it('are not guessed when the rows found differ in number or width', () => {
    expect(rows(['1 |', '2 |', '3 | |'].join('\n'), 2, 3)).toBeUndefined();
    expect(rows(['1 |', '2 | |', '3 |', '4 | |'].join('\n'), 2, 3)).toBeUndefined();
    expect(rows(['1 |', '2 |', '3 |', '4 |', '5 |', '6 | |'].join('\n'), 1, 3)).toBeUndefined();
  });
});
