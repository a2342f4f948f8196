/**
 * Labels as printed vary in spacing, brackets, list dots and quotes without changing their wording;
 * reduced to this key, 「(一) 予以公开」 and 「（一）予以公开」 are the same label.
 */
export function labelKey(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<=\d)[．、]/g, '.')
    .replace(/[、,]/g, '，')
    .replace(/:/g, '：')
    .replace(/["“”]/g, '"')
    .replace(/;/g, '；')
    .replace(/[：:]$/, '');
}

/**
 * How well a printed label fits an official one: 1 the same, 0.85 its start (the first line of a label
 * wrapped over several, with its numbering), 0.8 one contains the other, 0.7 mostly the same characters,
 * 0 unrelated.
 */
export function labelFit(printed: string, official: string): number {
  const a = labelKey(printed);
  const b = labelKey(official);
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a.length >= 2 && b.startsWith(a)) return 0.85;
  if (a.length >= 2 && (b.includes(a) || a.includes(b))) return 0.8;
  // 「2.其他法律法规禁止公开」 for 「2.其他法律行政法规禁止公开」: same number, most characters shared.
  const shared = [...a].filter((ch) => b.includes(ch)).length;
  return shared / Math.max(a.length, b.length) >= 0.75 ? 0.7 : 0;
}

/** Other words offices print for a row, fitting it as a variant (W4 still reports the wording). */
const ROW_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'T3.result_total': ['合计', '总计'],
};

/** How well a printed label fits a row: its official label, or one of the row's known variants. */
export function rowFit(printed: string, rowKey: string, official: string): number {
  const aliases = ROW_ALIASES[rowKey] ?? [];
  const alias = aliases.some((a) => labelKey(printed) === a) ? 0.9 : 0;
  return Math.max(labelFit(printed, official), alias);
}

/** A subtotal row an office added (「小计」「合计」 under a group): not the format's, but no data lost either. */
export function isSubtotalLabel(printed: string): boolean {
  return /^(小计|合计)$/.test(labelKey(printed));
}
