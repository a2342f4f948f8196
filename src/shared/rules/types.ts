import type { FormatIndex, PartId } from '../format';
import type { LastYear, Report } from '../report';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Canonical cell ids the finding points at (possibly none for narrative findings). */
  cells: string[];
  part?: PartId;
  /** One plain Chinese sentence with the expected and actual values. */
  message: string;
}

/** Thresholds that are matters of judgement; the UI states them. */
export interface RuleSettings {
  /** W2: 「其他处理」 share of all outcomes above which supervisors should look (2019 notice). */
  otherShare: number;
  /** N7: the format's 「篇幅原则上不超过一千字」 for part 一. */
  overviewMaxChars: number;
  /** N8: similarity (0–1, character bigrams) from which a part counts as copied from last year. */
  copySimilarity: number;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  otherShare: 0.2,
  overviewMaxChars: 1000,
  copySimilarity: 0.9,
};

export interface CheckContext {
  /** Last year's report, for the cross-year rules X1, X2, N8 and W3 (defaults to the one the report carries). */
  previous?: LastYear;
  settings?: Partial<RuleSettings>;
  /** The day of the check (`YYYY-MM-DD`), for the register's deadlines (R1); without it R1 is not run. */
  today?: string;
}

/** What a rule sees: the report, its format's lookup tables and number accessors. */
export interface RuleInput {
  report: Report;
  index: FormatIndex;
  /** A cell as a number, blank counting as 0 (B1 reports the blank separately). */
  n: (id: string) => number;
  /** Every cell of the format in order (see RuleLayout): as stored, and as numbers with blanks as 0. */
  raw: readonly (number | null)[];
  values: Float64Array;
  previous: LastYear | undefined;
  settings: RuleSettings;
  today: string | undefined;
}

export type RuleResult = Omit<Finding, 'rule' | 'severity'>;

export interface RuleDef {
  id: string;
  severity: Severity;
  /** Short name for lists and settings. */
  title: string;
  check: (input: RuleInput) => RuleResult[];
}
