import { formatIndex } from '../format';
import type { FormatId, PartId } from '../format';
import type { Finding } from './types';

/** The part a finding is about: its own, or the part holding the table of its first cell. */
export function findingPart(formatId: FormatId, finding: Finding): PartId | undefined {
  if (finding.part) return finding.part;
  const index = formatIndex(formatId);
  const table = index.byId.get(finding.cells[0] ?? '')?.table;
  return table ? index.format.parts.find((p) => p.table === table)?.id : undefined;
}

/** The findings panel's filter: 只看错误, and one part (一 … 六) or all; findings of no part show under all only. */
export interface FindingFilter {
  errorsOnly: boolean;
  part: PartId | null;
}

export const NO_FILTER: FindingFilter = { errorsOnly: false, part: null };

export function filterFindings(formatId: FormatId, findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (!filter.errorsOnly || f.severity === 'error') &&
      (filter.part === null || findingPart(formatId, f) === filter.part),
  );
}
