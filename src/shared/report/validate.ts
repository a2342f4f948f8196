import type { core } from 'zod';
import { FIRST_SUPPORTED_YEAR, FORMATS, formatIndex, isFormatId } from '../format';
import type { FormatId } from '../format';
import { describeField, describeRows, describeValue } from './describe';
import type { LoadError, LoadResult } from './load';
import { REPORT_LIMITS, reportSchema } from './schema';
import type { Report } from './types';

/**
 * THE answer to "is this a report": the file schema, then what a schema cannot say (cell ids of the
 * report's format, the year range, depth, prototype keys). The loader, the IPC contract, the writer and
 * every importer ask this one function, so nothing the app holds can be refused when it is saved.
 */

/** At most this many errors are listed: after that the data is plainly not a report. */
const MAX_ERRORS = 20;

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  string: '文字',
  boolean: '真假值（true/false）',
  object: '对象',
  array: '列表',
  int: '整数',
  record: '对象',
};

/**
 * The latest year a report file may hold. Fixed, not read off the clock: whether a file can be saved and
 * reopened must not change from PC to PC — a township PC whose dead CMOS battery set its clock to 2009
 * would otherwise refuse every save of this year's report, and a file saved on one PC be refused on another.
 */
export const LAST_FILE_YEAR = 2099;

/** Why a file's report year is not one the app can hold: 2019 (the first format) to LAST_FILE_YEAR. */
function fileYearProblem(year: number): string | undefined {
  if (year < FIRST_SUPPORTED_YEAR) {
    return `不支持${year}年度的报告：统一的年度报告格式自2019年度起施行，年报编辑器支持2019年度及以后的报告。`;
  }
  if (year > LAST_FILE_YEAR) return `报告年度${year}不合理：年报编辑器支持2019至${LAST_FILE_YEAR}年度的报告。`;
  return undefined;
}

/** The year this release was made in: a PC clock behind it (a dead CMOS battery) is not believed. */
export const RELEASE_YEAR = 2026;

/** The latest year a new report can be for: next year, by the clock or by this release if the clock is behind. */
export function latestNewReportYear(now: Date = new Date()): number {
  return Math.max(now.getFullYear(), RELEASE_YEAR) + 1;
}

/** Why a new report cannot be made for `year`, or undefined: a file's range, and next year at the latest. */
export function checkYear(year: number, now: Date = new Date()): string | undefined {
  const latest = latestNewReportYear(now);
  if (year > latest) return `报告年度${year}不合理：年度报告总结已经过去的一年，年度最晚为${latest}。`;
  return fileYearProblem(year);
}

/**
 * Nesting deeper than any field needs (a stack risk for every later reader) and `__proto__` keys (which
 * a copy turns into a prototype, so the report would read differently from what is saved) are refused.
 */
function structureProblem(raw: unknown): LoadError | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: raw, depth: 0, path: 'report' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > REPORT_LIMITS.depth) {
      return {
        code: 'too-deep',
        path,
        message: `报告文件中“${path}”处嵌套超过 ${REPORT_LIMITS.depth} 层，不是年报编辑器写出的内容，无法打开和保存。`,
      };
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        return { code: 'invalid', path, message: `报告文件中“${path}”含有不允许的字段名“__proto__”，文件可能被篡改。` };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: `${path}.${key}` });
    }
  }
  return undefined;
}

function issueMessage(issue: core.$ZodIssue, data: unknown, formatId: FormatId | undefined): LoadError {
  const path = issue.path;
  const field = describeField(path, formatId);
  const actual = describeValue(
    path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data),
  );
  // Keep a cell id whole in the path: `report.cells.T3.new.natural`.
  const dotted = ['report', ...path.map(String)].join('.');
  let message: string;
  if (path[0] === 'cells' && path.length === 2 && (issue.code === 'too_big' || issue.code === 'too_small')) {
    message = `${field}的${actual}过大，不是表格中能印出的数字。`;
  } else if (path[0] === 'cells' && path.length === 2) {
    const hint = /[０-９]/.test(actual) ? '；不能用全角数字' : '';
    message = `${field}的值应为数字，空白请用 null，实际为${actual}${actual.startsWith('文字') ? `（数字不能加引号${hint}）` : ''}。`;
  } else if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    message = actual === '缺失' ? `缺少${field}（应为${expected}）。` : `${field}应为${expected}，实际为${actual}。`;
  } else if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => `“${String(v)}”`).join('、');
    message = `${field}应为 ${allowed} 之一，实际为${actual}。`;
  } else if (issue.code === 'invalid_format') {
    message = `${field}应为“年-月-日”格式的日期（如 2022-01-20）或留空，实际为${actual}。`;
  } else if (issue.code === 'too_big' && issue.origin === 'array') {
    const length = (path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], data) as unknown[]).length;
    message = `${field}最多 ${String(issue.maximum)} 项，实际有 ${length} 项。`;
  } else if (issue.code === 'too_small' || issue.code === 'too_big') {
    message = `${field}超出允许范围，实际为${actual}。`;
  } else if (issue.code === 'invalid_union' && path[0] === 'closing') {
    message = `${field}应为“年-月-日”格式的日期（如 2022-01-20）或留空，实际为${actual}。`;
  } else {
    message = `${field}不正确（${actual}）。`;
  }
  return { code: 'invalid', message, path: dotted };
}

function unknownCells(
  cells: Record<string, unknown>,
  formatId: FormatId,
  where: 'cells' | 'lastYear.cells',
): LoadError[] {
  const known = formatIndex(formatId).byId;
  const whose = where === 'cells' ? '表格数据' : '文件中保存的上一年报告数据';
  return Object.keys(cells)
    .filter((id) => !known.has(id))
    .map((id) => ({
      code: 'unknown-cell' as const,
      path: `report.${where}.${id}`,
      message: `${whose}中的单元格编号“${id}”不属于${FORMATS[formatId].name}（${formatId}），无法确定它应填在哪里。`,
    }));
}

/** What a schema cannot say: cells of the report's own format, the year range, splits and rows that are its rows. */
function semanticProblems(report: Report): LoadError[] {
  const errors: LoadError[] = [];
  const yearProblem = fileYearProblem(report.year);
  if (yearProblem) errors.push({ code: 'unsupported-year', path: 'report.year', message: yearProblem });
  errors.push(...unknownCells(report.cells, report.formatId, 'cells'));
  if (report.lastYear) errors.push(...unknownCells(report.lastYear.cells, report.lastYear.formatId, 'lastYear.cells'));
  const rows = formatIndex(report.formatId).byRow;
  for (const [row, splits] of Object.entries(report.published?.splits ?? {})) {
    const cells = rows.get(row);
    const path = `report.published.splits.${row}`;
    if (!cells) {
      errors.push({
        code: 'invalid',
        path,
        message: `待选拆法记录的行“${row}”不是${FORMATS[report.formatId].name}的表格行。`,
      });
    } else if (splits.some((s) => s.length !== cells.length)) {
      errors.push({
        code: 'invalid',
        path,
        message: `${describeRows(report.formatId, [row])}的待选拆法应各有 ${cells.length} 个数字，文件中的不是，文件可能已损坏。`,
      });
    }
  }
  // Rows the import placed by order, found missing or could not place are named to the clerk: each must be a row.
  const named = [
    ['byPosition', '按顺序填入的行'],
    ['missingRows', '原文缺少的行'],
    ['unplaced', '未能确定数字的行'],
  ] as const;
  for (const [field, what] of named) {
    const unknown = (report.published?.[field] ?? []).find((row) => !rows.has(row));
    if (unknown !== undefined) {
      errors.push({
        code: 'invalid',
        path: `report.published.${field}`,
        message: `导入记录中${what}“${unknown}”不是${FORMATS[report.formatId].name}的表格行，文件可能已损坏。`,
      });
    }
  }
  return errors;
}

function inspect(raw: unknown): { errors: LoadError[]; report?: Report } {
  if (raw === undefined)
    return { errors: [{ code: 'invalid', path: 'report', message: '文件中没有报告内容（缺少 report）。' }] };
  const rawFormat = typeof raw === 'object' && raw !== null ? (raw as { formatId?: unknown }).formatId : undefined;
  if (typeof rawFormat === 'string' && !isFormatId(rawFormat)) {
    const message = `未知的报告格式“${rawFormat}”。支持的格式：gov-2021（国办公开办函〔2021〕30号，2021年度起）、gov-2019（国办公开办函〔2019〕60号，2019—2020年度）。`;
    return { errors: [{ code: 'unknown-format', path: 'report.formatId', message }] };
  }
  const structure = structureProblem(raw);
  if (structure) return { errors: [structure] };
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) {
    const formatId = typeof rawFormat === 'string' && isFormatId(rawFormat) ? rawFormat : undefined;
    return { errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => issueMessage(i, raw, formatId)) };
  }
  const report = parsed.data as Report;
  return { errors: semanticProblems(report).slice(0, MAX_ERRORS), report };
}

/** Every reason `raw` is not a report the app can hold, save and reopen; empty when it is one. */
export function reportProblems(raw: unknown): LoadError[] {
  return inspect(raw).errors;
}

/**
 * The report `raw` holds, or why it is none. Never repairs a number: stored values are kept exactly as
 * written (automatic totals are not recomputed) so that checking judges what was saved; the only repair
 * is a missing cell read as blank, and it is said.
 */
export function validateReport(raw: unknown): LoadResult {
  const { errors, report } = inspect(raw);
  if (!report || errors.length > 0) return { ok: false, errors };
  const notices: string[] = [];
  const missing = formatIndex(report.formatId).cells.filter((c) => !Object.hasOwn(report.cells, c.id));
  if (missing.length > 0) {
    for (const c of missing) report.cells[c.id] = null;
    notices.push(`文件缺少 ${missing.length} 个单元格的数据，已按空白处理（打印前须填写 0 或实际数字）。`);
  }
  return { ok: true, report, notices };
}
