import type { core } from 'zod';
import { FIRST_SUPPORTED_YEAR, FORMATS, formatIndex, isFormatId } from '../format';
import type { FormatId } from '../format';
import { describeField, describeValue } from './describe';
import { reportSchema } from './schema';
import { FILE_FORMAT, FILE_VERSION } from './types';
import type { Report } from './types';

export type LoadErrorCode =
  | 'empty'
  | 'not-json'
  | 'not-nianbao'
  | 'bad-version'
  | 'newer-version'
  | 'invalid'
  | 'unknown-format'
  | 'unsupported-year'
  | 'unknown-cell'
  // Raised by whoever reads the bytes (main's file service), before the text reaches this parser.
  | 'not-found'
  | 'no-access'
  | 'is-folder'
  | 'too-large'
  | 'not-utf8'
  | 'unreadable';

export interface LoadError {
  code: LoadErrorCode;
  message: string;
  /** Where in the file, as a dotted path (`report.cells.T3.new.natural` keeps the cell id whole). */
  path?: string;
}

export type LoadResult =
  | { ok: true; report: Report; /** Things repaired safely, said to the user. */ notices: string[] }
  | { ok: false; errors: LoadError[] };

export interface LoadOptions {
  /** Defaults to the clock; a report may be for the coming year at the latest. */
  now?: Date;
}

/** At most this many schema errors are listed: after that the file is plainly not a report. */
const MAX_ERRORS = 20;

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  string: '文字',
  boolean: '真假值（true/false）',
  object: '对象',
  array: '列表',
};

function fail(code: LoadErrorCode, message: string, path?: string): LoadResult {
  return { ok: false, errors: [path === undefined ? { code, message } : { code, message, path }] };
}

function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(raw);
  const offset = pos?.[1] ? Number(pos[1]) : undefined;
  // JSON that stops mid-way fails at its very end, whatever token the parser was expecting there.
  if (/end of JSON input|Unterminated/i.test(raw) || (offset !== undefined && offset >= text.trimEnd().length)) {
    return '文件内容不完整（可能在保存或复制时被中断）：JSON 在结尾处缺少内容。';
  }
  if (offset !== undefined) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `文件不是有效的 JSON：第 ${line} 行第 ${column} 列附近有错误。文件可能已损坏或被其他程序修改。`;
  }
  return '文件不是有效的 JSON，可能已损坏或被其他程序修改。';
}

function issueMessage(issue: core.$ZodIssue, data: unknown, formatId: FormatId | undefined): LoadError {
  const path = issue.path;
  const field = describeField(path, formatId);
  const actual = describeValue(
    path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data),
  );
  const where = ['report', ...path.map(String)];
  // Keep a cell id whole in the path: `report.cells.T3.new.natural`.
  const dotted = where.join('.');
  let message: string;
  if (path[0] === 'cells' && path.length === 2) {
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
  } else if (issue.code === 'too_small' || issue.code === 'too_big') {
    message = `${field}超出允许范围，实际为${actual}。`;
  } else if (issue.code === 'invalid_union' && path[0] === 'closing') {
    message = `${field}应为“年-月-日”格式的日期（如 2022-01-20）或留空，实际为${actual}。`;
  } else {
    message = `${field}不正确（${actual}）。`;
  }
  return { code: 'invalid', message, path: dotted };
}

function checkHeader(data: unknown): LoadResult | undefined {
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== FILE_FORMAT
  ) {
    return fail('not-nianbao', '这不是年报编辑器的报告文件（文件开头缺少 "format": "nianbao-report"）。');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('bad-version', `报告文件的版本号不正确（${describeValue(version)}），文件可能已损坏。`, 'version');
  }
  if (version > FILE_VERSION) {
    return fail(
      'newer-version',
      `此文件由更新版本的年报编辑器保存（文件版本 ${version}，本程序只能读取版本 ${FILE_VERSION}），请升级年报编辑器后再打开。文件未作任何改动。`,
      'version',
    );
  }
  return undefined;
}

/** Why a report year cannot be edited here, or undefined: 2019 (the first format) to next year. */
export function checkYear(year: number, now: Date = new Date()): string | undefined {
  const latest = now.getFullYear() + 1;
  if (year < FIRST_SUPPORTED_YEAR) {
    return `不支持${year}年度的报告：统一的年度报告格式自2019年度起施行，年报编辑器支持2019年度及以后的报告。`;
  }
  if (year > latest) return `报告年度${year}不合理：年度报告总结已经过去的一年，年度最晚为${latest}。`;
  return undefined;
}

function checkSemantics(report: Report, now: Date): { errors: LoadError[]; notices: string[] } {
  const errors: LoadError[] = [];
  const notices: string[] = [];
  const yearProblem = checkYear(report.year, now);
  if (yearProblem) errors.push({ code: 'unsupported-year', path: 'report.year', message: yearProblem });
  const index = formatIndex(report.formatId);
  const unknown = Object.keys(report.cells).filter((id) => !index.byId.has(id));
  for (const id of unknown.slice(0, MAX_ERRORS)) {
    errors.push({
      code: 'unknown-cell',
      path: `report.cells.${id}`,
      message: `表格数据中的单元格编号“${id}”不属于${FORMATS[report.formatId].name}（${report.formatId}），无法确定它应填在哪里。`,
    });
  }
  const missing = index.cells.filter((c) => !Object.hasOwn(report.cells, c.id));
  if (missing.length > 0) {
    for (const c of missing) report.cells[c.id] = null;
    notices.push(`文件缺少 ${missing.length} 个单元格的数据，已按空白处理（打印前须填写 0 或实际数字）。`);
  }
  return { errors, notices };
}

/**
 * Reads a `.nianbao` file's text. Never throws and never repairs a number: stored values are kept
 * exactly as written (automatic totals are not recomputed) so that checking judges what was saved.
 */
export function parseReportFile(text: string, options: LoadOptions = {}): LoadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty', '文件是空的，没有任何报告内容。');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail('not-json', jsonErrorMessage(body, error));
  }
  const headerError = checkHeader(data);
  if (headerError) return headerError;

  const raw = (data as { report?: unknown }).report;
  const rawFormat = (raw as { formatId?: unknown } | undefined)?.formatId;
  if (typeof rawFormat === 'string' && !isFormatId(rawFormat)) {
    return fail(
      'unknown-format',
      `未知的报告格式“${rawFormat}”。支持的格式：gov-2021（国办公开办函〔2021〕30号，2021年度起）、gov-2019（国办公开办函〔2019〕60号，2019—2020年度）。`,
      'report.formatId',
    );
  }
  const formatId = typeof rawFormat === 'string' && isFormatId(rawFormat) ? rawFormat : undefined;
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) {
    if (raw === undefined) return fail('invalid', '文件中没有报告内容（缺少 report）。', 'report');
    return { ok: false, errors: parsed.error.issues.slice(0, MAX_ERRORS).map((i) => issueMessage(i, raw, formatId)) };
  }
  const report = parsed.data as Report;
  const { errors, notices } = checkSemantics(report, options.now ?? new Date());
  return errors.length > 0 ? { ok: false, errors } : { ok: true, report, notices };
}
