import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type {
  AppInfo,
  Channel,
  ChannelArgs,
  ChannelResult,
  EventName,
  Events,
  Exported,
  OpenedDoc,
  RendererError,
  Result,
} from '@shared/ipc/contract';
import type { SourceResult } from '../import/diagnostics';
import { channelArgs } from '@shared/ipc/contract';
import { emptyReport, reportFromLastYear } from '@shared/report';
import type { FileService } from '../files/documents';
import { loadFailed, readBundledReport } from '../files/documents';
import { suggestedFileName } from '../files/naming';
import { IMPORT_RULES, summarize } from '@shared/rules';
import { diagnose, importSummary } from '../import/diagnostics';
import { importFile, importPasted } from '../import/bounded-import';
import { previewPdf, reportPrintHtml, writeDocx, writePdf } from '../export/export-report';
import type { ExportContext } from '../export/export-report';
import { previewPages } from '../export/preview-pages';
import { countyHandlers } from '../county/county-handlers';
import { registerHandlers } from '../register/register-handlers';

/** The OS dialogs: the only part of file handling that needs Electron (and a person). */
export interface Dialogs {
  chooseOpenPath(): Promise<string | undefined>;
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  /** 县级汇总: a folder (the workspace, a bundle's place), and a roster file. */
  chooseFolder?(title: string): Promise<string | undefined>;
  chooseFile?(title: string, filter: { name: string; extensions: string[] }): Promise<string | undefined>;
}

export interface HandlerDeps {
  files: FileService;
  dialogs: Dialogs;
  exports: ExportContext;
  /** Prints the HTML through the system print dialog (Electron only). */
  print: (html: string) => Promise<void>;
  samplePath: string;
  appInfo: AppInfo;
  /** The renderer handed over its last state and the window may close. */
  onCloseReady: () => void;
  /** An error nothing caught in the renderer (main logs it and tells the clerk where the work is). */
  onRendererError: (error: RendererError) => void;
  /** Opens a file with its default program, or shows it in its folder (Electron: shell). */
  shell: { openPath: (path: string) => Promise<string>; showItemInFolder: (path: string) => void };
  /** Sends an event to the renderer (progress of long work). */
  emit?: <E extends EventName>(name: E, payload: Events[E]) => void;
}

type Handlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function createHandlers(deps: HandlerDeps): Handlers {
  const { files, dialogs } = deps;
  files.onRecovery((state) => deps.emit?.('file:recovery', state));
  // What the exports wrote, by the id handed to the renderer: it asks to open them, never names a path.
  const exported = new Map<string, string>();
  const handOut = (written: Result<{ path: string; warning?: string }>): Result<Exported> => {
    if (!written.ok) return written;
    const exportId = randomUUID();
    exported.set(exportId, written.value.path);
    const { path, warning } = written.value;
    return ok(warning ? { path, exportId, warning } : { path, exportId });
  };
  const withExported = (id: string, use: (path: string) => Promise<void> | void): Promise<Result<null>> => {
    const path = exported.get(id);
    if (!path)
      return Promise.resolve({ ok: false, error: { code: 'unknown-export', message: '找不到这次导出的文件。' } });
    return Promise.resolve(use(path)).then(() => ok(null));
  };
  /** A report read from print (Word, web page, text) opens with what was read and what to check. */
  const openImported = (imported: SourceResult): Result<OpenedDoc> => {
    if (!imported.ok) return loadFailed(imported.errors);
    const opened = files.adopt(imported.report, true);
    // A nianbao PDF carries the report itself: nothing was read from print, so there is nothing to check.
    if (imported.shape === 'nianbao-pdf') return ok({ ...opened, notices: imported.notices });
    const diagnostics = diagnose(imported.report, imported.notices, imported.shape, imported.source);
    const counts = summarize(diagnostics.findings);
    return ok({
      ...opened,
      imported: true,
      ...(imported.source ? { source: imported.source } : {}),
      notices: [
        ...importSummary(diagnostics),
        ...diagnostics.findings.filter((f) => IMPORT_RULES.some((r) => r.id === f.rule)).map((f) => f.message),
        `检查发现：错误 ${counts.error} 处、警告 ${counts.warning} 处、提示 ${counts.info} 处，见右侧“检查结果”。`,
        '这份报告是导入的，还没有保存：请核对后“另存为” .nianbao 文件。',
      ],
    });
  };
  return {
    ...countyHandlers({
      files,
      exports: deps.exports,
      chooseFolder: (title) => dialogs.chooseFolder?.(title) ?? Promise.resolve(undefined),
      chooseFile: (title, filter) => dialogs.chooseFile?.(title, filter) ?? Promise.resolve(undefined),
      chooseSavePath: (name) => dialogs.chooseSavePath(name),
      print: deps.print,
      progress: (payload) => deps.emit?.('county:progress', payload),
    }),
    ...registerHandlers({
      chooseFile: (title, filter) => dialogs.chooseFile?.(title, filter) ?? Promise.resolve(undefined),
      chooseSavePath: (name) => dialogs.chooseSavePath(name),
      handOut,
      recent: files.recent,
    }),
    'app:info': () => Promise.resolve(ok(deps.appInfo)),
    'app:closeReady': () => {
      deps.onCloseReady();
      return Promise.resolve(ok(null));
    },
    'app:rendererError': (error) => {
      deps.onRendererError(error);
      return Promise.resolve(ok(null));
    },
    'file:new': (input) => Promise.resolve(ok(files.adopt(emptyReport(input)))),
    'file:openSample': async () => ok(files.adopt(await readBundledReport(deps.samplePath))),
    'file:newFromLastYear': async () => {
      const path = await dialogs.chooseOpenPath();
      if (!path) return ok(null);
      const last = await importFile(path);
      if (!last.ok) return loadFailed(last.errors);
      return ok(files.adopt(reportFromLastYear(last.report), true));
    },
    'file:openDialog': async () => {
      const path = await dialogs.chooseOpenPath();
      if (!path) return ok(null);
      if (path.toLowerCase().endsWith('.nianbao')) return files.open(path);
      // A Word report, a web page, a PDF nianbao exported, or text: it opens as a new, unsaved report.
      return openImported(await importFile(path));
    },
    'file:importPasted': async (source) => openImported(await importPasted(source)),
    'file:openRecent': (id) => files.openRecent(id),
    'file:recent': async () =>
      ok(
        (await files.recent.list()).map(({ id, name, folder, title, openedAt, exists }) => ({
          id,
          name,
          folder,
          title,
          openedAt,
          exists,
        })),
      ),
    'file:save': (docId, report, options) => files.save(docId, report, options ?? {}),
    'file:saveAs': async (docId, report) => {
      const path = await dialogs.chooseSavePath(suggestedFileName(report, 'nianbao'));
      return path ? files.saveAs(docId, report, path) : ok(null);
    },
    'file:update': (docId, report) => Promise.resolve(files.update(docId, report)),
    'file:close': (docId, options) => files.close(docId, options),
    'file:checkOutside': (docId) => files.checkOutside(docId),
    'file:reload': (docId) => files.reload(docId),
    'recovery:list': async () =>
      ok(
        (await files.recovery.list()).map(({ id, name, title, savedAt, changes }) => ({
          id,
          name,
          title,
          savedAt,
          changes,
        })),
      ),
    'recovery:accept': (id) => files.acceptRecovery(id),
    'recovery:discard': (id) => files.discardRecovery(id),
    'backups:list': (docId) => files.listBackups(docId),
    'backups:restore': (docId, backupId) => files.restoreBackup(docId, backupId),
    'export:pdf': async (report, choice) => {
      const path = await dialogs.chooseSavePath(suggestedFileName(report, 'pdf'));
      return path ? handOut(await writePdf(report, path, deps.exports, choice)) : ok(null);
    },
    'export:docx': async (report, choice) => {
      const path = await dialogs.chooseSavePath(suggestedFileName(report, 'docx'));
      return path ? handOut(await writeDocx(report, path, deps.exports, choice)) : ok(null);
    },
    'export:preview': async (report, choice) => {
      const pages = await previewPages(await previewPdf(report, deps.exports, choice));
      return ok({ pages });
    },
    'export:open': (id) =>
      withExported(id, async (path) => {
        const failed = await deps.shell.openPath(path);
        if (failed) throw new Error(failed);
      }),
    'export:showInFolder': (id) => withExported(id, (path) => deps.shell.showItemInFolder(path)),
    'export:print': async (report, choice) => {
      await deps.print(reportPrintHtml(report, deps.exports, choice));
      return ok(null);
    },
  };
}

/**
 * Runs one IPC call: the channel must be in the contract and its arguments must parse against the
 * contract's schemas, or the handler never runs. Treats everything the renderer sends as hostile.
 */
export async function dispatch(handlers: Handlers, channel: string, args: unknown[]): Promise<Result<unknown>> {
  if (!Object.hasOwn(channelArgs, channel)) {
    return { ok: false, error: { code: 'bad-channel', message: `未知的调用：${channel}` } };
  }
  const parsed = channelArgs[channel as Channel].safeParse(args);
  if (!parsed.success) {
    // A report the validator refuses says why in the clerk's words (the other arguments are the app's own).
    const why = parsed.error.issues.find((i) => i.code === 'custom')?.message;
    const message = why ? `这份报告的内容有误，无法完成操作：${why}` : `调用 ${channel} 的参数不正确。`;
    return { ok: false, error: { code: 'bad-args', message } };
  }
  const handler = handlers[channel as Channel] as (...a: unknown[]) => Promise<Result<unknown>>;
  try {
    return await handler(...(parsed.data as unknown[]));
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `操作失败：${(error as Error).message}` } };
  }
}

export function bundledSamplePath(resources: string): string {
  return join(resources, 'sample', 'sample-report.nianbao');
}
