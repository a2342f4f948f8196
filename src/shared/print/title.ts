import type { Report } from '../report';

/** About 20 characters of 2号 type fit the 156 mm 版心. */
const TITLE_LINE = 20;

/**
 * The title's printed lines. 公文 titles break at a meaning boundary, not where the line runs out: a long
 * title 「淮安市人民政府2024年政府信息公开工作年度报告」 prints the unit on the first line.
 */
export function titleLines(report: Report): string[] {
  const { title } = report;
  const unit = report.unit.name.trim();
  if ([...title].length <= TITLE_LINE || !unit || !title.startsWith(unit) || title === unit) return [title];
  return [unit, title.slice(unit.length)];
}
