import type { Finding } from '@shared/rules';

/** The field each completeness check is about. */
const FIELDS: Record<string, string> = {
  C1: 'field-title',
  C2: 'field-unit-name',
  C3: 'field-closing-unit',
  C4: 'field-closing-date',
  C6: 'field-title',
};

/** The id of the text field a finding without cells is about: its field, its part's text, or the details. */
export function fieldOf(f: Finding): string {
  return FIELDS[f.rule] ?? (f.part ? `part-text-${f.part}` : 'details');
}

/** The findings about one text field (those about cells belong to the cells). */
export function fieldFindings(findings: readonly Finding[], field: string): Finding[] {
  return findings.filter((f) => f.cells.length === 0 && fieldOf(f) === field);
}
