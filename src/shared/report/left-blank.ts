import type { Report } from './types';

/**
 * Rows an import left blank on purpose: their digits split more than one way (I1) or their printed numbers
 * could not be placed. A 0 filled there would replace a published number with a wrong one.
 */
export function rowsLeftBlank(report: Report): ReadonlySet<string> {
  return new Set([...Object.keys(report.published?.splits ?? {}), ...(report.published?.unplaced ?? [])]);
}
