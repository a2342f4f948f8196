/**
 * Cell boundaries lost in copying: a table row pasted from a web page can arrive as one run of digits
 * (「150010016」 for 15 | 0 | 0 | 1 | 0 | 0 | 16). The table's own sum rules say where the cuts can be.
 * Numbers never have leading zeros, so 「05」 is not a cell value.
 */

export type RowRule = (values: readonly number[]) => boolean;

/** T3: the 总计 (7th value) is the sum of the six applicant columns. */
export const T3_ROW: RowRule = (v) => v.length === 7 && v[6] === v.slice(0, 6).reduce((a, b) => a + b, 0);

/** T4: three groups of five, each 总计 the sum of the four results. */
export const T4_ROW: RowRule = (v) =>
  v.length === 15 && [0, 5, 10].every((g) => v[g + 4] === v.slice(g, g + 4).reduce((a, b) => a + b, 0));

/**
 * Every way to cut `digits` into `count` numbers that satisfies `rule`, up to `limit` of them. One
 * result: the split is certain. Several: the cells are uncertain and the clerk must be asked.
 */
export function splitDigits(digits: string, count: number, rule: RowRule, limit = 10): number[][] {
  const found: number[][] = [];
  if (!/^\d+$/.test(digits) || digits.length < count) return found;
  const parts: number[] = [];
  const walk = (at: number) => {
    if (found.length >= limit) return;
    const left = count - parts.length;
    if (left === 0) {
      if (at === digits.length && rule(parts)) found.push([...parts]);
      return;
    }
    // Leave at least one digit for each number still to come.
    const maxEnd = digits.length - (left - 1);
    for (let end = at + 1; end <= maxEnd; end++) {
      if (digits[at] === '0' && end > at + 1) break; // no leading zeros
      parts.push(Number(digits.slice(at, end)));
      walk(end);
      parts.pop();
    }
  };
  walk(0);
  return found;
}
