import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { countyReport } from '@shared/county/county-report';
import { rosterFromRows, rosterRowsFromText } from '@shared/county/roster';
import { summaryPrintHtml } from '@shared/county/summary-html';
import type { CountyView } from '@shared/county/view';
import type { Events, OpenedDoc, Result } from '@shared/ipc/contract';
import type { FileService } from '../files/documents';
import { describeSaveError } from '../files/save-errors';
import { fitFileName } from '../files/naming';
import type { ExportContext } from '../export/export-report';
import { writeBundle } from './bundle';
import { readCountyConfig, readRosterFile, writeCountyConfig } from './roster-file';
import type { CountyConfig } from './roster-file';
import { runCounty, runView } from './run-county';
import type { CountyRun } from './run-county';
import { writeSummaryCsv, writeSummaryXlsx } from './summary-xlsx';

/** What the county screen needs of the app: dialogs that hand back paths, and a way to report progress. */
export interface CountyDeps {
  files: FileService;
  exports: ExportContext;
  chooseFolder: (title: string) => Promise<string | undefined>;
  chooseFile: (title: string, filter: { name: string; extensions: string[] }) => Promise<string | undefined>;
  chooseSavePath: (suggestedName: string) => Promise<string | undefined>;
  print: (html: string) => Promise<void>;
  progress: (payload: Events['county:progress']) => void;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

interface Workspace {
  folder: string;
  run: CountyRun;
}

/**
 * The 县级汇总 channels. Workspaces are named by an id main hands out; the renderer never names a
 * path. Reading goes through runCounty (the CLI's own path); the workspace's files are only read,
 * except the county's own .nianbao-county.json (its roster and choices).
 */
export function countyHandlers(deps: CountyDeps) {
  const spaces = new Map<string, Workspace>();

  const config = async (folder: string): Promise<CountyConfig> => {
    const read = await readCountyConfig(folder);
    return (read.ok ? read.config : undefined) ?? { format: 'nianbao-county', version: 1 };
  };

  const load = async (id: string, folder: string): Promise<Result<CountyView>> => {
    const outcome = await runCounty(folder, { remember: true, onProgress: (p) => deps.progress({ id, ...p }) });
    if (!outcome.ok) return fail('county-unreadable', outcome.message);
    spaces.set(id, { folder, run: outcome.run });
    return ok({ id, ...runView(outcome.run, (source) => basename(source)) });
  };

  const space = (id: string): Workspace | undefined => spaces.get(id);
  const gone = () => fail('county-gone', '这个汇总已经关闭，请重新选择工作文件夹。');

  const updateConfig = async (id: string, change: (c: CountyConfig) => CountyConfig): Promise<Result<CountyView>> => {
    const s = space(id);
    if (!s) return gone();
    try {
      await writeCountyConfig(s.folder, change(await config(s.folder)));
    } catch (error) {
      return { ok: false, error: describeSaveError(error, s.folder) };
    }
    return load(id, s.folder);
  };

  const saveTo = async (
    suggested: string,
    write: (path: string) => Promise<void>,
  ): Promise<Result<{ path: string } | null>> => {
    const path = await deps.chooseSavePath(suggested);
    if (!path) return ok(null);
    try {
      await write(path);
      return ok({ path });
    } catch (error) {
      return { ok: false, error: describeSaveError(error, path) };
    }
  };

  const heading = (s: Workspace) => `${s.run.result.year}年度政府信息公开工作年度报告汇总表`;

  return {
    'county:open': async (): Promise<Result<CountyView | null>> => {
      const folder = await deps.chooseFolder('选择县级汇总的工作文件夹（各单位报送的报告）');
      return folder ? load(randomUUID(), folder) : ok(null);
    },
    'county:refresh': (id: string) => {
      const s = space(id);
      return s ? load(id, s.folder) : Promise.resolve(gone());
    },
    'county:openUnit': (id: string, key: string, file: number): Promise<Result<OpenedDoc>> => {
      const unit = space(id)?.run.result.units.find((u) => u.key === key);
      const f = unit?.files[file];
      if (!unit || !f?.report) return Promise.resolve(fail('county-no-report', '这个单位没有可以打开的报告。'));
      // A copy, not the file: the unit's source is never written; saving asks for a new place.
      const opened = deps.files.adopt(structuredClone(f.report));
      return Promise.resolve(
        ok({ ...opened, notices: [`这是${unit.name}报送的“${f.rel}”的副本：修改后请“另存为”，原文件不会被改动。`] }),
      );
    },
    'county:newReport': (id: string): Promise<Result<OpenedDoc>> => {
      const s = space(id);
      if (!s) return Promise.resolve(gone());
      const own = s.run.result.units.find((u) => u.own);
      const report = countyReport(s.run.result.tables, {
        year: s.run.result.year,
        unitName: own?.name ?? '县人民政府',
      });
      const opened = deps.files.adopt(report, true);
      return Promise.resolve(
        ok({
          ...opened,
          notices: [
            `表格已按 ${s.run.result.tables.sources.length} 个单位的报告逐格汇总。请填写单位名称、正文各部分后保存。`,
            ...s.run.result.tables.notes,
          ],
        }),
      );
    },
    'county:setIncluded': (id: string, key: string, included: boolean) => {
      const unit = space(id)?.run.result.units.find((u) => u.key === key);
      if (!unit) return Promise.resolve(gone());
      return updateConfig(id, (c) =>
        unit.own
          ? { ...c, includeOwn: included }
          : {
              ...c,
              include: included
                ? [...new Set([...(c.include ?? []), unit.name])]
                : (c.include ?? []).filter((n) => n !== unit.name),
            },
      );
    },
    'county:choose': (id: string, key: string, file: number) => {
      const unit = space(id)?.run.result.units.find((u) => u.key === key);
      const chosen = unit?.files[file];
      if (!unit || !chosen?.report) return Promise.resolve(fail('county-no-report', '这个单位没有可以选择的报告。'));
      return updateConfig(id, (c) => ({ ...c, chosen: { ...c.chosen, [unit.name]: chosen.rel } }));
    },
    'county:saveRoster': (id: string, text: string) => {
      const { roster, problems } = rosterFromRows(rosterRowsFromText(text));
      if (problems.length > 0) return Promise.resolve(fail('county-roster', problems.join('')));
      return updateConfig(id, (c) => ({ ...c, roster: roster.entries }));
    },
    'county:chooseRoster': async (id: string) => {
      const path = await deps.chooseFile('选择名单（Excel .xlsx、.csv 或文本 .txt）', {
        name: '名单（*.xlsx；*.csv；*.txt）',
        extensions: ['xlsx', 'csv', 'txt'],
      });
      if (!path) return ok(null);
      const read = await readRosterFile(path);
      if (!read.ok) return fail('county-roster', read.message);
      return updateConfig(id, (c) => ({ ...c, roster: read.roster.entries }));
    },
    'county:exportXlsx': (id: string) => {
      const s = space(id);
      return s
        ? saveTo(fitFileName(heading(s), 'xlsx'), (p) => writeSummaryXlsx(s.run.result, p))
        : Promise.resolve(gone());
    },
    'county:exportCsv': (id: string) => {
      const s = space(id);
      return s
        ? saveTo(fitFileName(heading(s), 'csv'), (p) => writeSummaryCsv(s.run.result, p))
        : Promise.resolve(gone());
    },
    'county:exportBundle': async (
      id: string,
    ): Promise<Result<{ path: string; reports: number; skipped: string[] } | null>> => {
      const s = space(id);
      if (!s) return gone();
      const dir = await deps.chooseFolder('选择存放集中公布包的文件夹');
      if (!dir) return ok(null);
      const written = await writeBundle(s.folder, s.run.result, dir, deps.exports);
      return written.ok
        ? ok({ path: dir, reports: written.value.items.length, skipped: written.value.skipped })
        : written;
    },
    'county:print': async (id: string): Promise<Result<null>> => {
      const s = space(id);
      if (!s) return gone();
      await deps.print(summaryPrintHtml(s.run.result, heading(s)));
      return ok(null);
    },
  };
}
