import { labelKey } from './labels';
import { isValue } from './tokens';
import type { Token } from './tokens';

/**
 * Rows of the source that match no row of the official table — a label followed by numbers, where the
 * label is none of the format's labels nor a piece of one (a header broken across lines, a page
 * break's stray 「开」). Their numbers have nowhere to go; the clerk is shown them (「（八）其他」 3 0 0).
 */
export function extraRows(
  tokens: readonly Token[],
  used: ReadonlySet<number>,
  officialLabels: readonly string[],
): { label: string; values: string[] }[] {
  const official = officialLabels.map(labelKey);
  const rows: { label: string; values: string[] }[] = [];
  tokens.forEach((t, k) => {
    if (used.has(k) || isValue(t.text)) return;
    const key = labelKey(t.text);
    if (!key || official.some((label) => label.includes(key))) return;
    const values: string[] = [];
    for (let i = k + 1; i < tokens.length && !used.has(i); i++) {
      const v = tokens[i]?.text ?? '';
      if (!isValue(v)) break;
      if (v !== '') values.push(v);
    }
    if (values.length > 0) rows.push({ label: t.text, values });
  });
  return rows;
}
