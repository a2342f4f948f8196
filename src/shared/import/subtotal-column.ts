import { labelKey } from './labels';
import type { Token } from './tokens';

/**
 * Some offices add a 「小计」 column for 法人或其他组织 to table three; it is not in the official format.
 * Its place among the printed values of a row: after 其他 (most often) or before 商业企业. Undefined when
 * the table has no such column.
 */
export function subtotalColumn(header: readonly Token[]): number | undefined {
  const at = (label: string) => header.findIndex((t) => labelKey(t.text) === label);
  const subtotal = at('小计');
  if (subtotal < 0) return undefined;
  const first = at('商业企业');
  return first >= 0 && subtotal < first ? 1 : 6;
}
