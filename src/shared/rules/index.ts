import { formatIndex } from '../format';
import type { Report } from '../report';
import { COMPLETENESS_RULES } from './completeness-rules';
import { IMPORT_RULES } from './import-rules';
import { LABEL_RULES } from './label-rules';
import { NARRATIVE_RULES } from './narrative-rules';
import { REGISTER_RULES } from './register-rules';
import { TABLE_RULES } from './table-rules';
import { DEFAULT_RULE_SETTINGS } from './types';
import type { CheckContext, Finding, RuleDef, RuleInput, Severity } from './types';

export * from './types';
export { readCount, parseChineseNumeral, toHalfWidthDigits } from './numerals';
export { countChars } from './text';
export { statedCountSentence } from './narrative-rules';
export { IMPORT_RULES } from './import-rules';
export { REGISTER_RULES } from './register-rules';
export { COMPLETENESS_RULES } from './completeness-rules';
export { tableStarted } from './table-rules';
export { isWordingFinding, OFFICIAL_ON_EXPORT } from './label-rules';

/** Every rule of the spec §7, in the order findings are listed. */
export const RULES: readonly RuleDef[] = [...TABLE_RULES, ...NARRATIVE_RULES, ...LABEL_RULES];

/**
 * What a report is judged by: what an import left to check (I1–I3), the report's own fields (C1–C6),
 * the format's rules, the register's (R1, R2).
 */
export const CHECKS: readonly RuleDef[] = [...IMPORT_RULES, ...COMPLETENESS_RULES, ...RULES, ...REGISTER_RULES];

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Judges a report exactly as stored: blanks count as 0 in sums (rule B1 reports them), nothing is
 * recomputed. Pure and synchronous, so the editor, the CLI and the county's batch check share it.
 */
export function evaluate(report: Report, context: CheckContext = {}): Finding[] {
  const cells = report.cells;
  const index = formatIndex(report.formatId);
  const raw = index.cells.map((c) => cells[c.id] ?? null);
  const values = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) values[i] = raw[i] ?? 0;
  const input: RuleInput = {
    report,
    index,
    n: (id) => cells[id] ?? 0,
    raw,
    values,
    previous: context.previous ?? report.lastYear,
    settings: context.settings ? { ...DEFAULT_RULE_SETTINGS, ...context.settings } : DEFAULT_RULE_SETTINGS,
    today: context.today,
  };
  const findings: Finding[] = [];
  for (const rule of CHECKS) {
    for (const r of rule.check(input)) findings.push({ rule: rule.id, severity: rule.severity, ...r });
  }
  return findings;
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}
export { marksByCell } from './by-cell';
export { worstFirst, worstSeverity } from './severity';
export { filterFindings, findingPart, NO_FILTER } from './filter';
export type { FindingFilter } from './filter';
export type { CellMark } from './by-cell';
