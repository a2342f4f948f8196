import type { CellValue, Report } from './types';

export interface LastYearFigure {
  value: CellValue;
  /** What the figure is, for the cell's spoken label and tooltip (「2024年度结转下年度继续办理」). */
  what: string;
}

const CARRIED_IN = 'T3.carried_in.';

/**
 * Last year's number beside a cell (显示上年数): the same cell of last year's report, except that
 * 「二、上年结转」 shows last year's 「四、结转下年度继续办理」, the number it must equal (rule X1).
 * Undefined where last year's report has no such cell (another format) or there is no last year.
 */
export function lastYearFigure(report: Report, id: string): LastYearFigure | undefined {
  const last = report.lastYear;
  if (!last) return undefined;
  const source = id.startsWith(CARRIED_IN) ? `T3.carry_out.${id.slice(CARRIED_IN.length)}` : id;
  if (!Object.hasOwn(last.cells, source)) return undefined;
  return {
    value: last.cells[source] ?? null,
    what: source === id ? `${last.year}年度` : `${last.year}年度结转下年度继续办理`,
  };
}

/** Why 显示上年数 cannot show anything for this report, or undefined when it can. */
export function lastYearUnavailable(report: Report): string | undefined {
  if (report.lastYear) return undefined;
  return '本报告没有上年数据：只有在首页用“从上一年报告新建”建立的报告，才随文件保存上一年的数字。';
}
