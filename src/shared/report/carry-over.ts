import { formatForYear, formatIndex, NARRATIVE_PARTS, T3_APPLICANTS, T3_COLUMNS, t3ColumnName } from '../format';
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

/**
 * What 从上一年报告新建 carried over, in the clerk's words, shown when the new report opens so the first
 * thing the clerk reads is what is already there and what is left to do.
 */
export function describeCarryOver(report: Report): string | undefined {
  const last = report.lastYear;
  if (!last) return undefined;
  const carried = report.cells['T3.carried_in.total'] ?? 0;
  const byApplicant = T3_APPLICANTS.map((a) => [a.id, report.cells[`T3.carried_in.${a.id}`] ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([col, n]) => `${t3ColumnName(col)}${n}件`);
  const lines = [
    `已从${last.year}年度报告带入：`,
    `· 单位信息与落款单位（${report.unit.name}）；`,
    carried > 0
      ? `· 上年结转${carried}件（${byApplicant.join('、')}），取自${last.year}年度的“结转下年度继续办理”：请在本年办理结果中写明这些申请的结果，仍未办结的填入“结转下年度继续办理”；`
      : `· 上年结转0件（${last.year}年度没有结转下年度的申请）；`,
    report.drafts && report.drafts.length > 0
      ? `· 正文${report.drafts.length}个部分沿用上年原文，已标为“沿用上年，请更新”，请按本年情况改写；`
      : '· 正文为空，请按本年情况填写；',
    `· ${last.year}年度的表格数据随文件保存，用于跨年核对（X1、X2、N8）。`,
    '表格中本年的数字都是空白，请逐项填写；落款日期请在定稿时填写。',
  ];
  return lines.join('\n');
}
