import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { T3_APPLICANTS } from '@shared/format';
import { deriveTotals } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import type { Report } from '@shared/report';

export const SAMPLE_TEXT = readFileSync(
  resolve(import.meta.dirname, '../../resources/sample/sample-report.nianbao'),
  'utf8',
);

function sample(): Report {
  const result = parseReportFile(SAMPLE_TEXT);
  if (!result.ok) throw new Error('sample report does not load');
  return result.report;
}

/**
 * A county department's busy year: every T3 outcome row in use, T4 cases, a full-length part 一
 * (about 1000 characters) and long parts 五 and 六, so every narrative rule reads real text.
 */
export function busyReport(seed = 1): Report {
  const r = sample();
  r.unit.kind = 'county-department';
  let k = seed;
  const next = () => (k = (k * 48271) % 2147483647) % 9;
  for (const row of Object.keys(r.cells).filter((id) => id.startsWith('T3.') && !id.startsWith('T3.result_total'))) {
    if (!row.endsWith('.total') && !row.startsWith('T3.new') && !row.startsWith('T3.carried_in')) r.cells[row] = next();
  }
  for (const a of T3_APPLICANTS) {
    // Balance the table (H1) so the bench measures the common case of a correct report.
    let outcomes = 0;
    for (const id of Object.keys(r.cells)) {
      if (
        id.endsWith(`.${a.id}`) &&
        !/^T3\.(new|carried_in|carry_out|result_total)\./.test(id) &&
        id.startsWith('T3.')
      ) {
        outcomes += r.cells[id] ?? 0;
      }
    }
    r.cells[`T3.carried_in.${a.id}`] = 2;
    r.cells[`T3.new.${a.id}`] = outcomes + (r.cells[`T3.carry_out.${a.id}`] ?? 0) - 2;
  }
  for (const id of ['T4.review.upheld', 'T4.review.corrected', 'T4.suit_direct.pending']) r.cells[id] = 1 + next();
  r.cells = deriveTotals(r.formatId, r.cells);
  r.parts.overview = `${r.parts.overview}\n${r.parts.overview}`.slice(0, 990);
  r.parts.problems = r.parts.problems.repeat(3);
  r.parts.other = `${r.parts.other}\n${r.parts.problems}`;
  return r;
}
