import type { FormatId } from '../format';
import type { Cells, UnitKind } from '../report/types';
import type { Finding, Severity } from '../rules/types';
import type { RunChanges } from './aggregate';
import { countedFile, UNIT_STATUSES } from './assemble';
import type { CountyResult, SourceKind, UnitChoice, UnitStatus } from './assemble';
import type { RosterEntry } from './roster';
import type { KeyTotals } from './totals';

/**
 * What a run shows of itself, everything but the reports themselves (main keeps those): the one shape
 * of the 县级汇总 screen and of `nianbao county --json`.
 */
export interface CountyRunView {
  folder: string;
  year: number;
  formatId: FormatId;
  rosterSource: string | null;
  roster: RosterEntry[];
  units: UnitView[];
  broken: { rel: string; reason: string }[];
  ignored: { rel: string; reason: string }[];
  tables: { cells: Cells; sources: { name: string; file: string; sha256: string }[]; notes: string[] };
  notes: string[];
  changes: (RunChanges & { since: string }) | null;
  includeOwn: boolean;
}

/** The screen's view: the run's, and the id the renderer names the workspace by (never its path). */
export interface CountyView extends CountyRunView {
  id: string;
}

export interface FileView {
  rel: string;
  kind: SourceKind;
  readable: boolean;
  reason: string | null;
  sha256: string;
  status: UnitStatus;
  byFileName: boolean;
  /** Modification time (ms since 1970), when known. */
  modified: number | null;
  /** The report's 落款日期 ('' when not filled in), when the file could be read. */
  date: string | null;
  /** The file whose report is the unit's in the checks and sums. */
  counted: boolean;
}

export interface UnitView {
  key: string;
  name: string;
  kind: UnitKind | null;
  own: boolean;
  onRoster: boolean;
  status: UnitStatus;
  statusLabel: string;
  files: FileView[];
  /** The unit sent several readable reports: the one that counts, and why (the clerk may choose another). */
  choice: UnitChoice | null;
  counts: Record<Severity, number>;
  totals: KeyTotals | null;
  included: boolean;
  excluded: string | null;
  findings: Finding[];
  /** The report is in the other format: the clerk may still include it (the （六） row mapped). */
  mismatchedFormat: boolean;
}

export interface ViewContext {
  folder: string;
  rosterSource: string | null;
  roster: RosterEntry[];
  ignored: { rel: string; reason: string }[];
  notes: string[];
  changes?: RunChanges & { since: string };
  includeOwn: boolean;
}

export function countyView(result: CountyResult, c: ViewContext): CountyRunView {
  return {
    folder: c.folder,
    year: result.year,
    formatId: result.formatId,
    rosterSource: c.rosterSource,
    roster: c.roster,
    units: result.units.map((u) => {
      const counted = countedFile(u);
      const report = counted?.report;
      return {
        key: u.key,
        name: u.name,
        kind: u.kind ?? null,
        own: u.own,
        onRoster: u.onRoster,
        status: u.status,
        statusLabel: UNIT_STATUSES[u.status],
        files: u.files.map((f) => ({
          rel: f.rel,
          kind: f.kind,
          readable: f.report !== undefined,
          reason: f.reason ?? null,
          sha256: f.sha256,
          status: f.status,
          byFileName: f.byFileName ?? false,
          modified: f.modified ?? null,
          date: f.report ? f.report.closing.date : null,
          counted: f === counted,
        })),
        choice: u.choice ?? null,
        counts: u.counts,
        totals: u.totals,
        included: u.included,
        excluded: u.excluded ?? null,
        findings: u.findings,
        mismatchedFormat: report !== undefined && report.year === result.year && report.formatId !== result.formatId,
      };
    }),
    broken: result.broken,
    ignored: c.ignored,
    tables: {
      cells: result.tables.cells,
      sources: result.tables.sources.map(({ name, file, sha256 }) => ({ name, file, sha256 })),
      notes: result.tables.notes,
    },
    notes: c.notes,
    changes: c.changes ?? null,
    includeOwn: c.includeOwn,
  };
}
