import { describeValue } from './describe';
import { scanJson } from './json-scan';
import type { JsonScan } from './json-scan';
import { REPORT_LIMITS } from './schema';
import { serializeReport } from './serialize';
import { FILE_FORMAT, FILE_VERSION } from './types';
import { validateReport } from './validate';
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
  | 'too-deep'
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

export { checkYear, latestNewReportYear, reportProblems, validateReport } from './validate';

function fail(code: LoadErrorCode, message: string, path?: string): LoadResult {
  return { ok: false, errors: [path === undefined ? { code, message } : { code, message, path }] };
}

/** Said in plain words: a clerk does not know what JSON is. */
const UNREADABLE = '文件已损坏或不是年报编辑器的报告文件，无法读取';

function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(raw);
  const offset = pos?.[1] ? Number(pos[1]) : undefined;
  // JSON that stops mid-way fails at its very end, whatever token the parser was expecting there.
  if (/end of JSON input|Unterminated/i.test(raw) || (offset !== undefined && offset >= text.trimEnd().length)) {
    return '文件内容不完整（可能在保存或复制时被中断），结尾处缺少内容，无法读取。';
  }
  if (offset !== undefined) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    // Where it breaks, for whoever opens the file in a text editor to mend it.
    return `${UNREADABLE}（第 ${line} 行第 ${column} 个字符附近内容有误）。`;
  }
  return `${UNREADABLE}。`;
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

/** The file's envelope ({ format, version, report }) is one level above the report's own limit. */
const FILE_DEPTH = REPORT_LIMITS.depth + 2;

const shown = (raw: string) => (raw.length > 24 ? `${raw.slice(0, 24)}…` : raw);

/**
 * A key written twice in one object: JSON.parse would keep the last silently. The same value twice is
 * read once and said; two different values are refused, since nothing tells which one is right.
 */
function duplicateKeys(duplicates: JsonScan['duplicates']): { error?: LoadResult; notices: string[] } {
  const where = (d: JsonScan['duplicates'][number]) => `报告文件中${d.path ? `“${d.path}”处` : ''}的“${d.key}”`;
  const differing = duplicates.find((d) => d.first !== d.last);
  if (differing) {
    return {
      error: fail(
        'invalid',
        `${where(differing)}写了两次，值不同（${shown(differing.first)} 和 ${shown(differing.last)}），无法确定哪一个是对的，没有打开：文件可能被手工或其他程序改动过。请删去错误的一处，或从历史版本恢复。`,
        differing.path ? `${differing.path}.${differing.key}` : differing.key,
      ),
      notices: [],
    };
  }
  return { notices: duplicates.map((d) => `${where(d)}写了两次，值相同，已按一处读取。`) };
}

/**
 * Reads a `.nianbao` file's text. Never throws and never repairs a number: stored values are kept
 * exactly as written (automatic totals are not recomputed) so that checking judges what was saved.
 */
export function parseReportFile(text: string): LoadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty', '文件是空的，没有任何报告内容。');
  const scan = scanJson(body, FILE_DEPTH);
  if (scan.tooDeep !== undefined) {
    return fail(
      'too-deep',
      `报告文件中${scan.tooDeep ? `“${scan.tooDeep}”处` : ''}嵌套超过 ${FILE_DEPTH} 层，不是年报编辑器写出的内容，无法打开和保存。`,
      scan.tooDeep,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail('not-json', jsonErrorMessage(body, error));
  }
  const headerError = checkHeader(data);
  if (headerError) return headerError;
  const duplicates = duplicateKeys(scan.duplicates);
  if (duplicates.error) return duplicates.error;
  const result = validateReport((data as { report?: unknown }).report);
  return result.ok ? { ...result, notices: [...duplicates.notices, ...result.notices] } : result;
}

/**
 * The file text a save writes, or why the loader would refuse it: nothing is written that cannot be
 * read back (the writer's side of the one schema).
 */
export function serializeReadable(report: Report): { ok: true; text: string } | { ok: false; errors: LoadError[] } {
  const text = serializeReport(report);
  const back = parseReportFile(text);
  return back.ok ? { ok: true, text } : { ok: false, errors: back.errors };
}
