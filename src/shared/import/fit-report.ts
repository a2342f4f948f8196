import { formatIndex } from '../format';
import { describeCell, describeRows } from '../report';
import type { Report } from '../report';
import { REPORT_LIMITS } from '../report/schema';

/**
 * Makes an import fit what a report file can hold, and says what did not fit: an import that the file
 * schema refused later could never be saved, exported or recovered. Nothing is changed silently: each
 * thing left out is a notice for the clerk. Returns the notices; `report` is changed in place.
 */
export function fitImported(report: Report): string[] {
  const notices: string[] = [];
  const exact = (n: number) => Math.abs(n) <= REPORT_LIMITS.cellMagnitude;
  for (const [id, value] of Object.entries(report.cells)) {
    if (value === null || exact(value)) continue;
    report.cells[id] = null;
    const row = formatIndex(report.formatId).byId.get(id)?.row;
    if (row && report.published && !report.published.unplaced?.includes(row))
      report.published.unplaced = [...(report.published.unplaced ?? []), row];
    notices.push(
      `${describeCell(report.formatId, id)}在原文中是 ${value}，数字过大，无法准确保存，已留空：请对照原文填写。`,
    );
  }
  const published = report.published;
  for (const row of published?.extraRows ?? []) {
    if (row.values.length <= REPORT_LIMITS.extraRowValues) continue;
    notices.push(
      `原文“${row.label}”行有 ${row.values.length} 个数字，只记录了前 ${REPORT_LIMITS.extraRowValues} 个（这一行不属于官方格式，没有导入表格）。`,
    );
    row.values = row.values.slice(0, REPORT_LIMITS.extraRowValues);
  }
  for (const [row, splits] of Object.entries(published?.splits ?? {})) {
    const fitting = splits.filter(
      (s) => s.length <= REPORT_LIMITS.splitLength && s.every((n) => Number.isSafeInteger(n) && n >= 0),
    );
    const kept = fitting.slice(0, REPORT_LIMITS.splitWays);
    if (kept.length === splits.length) continue;
    const where = describeRows(report.formatId, [row]);
    if (kept.length === 0) {
      delete published?.splits?.[row];
      notices.push(`${where}的数字在原文中连在一起，拆出的数字过大或过多，无法列出拆法，已留空：请对照原文填写。`);
    } else {
      (published?.splits ?? {})[row] = kept;
      notices.push(`${where}的数字在原文中连在一起，可能的拆法很多，只列出了其中 ${kept.length} 种：请对照原文核对。`);
    }
  }
  return notices;
}
