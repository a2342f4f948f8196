import { labelFit } from './labels';
import { isValue } from './tokens';
import type { Token } from './tokens';

/**
 * The order a section of table two prints its columns in (本年制发件数, 本年废止件数, 现行有效件数…), read
 * from the section's header, as the official index of each printed column — or undefined when the
 * header is the official order, or when it does not name every column once (then the official order
 * is assumed, as for a dump without headers).
 */
export function measureOrder(header: readonly Token[], measures: readonly string[]): number[] | undefined {
  if (measures.length < 2) return undefined;
  const at = measures.map((label) => {
    let best = -1;
    let score = 0.69;
    header.forEach((t, i) => {
      if (isValue(t.text)) return;
      const fit = labelFit(t.text, label);
      if (fit > score) [best, score] = [i, fit];
    });
    return best;
  });
  if (at.some((i) => i < 0) || new Set(at).size !== at.length) return undefined;
  const printed = measures.map((_, o) => o).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
  return printed.every((o, p) => o === p) ? undefined : printed;
}
