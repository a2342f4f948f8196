import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Report } from '@shared/report';
import type { DueAcross, Exported, Result } from '@shared/ipc/contract';
import type { RecentFiles } from '../files/recent';
import { writeFileAtomic } from '../files/atomic-write';
import { fitFileName } from '../files/naming';
import { describeSaveError } from '../files/save-errors';
import { dueAcrossRecent } from './due-across';
import { readSheet, SHEET_LIMITS } from './read-sheet';
import { registerWorkbook } from './write-sheet';

/** What the register's channels need of the app: its dialogs, and the way exports are handed out by id. */
export interface RegisterDeps {
  chooseFile: (title: string, filter: { name: string; extensions: string[] }) => Promise<string | undefined>;
  chooseSavePath: (suggestedName: string) => Promise<string | undefined>;
  handOut: (written: Result<{ path: string }>) => Result<Exported>;
  recent: RecentFiles;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * The 登记台账's Excel channels. The spreadsheet the clerk picks is read here in main, within
 * SHEET_LIMITS, and handed over as rows of text: the column mapping runs in the renderer on the shared
 * table-import functions, the same that `nianbao register --import` uses. The path never leaves main.
 */
export function registerHandlers(deps: RegisterDeps) {
  return {
    'register:readSheet': async (): Promise<Result<{ name: string; rows: string[][] } | null>> => {
      const path = await deps.chooseFile('导入登记台账', {
        name: '登记台账表格（Excel、WPS *.xlsx；*.csv）',
        extensions: ['xlsx', 'csv'],
      });
      if (!path) return ok(null);
      const name = basename(path);
      try {
        // Refused before it is read: a stray video or disk image picked by mistake.
        if ((await stat(path)).size > SHEET_LIMITS.bytes)
          return fail(
            'sheet-too-big',
            `“${name}”超过 ${SHEET_LIMITS.bytes / 1024 / 1024} MB 的上限，不像一份登记台账。`,
          );
        const sheet = await readSheet(await readFile(path), name);
        return sheet.ok
          ? ok({ name, rows: sheet.rows })
          : fail('sheet-unreadable', `无法导入“${name}”：${sheet.message}`);
      } catch (error) {
        return fail('sheet-unreadable', `无法读取“${name}”：${(error as Error).message}`);
      }
    },
    'register:dueAcross': async (today: string): Promise<Result<DueAcross>> =>
      ok(await dueAcrossRecent(deps.recent, today)),
    'register:exportXlsx': async (report: Report): Promise<Result<Exported | null>> => {
      const path = await deps.chooseSavePath(
        fitFileName(`${report.unit.name}${report.year}年依申请公开登记台账`, 'xlsx'),
      );
      if (!path) return ok(null);
      const bytes = await registerWorkbook(
        report.register?.applications ?? [],
        report.formatId,
        `${report.title} 登记台账`,
      );
      try {
        await writeFileAtomic(path, bytes);
      } catch (error) {
        return { ok: false, error: describeSaveError(error, path) };
      }
      return deps.handOut(ok({ path }));
    },
  };
}
