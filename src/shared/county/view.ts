import type { FormatId } from '../format';
import type { Cells, UnitKind } from '../report/types';
import type { Finding, Severity } from '../rules/types';
import type { RunChanges } from './aggregate';
import { UNIT_STATUSES } from './assemble';
import type { CountyResult, SourceKind, UnitStatus } from './assemble';
import type { RosterEntry } from './roster';
import type { KeyTotals } from './totals';

/** What the 县级汇总 screen shows of a run: everything but the reports themselves (main keeps those). */
export interface CountyView {
  /** The workspace as main knows it; the renderer names it by this id, never by its path. */
  id: string;
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

export interface UnitView {
  key: string;
  name: string;
  kind: UnitKind | null;
  own: boolean;
  onRoster: boolean;
  status: UnitStatus;
  statusLabel: string;
  files: { rel: string; kind: SourceKind; readable: boolean; reason: string | null }[];
  counts: Record<Severity, number>;
  totals: KeyTotals | null;
  included: boolean;
  excluded: string | null;
  findings: Finding[];
  /** The report is in the other format: the clerk may still include it (the （六） row mapped). */
  mismatchedFormat: boolean;
}

export interface ViewContext {
  id: string;
  folder: string;
  rosterSource: string | null;
  roster: RosterEntry[];
  ignored: { rel: string; reason: string }[];
  notes: string[];
  changes?: RunChanges & { since: string };
  includeOwn: boolean;
}

export function countyView(result: CountyResult, c: ViewContext): CountyView {
  return {
    id: c.id,
    folder: c.folder,
    year: result.year,
    formatId: result.formatId,
    rosterSource: c.rosterSource,
    roster: c.roster,
    units: result.units.map((u) => {
      const report = u.files.find((f) => f.report)?.report;
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
        })),
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
