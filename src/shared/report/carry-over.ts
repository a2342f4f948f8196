import { formatForYear, formatIndex, NARRATIVE_PARTS, T3_COLUMNS } from '../format';
import { placeApplication } from '../register/count';
import type { Register } from '../register/types';
import { suggestTitle } from './empty';
import type { Cells, Report } from './types';

/**
 * The applications still open on 31 December of last year, as this year's 上年结转: the same ones that
 * last year's register counted under 四、结转下年度, so X1 holds by construction.
 */
function carriedRegister(last: Report): Register | undefined {
  if (!last.register) return undefined;
  const applications = last.register.applications
    .filter((app) => placeApplication(app, last.formatId, last.year).rows?.includes('carry_out'))
    .map((app) => ({ ...app, carriedIn: true }));
  const { countsTable, calendar } = last.register;
  return {
    applications,
    ...(countsTable !== undefined ? { countsTable } : {}),
    ...(calendar ? { calendar: { ...calendar } } : {}),
  };
}

/**
 * This year's report started from last year's (从上一年报告新建): the unit carried over, 上年结转 taken from
 * last year's 结转下年度继续办理, the texts copied as drafts to be updated, and last year's report kept
 * inside the new one so the cross-year rules (X1, X2, N8) run wherever the file goes.
 */
export function reportFromLastYear(last: Report): Report {
  const year = last.year + 1;
  const formatId = formatForYear(year);
  const cells: Cells = {};
  for (const c of formatIndex(formatId).cells) cells[c.id] = null;
  for (const col of T3_COLUMNS) cells[`T3.carried_in.${col}`] = last.cells[`T3.carry_out.${col}`] ?? null;
  // The statistics period and similar dates in the preamble move on by one year.
  const register = carriedRegister(last);
  const preamble = last.preamble.replaceAll(`${last.year}年`, `${year}年`);
  return {
    formatId,
    year,
    unit: { ...last.unit },
    title: suggestTitle(last.unit.name, year),
    preamble,
    parts: { ...last.parts },
    cells,
    closing: { unit: last.closing.unit, date: '' },
    // An imported report keeps its printed totals (automatic totals off); this year's starts with them on.
    settings: { autoTotals: last.published ? true : last.settings.autoTotals },
    lastYear: { formatId: last.formatId, year: last.year, cells: { ...last.cells }, parts: { ...last.parts } },
    drafts: NARRATIVE_PARTS.filter((p) => last.parts[p].trim() !== ''),
    ...(register ? { register } : {}),
  };
}
