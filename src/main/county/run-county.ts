import { assembleCounty } from '@shared/county/assemble';
import type { CountyOptions, CountyResult, LoadedFile } from '@shared/county/assemble';
import { compareSources } from '@shared/county/aggregate';
import type { RunChanges } from '@shared/county/aggregate';
import { listWorkspace, readFiles } from './read-workspace';
import type { Progress } from './read-workspace';
import { findRoster, readCountyConfig, writeCountyConfig } from './roster-file';
import type { CountyConfig } from './roster-file';
import type { Roster } from '@shared/county/roster';
import { countyView } from '@shared/county/view';
import type { CountyRunView } from '@shared/county/view';

export interface RunOptions {
  roster?: string;
  previous?: string;
  year?: number;
  includeOwn?: boolean;
  include?: string[];
  /** Which file counts for a unit that sent several (unit name → path in the workspace), over the config's. */
  chosen?: Record<string, string>;
  /** Keep this run's sources in the workspace's .nianbao-county.json, so the next run can say what changed. */
  remember?: boolean;
  onProgress?: (p: Progress) => void;
}

export interface CountyRun {
  folder: string;
  result: CountyResult;
  ignored: { rel: string; reason: string }[];
  /** Where the roster came from (null: none, every file is its own unit), and the roster itself. */
  rosterSource: string | null;
  roster?: Roster;
  /** Things the clerk should know about the run itself (roster problems, a damaged config). */
  notes: string[];
  /** Against the last remembered run (absent on the first). */
  changes?: RunChanges & { since: string };
  /** The files read (with their reports), for the outputs that need them again (bundle, report). */
  files: LoadedFile[];
  includeOwn: boolean;
}

export type RunOutcome = { ok: true; run: CountyRun } | { ok: false; message: string };

/** Last year's folder is read for its figures only; this year's reports are checked as they are read. */
async function readFolder(folder: string, options: { onProgress?: (p: Progress) => void; check?: boolean } = {}) {
  const listed = await listWorkspace(folder);
  return { ...listed, files: await readFiles(folder, listed.paths, options) };
}

const unreadable = (folder: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? '文件夹不存在'
      : code === 'ENOTDIR'
        ? '不是文件夹'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取权限'
          : (code ?? (error as Error).message);
  return { ok: false as const, message: `无法读取文件夹“${folder}”：${why}。` };
};

/** Reads a county workspace and judges it: the CLI and the app run exactly this. */
export async function runCounty(folder: string, options: RunOptions = {}): Promise<RunOutcome> {
  let read;
  try {
    read = await readFolder(folder, { check: true, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  } catch (error) {
    return unreadable(folder, error);
  }
  const notes: string[] = [];
  const configRead = await readCountyConfig(folder);
  if (!configRead.ok) notes.push(configRead.message);
  const config = configRead.ok ? configRead.config : undefined;
  const roster = await findRoster(folder, config, options.roster);
  if (roster && !roster.ok) return { ok: false, message: roster.message };
  if (roster) notes.push(...roster.problems);
  let previous: LoadedFile[] | undefined;
  if (options.previous) {
    try {
      previous = (await readFolder(options.previous)).files;
    } catch (error) {
      return unreadable(options.previous, error);
    }
  }
  const countyOptions: CountyOptions = {
    ...(options.year ? { year: options.year } : {}),
    includeOwn: options.includeOwn ?? config?.includeOwn ?? false,
    include: options.include ?? config?.include ?? [],
    chosen: { ...config?.chosen, ...options.chosen },
    ...(previous ? { previous } : {}),
  };
  const result = assembleCounty(roster?.ok ? roster.roster : undefined, read.files, countyOptions);
  notes.push(...result.rosterProblems, ...result.tables.notes);
  const sources = result.tables.sources.map(({ name, file, sha256 }) => ({ name, file, sha256 }));
  const run: CountyRun = {
    folder,
    result,
    ignored: read.ignored,
    rosterSource: roster?.ok ? roster.source : null,
    ...(roster?.ok ? { roster: roster.roster } : {}),
    notes,
    files: read.files,
    includeOwn: countyOptions.includeOwn ?? false,
  };
  if (config?.lastRun) run.changes = { ...compareSources(config.lastRun.sources, sources), since: config.lastRun.at };
  if (options.remember) {
    const next: CountyConfig = {
      ...(config ?? { format: 'nianbao-county', version: 1 }),
      lastRun: { at: new Date().toISOString(), sources },
    };
    // Remembering is a convenience: a read-only workspace still gets its result.
    await writeCountyConfig(folder, next).catch(() =>
      notes.push('工作文件夹不可写，本次汇总的来源没有记录（下次无法比较变化）。'),
    );
  }
  return { ok: true, run };
}

/** The run as the screen and `nianbao county --json` show it; `rosterName` is how the roster's source is named. */
export function runView(run: CountyRun, rosterName: (source: string) => string = (s) => s): CountyRunView {
  return countyView(run.result, {
    folder: run.folder,
    rosterSource: run.rosterSource ? rosterName(run.rosterSource) : null,
    roster: run.roster?.entries ?? [],
    ignored: run.ignored,
    notes: run.notes,
    ...(run.changes ? { changes: run.changes } : {}),
    includeOwn: run.includeOwn,
  });
}
