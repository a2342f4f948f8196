import { formatForYear } from '../format';
import type { FormatId } from '../format';
import type { LoadResult } from '../report/load';
import type { Report, UnitKind } from '../report/types';
import { evaluate, IMPORT_RULES, summarize } from '../rules';
import type { Finding, Severity } from '../rules/types';
import { aggregate } from './aggregate';
import type { AggregateSource, CountyTables } from './aggregate';
import { crossCheck } from './cross-rules';
import type { CrossOptions, CrossUnit } from './cross-rules';
import { indexRoster, namePrefixes } from './roster';
import type { Roster } from './roster';
import { keyTotals } from './totals';
import type { KeyTotals } from './totals';

/** What a unit sent: a nianbao file, a PDF (published as it is), or a Word file, web page or text (read from print). */
export type SourceKind = 'nianbao' | 'pdf' | 'import';

/** One file of the workspace as main read it. */
export interface LoadedFile {
  /** Path inside the workspace, for display and provenance. */
  rel: string;
  sha256: string;
  kind: SourceKind;
  result: LoadResult;
  /** The file's modification time (ms since 1970; 0 unknown): which of two versions arrived last. */
  modified?: number;
  /** The report's own findings (evaluate), when the reader already checked it off the main thread. */
  findings?: Finding[];
}

export const UNIT_STATUSES = {
  missing: '未报',
  ok: '已报',
  review: '导入待核对',
  errors: '有错误',
  warnings: '有警告',
  mismatch: '格式与年度不符',
} as const;
export type UnitStatus = keyof typeof UNIT_STATUSES;

/** The order a county office works through them: what stops the county report first. */
const STATUS_RANK: Record<UnitStatus, number> = { missing: 5, mismatch: 4, errors: 3, review: 2, warnings: 1, ok: 0 };

export interface UnitFile {
  rel: string;
  sha256: string;
  kind: SourceKind;
  status: UnitStatus;
  /** Why the file could not be read (then it has no report). */
  reason?: string;
  report?: Report;
  findings: Finding[];
  /** Matched by its file name, since the report's own unit name is not on the roster (or unreadable). */
  byFileName?: boolean;
  modified?: number;
}

/** A unit that sent more than one readable report: the one that counts, and why. */
export interface UnitChoice {
  file: string;
  /** 'chosen': by the clerk; 'date': the latest 落款日期; 'modified': same date, the file saved last. */
  by: 'chosen' | 'date' | 'modified';
  /** The same in a sentence, for the screen and the CLI. */
  reason: string;
}

export interface UnitRow {
  key: string;
  name: string;
  kind?: UnitKind;
  own: boolean;
  onRoster: boolean;
  status: UnitStatus;
  files: UnitFile[];
  /** The unit's findings: its report's (as the editor shows them) and the county's cross-unit ones. */
  findings: Finding[];
  counts: Record<Severity, number>;
  totals: KeyTotals | null;
  included: boolean;
  /** Why the unit is not in the sums. */
  excluded?: string;
  /** Set when the unit sent two or more readable reports. */
  choice?: UnitChoice;
}

export interface CountyOptions extends Pick<CrossOptions, 'settings'> {
  /** The report year (default: the year most reports are for). */
  year?: number;
  /** Sum the county's own (本级) report too. */
  includeOwn?: boolean;
  /** Units (by name) summed although their report is in the other format (the 2019 （六） row mapped). */
  include?: readonly string[];
  /** Last year's workspace, read the same way (U3, U4). */
  previous?: readonly LoadedFile[];
  /** The file that counts for a unit that sent several (unit name → file path in the workspace). */
  chosen?: Readonly<Record<string, string>>;
}

export interface CountyResult {
  year: number;
  formatId: FormatId;
  units: UnitRow[];
  /** Files that could not be read, with the reason, whether or not they were matched to a unit. */
  broken: { rel: string; reason: string }[];
  tables: CountyTables;
  /** Problems with the roster itself (two rows for one name). */
  rosterProblems: string[];
  hasRoster: boolean;
}

/** 「文件无法读取」 is the county's own finding: the unit sent something, but not a readable report. */
export const UNREADABLE_RULE = 'U0';

function mostCommonYear(reports: readonly Report[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts)
    if (best === undefined || c > (counts.get(best) ?? 0) || (c === counts.get(best) && y > best)) best = y;
  return best;
}

const stem = (rel: string) => rel.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

function fileStatus(report: Report, year: number, findings: readonly Finding[]): UnitStatus {
  if (report.year !== year || report.formatId !== formatForYear(report.year)) return 'mismatch';
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  if (findings.some((f) => IMPORT_RULES.some((r) => r.id === f.rule))) return 'review';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

const worst = (statuses: readonly UnitStatus[]): UnitStatus =>
  statuses.reduce<UnitStatus>((w, s) => (STATUS_RANK[s] > STATUS_RANK[w] && s !== 'missing' ? s : w), 'ok');

/**
 * The county's view of its workspace: every file matched to a roster unit (or shown as not on the
 * roster), each unit's status and findings, the cross-unit findings, and the summed tables. Pure:
 * main reads the files, this decides. Nothing is dropped: two files for one unit stay two files, and
 * units off the roster are rows of their own.
 */
export function assembleCounty(
  roster: Roster | undefined,
  files: readonly LoadedFile[],
  options: CountyOptions = {},
): CountyResult {
  const readable = files.flatMap((f) => (f.result.ok ? [{ file: f, report: f.result.report }] : []));
  const year = options.year ?? mostCommonYear(readable.map((r) => r.report)) ?? new Date().getFullYear() - 1;
  const formatId = formatForYear(year);
  const entries = roster?.entries ?? [];
  const prefixes = namePrefixes(
    roster,
    readable.map((r) => r.report.unit.region),
    entries.map((e) => e.name),
  );
  const index = indexRoster(roster ?? { entries: [] }, prefixes);

  const rows: UnitRow[] = [];
  const rowByKey = new Map<string, UnitRow>();
  const newRow = (name: string, onRoster: boolean, extra: Partial<UnitRow> = {}): UnitRow => {
    let key = index.key(name);
    while (rowByKey.has(key)) key += '#';
    const row: UnitRow = {
      key,
      name,
      own: false,
      onRoster,
      status: 'missing',
      files: [],
      findings: [],
      counts: { error: 0, warning: 0, info: 0 },
      totals: null,
      included: false,
      ...extra,
    };
    rows.push(row);
    rowByKey.set(key, row);
    return row;
  };
  const rosterRows = entries.map((e) =>
    newRow(e.name, true, { ...(e.kind ? { kind: e.kind } : {}), own: e.own === true }),
  );
  const rosterKeys = rosterRows.map((r, i) => ({
    row: r,
    keys: [r.name, ...(entries[i]?.aliases ?? [])].map(index.key),
  }));
  /** A file name such as 「沭阳县发改局2025年报告.docx」 names its unit: the longest roster name in it. */
  const byFileName = (rel: string): UnitRow | undefined => {
    const k = index.key(stem(rel));
    let best: { row: UnitRow; len: number } | undefined;
    for (const { row, keys } of rosterKeys)
      for (const key of keys)
        if (key.length >= 2 && k.includes(key) && key.length > (best?.len ?? 0)) best = { row, len: key.length };
    return best?.row;
  };

  const broken: CountyResult['broken'] = [];
  for (const f of files) {
    if (!f.result.ok) {
      const reason = f.result.errors.map((e) => e.message).join(' ');
      broken.push({ rel: f.rel, reason });
      const row = byFileName(f.rel);
      const finding: Finding = {
        rule: UNREADABLE_RULE,
        severity: 'error',
        cells: [],
        message: `文件“${f.rel}”无法读取：${reason}`,
      };
      row?.files.push({
        rel: f.rel,
        sha256: f.sha256,
        kind: f.kind,
        status: 'errors',
        reason,
        findings: [finding],
        byFileName: true,
      });
      continue;
    }
    const report = f.result.report;
    const findings = f.findings ?? evaluate(report);
    const unitFile: UnitFile = {
      rel: f.rel,
      sha256: f.sha256,
      kind: f.kind,
      report,
      findings,
      status: fileStatus(report, year, findings),
      ...(f.modified ? { modified: f.modified } : {}),
    };
    const i = index.lookup(report.unit.name) ?? index.lookup(report.closing.unit);
    let row = i === undefined ? undefined : rosterRows[i];
    if (!row && entries.length > 0) {
      row = byFileName(f.rel);
      if (row) unitFile.byFileName = true;
    }
    if (!row) {
      row = rowByKey.get(index.key(report.unit.name)) ?? newRow(report.unit.name, false, { kind: report.unit.kind });
    }
    row.files.push(unitFile);
  }

  const previous = options.previous ? previousByKey(options.previous, index.lookup, rosterRows, index.key) : undefined;
  // Of a unit's several reports, the one that counts is the unit's for the county's checks and sums.
  const counted = new Map<UnitRow, UnitFile>();
  for (const row of rows) {
    const readableFiles = row.files.filter((f) => f.report);
    if (readableFiles.length > 1) row.choice = choose(readableFiles, options.chosen?.[row.name]);
    const main = countedFile(row);
    if (main) counted.set(row, main);
  }
  const crossUnits: CrossUnit[] = rows.flatMap((row) => {
    const report = counted.get(row)?.report;
    return report ? [{ key: row.key, name: row.name, report }] : [];
  });
  const cross = crossCheck(crossUnits, {
    ...(previous ? { previous } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const crossByUnit = new Map<string, Finding[]>();
  for (const { unit, ...f } of cross) {
    const list = crossByUnit.get(unit);
    if (list) list.push(f);
    else crossByUnit.set(unit, [f]);
  }

  const include = new Set((options.include ?? []).map(index.key));
  const sources: AggregateSource[] = [];
  for (const row of rows) {
    const main = counted.get(row);
    const crossFindings = crossByUnit.get(row.key) ?? [];
    row.findings = [...row.files.flatMap((f) => (f.report && f !== main ? [] : f.findings)), ...crossFindings];
    row.counts = summarize(row.findings);
    if (row.files.length === 0) continue;
    row.status = worst([
      ...row.files.filter((f) => !f.report || f === main).map((f) => f.status),
      ...(crossFindings.some((f) => f.severity === 'warning') ? (['warnings'] as const) : []),
    ]);
    if (!main?.report) {
      row.excluded = '文件无法读取';
      continue;
    }
    row.totals = keyTotals(main.report);
    row.excluded = exclusion(row, main.report, {
      year,
      formatId,
      hasRoster: entries.length > 0,
      includeOwn: options.includeOwn === true,
      included: include.has(row.key) || include.has(index.key(row.name)),
    });
    if (row.excluded) continue;
    row.included = true;
    sources.push({ key: row.key, name: row.name, report: main.report, file: main.rel, sha256: main.sha256 });
  }
  if (entries.length === 0) for (const row of rows) row.onRoster = false;
  return {
    year,
    formatId,
    units: rows,
    broken,
    tables: aggregate(formatId, sources),
    rosterProblems: index.clashes,
    hasRoster: entries.length > 0,
  };
}

function exclusion(
  row: UnitRow,
  report: Report,
  c: { year: number; formatId: FormatId; hasRoster: boolean; includeOwn: boolean; included: boolean },
): string | undefined {
  if (c.hasRoster && !row.onRoster) return '不在名单中';
  if (row.own && !c.includeOwn) return '本级报告（选择“计入本级”后汇总）';
  if (report.year !== c.year) return `报告年度为${report.year}年，不是${c.year}年`;
  if (report.formatId !== c.formatId && !c.included) return '报告格式与年度不符（可选择按对应关系计入）';
  return undefined;
}

/** The file whose report is the unit's in the checks, the sums and the outputs (none when nothing is readable). */
export function countedFile(row: Pick<UnitRow, 'files' | 'choice'>): UnitFile | undefined {
  return row.files.find((f) => f.report && f.rel === row.choice?.file) ?? row.files.find((f) => f.report);
}

const time = (ms: number) => {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/**
 * Which of a unit's reports counts: the clerk's choice while that file is still there, else the one with
 * the latest 落款日期 (a corrected version is dated later), else the one saved last. The others stay
 * listed with their findings; only the sums take one.
 */
function choose(files: readonly UnitFile[], chosen: string | undefined): UnitChoice {
  const n = files.length;
  if (chosen && files.some((f) => f.rel === chosen))
    return { file: chosen, by: 'chosen', reason: `报送了 ${n} 份文件，按您的选择计入“${chosen}”` };
  const date = (f: UnitFile) => f.report?.closing.date ?? '';
  const latest = [...files].sort(
    (a, b) => date(b).localeCompare(date(a)) || (b.modified ?? 0) - (a.modified ?? 0) || b.rel.localeCompare(a.rel),
  );
  const [first, second] = latest as [UnitFile, UnitFile];
  if (date(first) !== date(second))
    return {
      file: first.rel,
      by: 'date',
      reason: `报送了 ${n} 份文件，计入落款日期最新（${date(first)}）的“${first.rel}”`,
    };
  return {
    file: first.rel,
    by: 'modified',
    reason: `报送了 ${n} 份文件，落款日期相同，计入最后保存（${first.modified ? time(first.modified) : '时间不详'}）的“${first.rel}”`,
  };
}

function previousByKey(
  files: readonly LoadedFile[],
  lookup: (name: string) => number | undefined,
  rosterRows: readonly UnitRow[],
  key: (name: string) => string,
): Map<string, Report> {
  const map = new Map<string, Report>();
  for (const f of files) {
    if (!f.result.ok) continue;
    const r = f.result.report;
    const i = lookup(r.unit.name);
    const k = i === undefined ? key(r.unit.name) : (rosterRows[i]?.key ?? key(r.unit.name));
    if (!map.has(k)) map.set(k, r);
  }
  return map;
}
