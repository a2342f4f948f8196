import { MAX_AMOUNT_DECIMALS } from '../format';

/**
 * Exact sums of amounts (万元 to the 分, six decimals): 0.1 + 0.2 must be 0.3 in the county's table, so
 * amounts are added as integers of millionths and turned back into the number a clerk would type.
 */
const SCALE = 10n ** BigInt(MAX_AMOUNT_DECIMALS);

/** A stored amount as millionths; a value with more decimals (which H5 reports) is rounded to six. */
export function toMillionths(value: number): bigint {
  const fixed = value.toFixed(MAX_AMOUNT_DECIMALS);
  const negative = fixed.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? fixed.slice(1) : fixed).split('.');
  const n = BigInt(whole) * SCALE + BigInt(fraction.padEnd(MAX_AMOUNT_DECIMALS, '0'));
  return negative ? -n : n;
}

/** Millionths back to a number, through its decimal text so the nearest double is the one typed. */
export function fromMillionths(n: bigint): number {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(MAX_AMOUNT_DECIMALS, '0').replace(/0+$/, '');
  return Number(`${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
}

/** The exact decimal sum of amounts. */
export function sumAmounts(values: readonly number[]): number {
  let total = 0n;
  for (const v of values) total += toMillionths(v);
  return fromMillionths(total);
}

/** 元 → 万元, exactly (a 元 amount to the 分 becomes 万元 to six decimals). */
export function yuanToWan(value: number): number {
  return fromMillionths(toMillionths(value) / 10_000n);
}
