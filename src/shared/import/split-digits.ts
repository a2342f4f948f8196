/**
 * Cell boundaries lost in copying: a table row pasted from a web page can arrive as one run of digits
 * (「150010016」 for 15 | 0 | 0 | 1 | 0 | 0 | 16). The table's own sum rules say where the cuts can be.
 * Numbers never have leading zeros, so 「05」 is not a cell value.
 */

/** A row's shape: how many numbers, and the groups whose last number (the 总计) is the sum of the others. */
export interface RowRule {
  count: number;
  /** Each group: consecutive positions `from`…`from + items - 1`, then its total at `from + items`. */
  groups: readonly { from: number; items: number }[];
}

/** T3: the 总计 (7th value) is the sum of the six applicant columns. */
export const T3_ROW: RowRule = { count: 7, groups: [{ from: 0, items: 6 }] };

/** T4: three groups of five, each 总计 the sum of the four results. */
export const T4_ROW: RowRule = {
  count: 15,
  groups: [0, 5, 10].map((from) => ({ from, items: 4 })),
};

/** A row with no sum rule (table two): only the digits and the cell count constrain it. */
export const anyRow = (count: number): RowRule => ({ count, groups: [] });

/** A cell holds an exact integer: more digits than 2^53 can hold are no cell value (and would be stored wrong). */
const MAX_DIGITS = String(Number.MAX_SAFE_INTEGER).length;
/** Cuts tried before giving up: keeps a hostile row (hundreds of digits) to milliseconds. */
const WORK = 10_000;

export interface Splits {
  /** The splits that fit, up to the limit asked for. */
  splits: number[][];
  /** The search stopped at its work cap: more splits may fit, so none is certain. */
  exhausted: boolean;
}

/**
 * Every way to cut `digits` into the rule's numbers that satisfies it, up to `limit` of them. One result:
 * the digits allow only that split. Several: the cells are uncertain and the clerk must be asked.
 *
 * Pruned by the row total: for each group the total is chosen first (at most 16 digits, so a few hundred
 * places), then its items are cut with the sum still to reach as their bound (an item is never more than
 * what is left of the total, the last one is forced). That keeps the search polynomial of low degree in
 * the row's length; it is capped besides, and a capped search answers "not certain".
 */
export function splitDigits(digits: string, rule: RowRule, limit = 10): Splits {
  const found: number[][] = [];
  const { count } = rule;
  const n = digits.length;
  if (!/^\d+$/.test(digits) || n < count || n > count * MAX_DIGITS) return { splits: found, exhausted: false };
  const groupAt = new Map(rule.groups.map((g) => [g.from, g.items]));
  const parts: number[] = [];
  let work = 0;
  const stop = () => found.length >= limit || work > WORK;
  /** The number written at digits[from, to), or undefined if it has a leading zero or is too large. */
  const number = (from: number, to: number): number | undefined => {
    if (to - from > MAX_DIGITS || (digits[from] === '0' && to - from > 1)) return undefined;
    const v = Number(digits.slice(from, to));
    return Number.isSafeInteger(v) ? v : undefined;
  };
  /** Cuts digits[at, end) into `items` numbers adding up to `sum`, then goes on with `next`. */
  const items = (at: number, end: number, left: number, sum: number, next: () => void): void => {
    if (stop() || ++work > WORK) return;
    const room = end - at;
    const width = String(sum).length;
    // Too few digits to reach the sum (the longest item has at least room/left digits), or too many.
    if (room < left || room > left * width || width > room - left + 2) return;
    if (left === 1) {
      if (number(at, end) === sum) {
        parts.push(sum);
        next();
        parts.pop();
      }
      return;
    }
    for (let to = at + 1; to <= Math.min(at + width, end - (left - 1)); to++) {
      const v = number(at, to);
      if (v === undefined || v > sum) break;
      parts.push(v);
      items(to, end, left - 1, sum - v, next);
      parts.pop();
      if (stop()) return;
    }
  };
  const walk = (p: number, at: number): void => {
    if (stop() || ++work > WORK) return;
    const rest = count - p;
    if (rest === 0) {
      if (at === n) found.push([...parts]);
      return;
    }
    if (n - at < rest || n - at > rest * MAX_DIGITS) return;
    const inGroup = groupAt.get(p);
    if (inGroup === undefined) {
      for (let to = at + 1; to <= Math.min(n - (rest - 1), at + MAX_DIGITS); to++) {
        const v = number(at, to);
        if (v === undefined) break;
        parts.push(v);
        walk(p + 1, to);
        parts.pop();
        if (stop()) return;
      }
      return;
    }
    // The group's total at digits[from, to): its items fill what lies between, and never outgrow it.
    const after = rest - inGroup - 1;
    for (let from = at + inGroup; from <= Math.min(n - 1 - after, at + inGroup * MAX_DIGITS); from++) {
      for (let to = from + 1; to <= Math.min(n - after, from + MAX_DIGITS); to++) {
        const total = number(from, to);
        if (total === undefined) break;
        const start = parts.length;
        items(at, from, inGroup, total, () => {
          parts.push(total);
          walk(p + inGroup + 1, to);
          parts.pop();
        });
        parts.length = start;
        if (stop()) return;
      }
    }
  };
  walk(0, 0);
  return { splits: found.sort(compare), exhausted: work > WORK };
}

/** Splits in a stable order (by their numbers from the left), so messages and tests do not depend on the search. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
