import { formatIndex, t3OutcomeRows } from '../format';
import type { FormatId } from '../format';

/**
 * Outcomes are stored as row keys of table three. The two formats differ only in （六）其他处理: one row
 * in 2019, three in 2021. An outcome written in the other format's terms is read in this one's, so a
 * register carried from 2020 into 2021 (or typed with the wrong words) still counts in exactly one row.
 */
// Built once per format: counting calls outcomeRow for every application on every edit.
const ROWS: Readonly<Record<FormatId, ReadonlySet<string>>> = {
  'gov-2021': new Set(t3OutcomeRows('gov-2021')),
  'gov-2019': new Set(t3OutcomeRows('gov-2019')),
};

export function outcomeRow(outcome: string | undefined, formatId: FormatId): string | undefined {
  if (!outcome) return undefined;
  if (ROWS[formatId].has(outcome)) return outcome;
  if (formatId === 'gov-2019' && outcome.startsWith('other.')) return 'other';
  if (formatId === 'gov-2021' && outcome === 'other') return 'other.misc';
  return undefined;
}

/** Every outcome either format knows, for the file schema. */
export const ALL_OUTCOMES: readonly string[] = [
  ...new Set([...t3OutcomeRows('gov-2021'), ...t3OutcomeRows('gov-2019')]),
];

/** The printed label of an outcome row, with its group: 「（三）不予公开 1.属于国家秘密」. */
export function outcomeLabel(outcome: string, formatId: FormatId): string {
  const row = outcomeRow(outcome, formatId);
  return (row && formatIndex(formatId).byRow.get(`T3.${row}`)?.[0]?.rowLabel) ?? outcome;
}

/** The outcome rows of a format with their labels, in printed order (for choosers and mapping). */
export function outcomeChoices(formatId: FormatId): { key: string; label: string }[] {
  return t3OutcomeRows(formatId).map((key) => ({ key, label: outcomeLabel(key, formatId) }));
}
