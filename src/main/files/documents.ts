import { randomUUID } from 'node:crypto';
import { access, constants, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenedDoc, OutsideState, RecoveryState, Result, SavedInfo } from '@shared/ipc/contract';
import { serializeReport } from '@shared/report';
import { parseReportFile, serializeReadable } from '@shared/report/load';
import type { LoadError } from '@shared/report/load';
import type { Report } from '@shared/report';
import { removeStaleTemps, replaceFile } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { BackupStore } from './backups';
import { describeBackups } from './backup-changes';
import type { DescribedBackup } from './backup-changes';
import { withFileLock } from './file-lock';
import { hashBytes, readReportFile } from './read-report';
import { RecentFiles } from './recent';
import { RecoveryStore } from './recovery';
import { describeFolderSyncWarning, describeSaveError, describeStoreError } from './save-errors';
import { samePath } from './store-paths';

interface Doc {
  id: string;
  path: string | null;
  /** Hash of the bytes last read from or written to `path`: an outside change is any other hash. */
  hash: string | null;
  readOnly: boolean;
  /** The renderer's latest unsaved state, for recovery copies; null while clean. */
  pending: Report | null;
}

export interface FileServiceOptions {
  userData: string;
  /** Delay between the last edit and its recovery copy. */
  autosaveMs?: number;
  now?: () => Date;
  /** File-system calls of a save, replaceable to inject faults in tests. */
  writeOps?: WriteOps;
}

function fail<T>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** A file that could not be loaded, as the renderer is told: the first error's code, every message. */
export function loadFailed<T>(errors: readonly LoadError[]): Result<T> {
  return fail(errors[0]?.code ?? 'unreadable', errors.map((e) => e.message).join('\n'));
}

async function isReadOnly(path: string): Promise<boolean> {
  // The mode bit is what Windows' 只读 attribute maps to; access() also covers ACLs and read-only media.
  const info = await stat(path);
  if ((info.mode & 0o200) === 0) return true;
  return access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}

/**
 * The report files the app has open: open, save, save as, close, outside changes, recovery copies and
 * backups. Electron-free: the IPC glue and the CLI call it, tests drive it on real temp folders.
 */
export class FileService {
  private readonly docs = new Map<string, Doc>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  readonly backups: BackupStore;
  readonly recovery: RecoveryStore;
  readonly recent: RecentFiles;
  private readonly autosaveMs: number;
  private readonly now: () => Date;
  private readonly writeOps: WriteOps | undefined;

  constructor(options: FileServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.autosaveMs = options.autosaveMs ?? 1500;
    this.writeOps = options.writeOps;
    this.backups = new BackupStore(join(options.userData, 'backups'), () => this.now().getTime());
    this.recovery = new RecoveryStore(join(options.userData, 'recovery'), this.now);
    this.recent = new RecentFiles(options.userData, this.now);
  }

  private describe(doc: Doc, report: Report, extra: { notices?: string[]; dirty?: boolean } = {}): OpenedDoc {
    return {
      docId: doc.id,
      path: doc.path,
      name: doc.path ? basename(doc.path) : '未命名报告',
      report,
      readOnly: doc.readOnly,
      dirty: extra.dirty ?? false,
      notices: extra.notices ?? [],
    };
  }

  private doc(id: string): Doc | undefined {
    return this.docs.get(id);
  }

  /** The document already open for `path`, so one file is never open twice. */
  findByPath(path: string): Doc | undefined {
    return [...this.docs.values()].find((d) => d.path !== null && samePath(d.path, path));
  }

  isDirty(): boolean {
    return [...this.docs.values()].some((d) => d.pending !== null);
  }

  /** Documents with unsaved edits, as the close flow asks about them. */
  dirtyDocs(): { docId: string; name: string; hasPath: boolean; report: Report }[] {
    return [...this.docs.values()].flatMap((d) =>
      d.pending
        ? [{ docId: d.id, name: d.path ? basename(d.path) : '未命名报告', hasPath: d.path !== null, report: d.pending }]
        : [],
    );
  }

  /** The unsaved state main holds for a document (the same object until the renderer sends a newer one). */
  pendingReport(docId: string): Report | null {
    return this.docs.get(docId)?.pending ?? null;
  }

  openDocIds(): string[] {
    return [...this.docs.keys()];
  }

  /** A report that has no file yet (new, or the built-in sample): saving it asks for a place. */
  adopt(report: Report, dirty = false): OpenedDoc {
    const doc: Doc = { id: randomUUID(), path: null, hash: null, readOnly: false, pending: dirty ? report : null };
    this.docs.set(doc.id, doc);
    return this.describe(doc, report, { dirty });
  }

  async open(path: string): Promise<Result<OpenedDoc & { alreadyOpen: boolean }>> {
    const existing = this.findByPath(path);
    if (existing) {
      const loaded = await readReportFile(path);
      if (!loaded.ok) return loadFailed(loaded.errors);
      return { ok: true, value: { ...this.describe(existing, existing.pending ?? loaded.report), alreadyOpen: true } };
    }
    // A save killed half-way leaves a temp file beside the report; it never holds the only copy.
    await removeStaleTemps(path);
    const loaded = await readReportFile(path);
    if (!loaded.ok) return loadFailed(loaded.errors);
    const doc: Doc = {
      id: randomUUID(),
      path,
      hash: loaded.hash,
      readOnly: await isReadOnly(path).catch(() => true),
      pending: null,
    };
    this.docs.set(doc.id, doc);
    const notices = [
      ...loaded.notices,
      ...(doc.readOnly ? ['此文件是只读的：可以查看和编辑，保存时请用“另存为”。'] : []),
      ...(await this.remember(path, loaded.report.title)),
    ];
    return { ok: true, value: { ...this.describe(doc, loaded.report, { notices }), alreadyOpen: false } };
  }

  async openRecent(id: string): Promise<Result<OpenedDoc>> {
    const entry = await this.recent.find(id);
    if (!entry) return fail('not-recent', '最近文件列表中没有这个文件。');
    return this.open(entry.path);
  }

  /** Whether the file changed on disk since we last read or wrote it (our own writes never count). */
  async checkOutside(docId: string): Promise<Result<OutsideState>> {
    const doc = this.doc(docId);
    if (!doc) return fail('no-doc', '这个报告已经关闭。');
    if (!doc.path) return { ok: true, value: 'untitled' };
    try {
      const hash = hashBytes(await readFile(doc.path));
      return { ok: true, value: hash === doc.hash ? 'unchanged' : 'changed' };
    } catch {
      return { ok: true, value: 'missing' };
    }
  }

  /** Takes the file as it now is on disk (after an outside change the clerk chose to accept). */
  async reload(docId: string): Promise<Result<OpenedDoc>> {
    const doc = this.doc(docId);
    if (!doc?.path) return fail('no-doc', '这个报告没有对应的文件。');
    const loaded = await readReportFile(doc.path);
    if (!loaded.ok) return loadFailed(loaded.errors);
    doc.hash = loaded.hash;
    this.setClean(doc);
    return { ok: true, value: this.describe(doc, loaded.report, { notices: loaded.notices }) };
  }

  async save(docId: string, report: Report, options: { overwriteOutside?: boolean } = {}): Promise<Result<SavedInfo>> {
    const doc = this.doc(docId);
    if (!doc) return fail('no-doc', '这个报告已经关闭。');
    if (!doc.path) return fail('no-path', '这份报告还没有保存过，请选择保存位置（另存为）。');
    if (doc.readOnly) return fail('read-only', `“${basename(doc.path)}”是只读文件，请用“另存为”保存到其他文件。`);
    const path = doc.path;
    return withFileLock(path, async () => {
      if (!options.overwriteOutside) {
        const state = await this.checkOutside(docId);
        if (state.ok && state.value === 'changed') {
          return fail<SavedInfo>(
            'changed-outside',
            `“${basename(path)}”在打开后被其他程序或其他人修改过。请选择：用当前内容覆盖它，或重新载入磁盘上的版本。`,
          );
        }
      }
      return this.write(doc, path, report);
    });
  }

  async saveAs(docId: string, report: Report, path: string): Promise<Result<SavedInfo>> {
    const doc = this.doc(docId);
    if (!doc) return fail('no-doc', '这个报告已经关闭。');
    const other = this.findByPath(path);
    if (other && other.id !== docId)
      return fail('open-elsewhere', `“${basename(path)}”已在另一个窗口中打开，请先关闭它。`);
    const result = await withFileLock(path, () => this.write(doc, path, report));
    if (result.ok) {
      doc.path = path;
      doc.readOnly = false;
    }
    return result;
  }

  private async write(doc: Doc, path: string, report: Report): Promise<Result<SavedInfo>> {
    // Nothing is written that could not be opened again: the file on disk stays as it was.
    const readable = serializeReadable(report);
    if (!readable.ok) {
      const why = readable.errors.map((e) => e.message).join('\n');
      return fail('not-readable', `报告没有保存到“${path}”：保存后将无法重新打开。${why}原文件没有被改动。`);
    }
    const text = readable.text;
    const bytes = Buffer.from(text, 'utf8');
    const warnings: string[] = [];
    // A full or broken backups folder must not stop the save itself: the clerk is warned instead.
    try {
      await this.backups.keep(path, 'save');
    } catch (error) {
      warnings.push(describeStoreError(error, '备份文件夹', this.backups.root, '这次保存前的版本没有备份'));
    }
    try {
      const { folderSyncError: syncFailed, folder } = await replaceFile(path, bytes, this.writeOps);
      if (syncFailed) warnings.push(`报告${describeFolderSyncWarning(path, folder, syncFailed)}`);
    } catch (error) {
      const { code, message } = describeSaveError(error, path);
      // The edits must survive whatever comes next (a crash, closing the window): into the recovery copy now.
      doc.pending ??= report;
      const kept = await this.flush(doc.id);
      return fail(
        code,
        kept ? `${message}您的修改已存入恢复副本（文件夹“${this.recovery.root}”），不会丢失。` : message,
      );
    }
    doc.hash = hashBytes(bytes);
    // Edits that arrived while this save ran are newer than what was written: they stay pending.
    if (doc.pending === null || serializeReport(doc.pending) === text) this.setClean(doc);
    warnings.push(...(await this.remember(path, report.title)));
    const saved: SavedInfo = { path, name: basename(path), savedAt: this.now().toISOString() };
    return { ok: true, value: warnings.length > 0 ? { ...saved, warning: warnings.join('\n') } : saved };
  }

  /** Puts the file on 最近打开. A list that cannot be written loses only the list, never a report: it is said. */
  private async remember(path: string, title: string): Promise<string[]> {
    try {
      await this.recent.add(path, title);
      return [];
    } catch (error) {
      return [describeStoreError(error, '最近打开列表的文件夹', this.recent.folder, '这个文件不会列在“最近打开”中')];
    }
  }

  /** The renderer's latest state: a report while unsaved edits exist, null once clean. */
  update(docId: string, report: Report | null): Result<null> {
    const doc = this.doc(docId);
    if (!doc) return fail('no-doc', '这个报告已经关闭。');
    if (report === null) {
      this.setClean(doc);
      return { ok: true, value: null };
    }
    doc.pending = report;
    clearTimeout(this.timers.get(doc.id));
    this.timers.set(
      doc.id,
      setTimeout(() => void this.flush(doc.id), this.autosaveMs),
    );
    return { ok: true, value: null };
  }

  /**
   * Writes pending recovery copies now (window blur, before close, before quitting). Never rejects: it
   * runs from timers and window events, where a rejection would crash main. Each outcome is told to
   * `onRecovery` listeners (the status bar): the time of the copy, or why it could not be written (a
   * full or unwritable user-data folder). Resolves whether every pending copy was written.
   */
  async flush(docId?: string): Promise<boolean> {
    const ids = docId ? [docId] : [...this.docs.keys()];
    const written = await Promise.all(
      ids.map(async (id) => {
        clearTimeout(this.timers.get(id));
        this.timers.delete(id);
        const doc = this.docs.get(id);
        if (!doc?.pending) return true;
        try {
          await this.recovery.write(doc.id, doc.path, doc.pending);
          this.tellRecovery({ docId: id, savedAt: this.now().toISOString() });
          return true;
        } catch (error) {
          const why = (error as NodeJS.ErrnoException).code
            ? describeStoreError(
                error,
                '恢复副本文件夹',
                this.recovery.root,
                '未保存的修改没有恢复副本（程序意外退出时会丢失），请尽快保存',
              )
            : (error as Error).message;
          this.tellRecovery({ docId: id, problem: why });
          return false;
        }
      }),
    );
    return written.every(Boolean);
  }

  private readonly recoveryListeners = new Set<(state: RecoveryState) => void>();

  /** Calls `listener` after every recovery write, with its time or its failure; returns the unsubscribe. */
  onRecovery(listener: (state: RecoveryState) => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  private tellRecovery(state: RecoveryState): void {
    for (const listener of this.recoveryListeners) {
      try {
        listener(state);
      } catch {
        // A window already gone cannot be told; the copy itself is unaffected.
      }
    }
  }

  private setClean(doc: Doc): void {
    doc.pending = null;
    clearTimeout(this.timers.get(doc.id));
    this.timers.delete(doc.id);
    this.recovery.remove(doc.id).catch(() => undefined);
  }

  /**
   * Closes a document; `discard` means the clerk chose 不保存, so its recovery copy goes too. Edits
   * still pending (arrived during the close dialog, or after a save) keep their recovery copy: closing
   * never deletes the only copy of unsaved work.
   */
  async close(docId: string, options: { discard: boolean }): Promise<Result<null>> {
    const doc = this.doc(docId);
    if (!doc) return { ok: true, value: null };
    if (doc.pending && !options.discard) await this.flush(docId);
    else this.setClean(doc);
    this.docs.delete(docId);
    return { ok: true, value: null };
  }

  /** Opens a recovery copy as an unsaved document tied to its original file. */
  async acceptRecovery(id: string): Promise<Result<OpenedDoc>> {
    let copy;
    try {
      copy = await this.recovery.read(id);
    } catch (error) {
      return fail('recovery-damaged', (error as Error).message);
    }
    let doc: Doc;
    if (copy.path) {
      const opened = await this.open(copy.path);
      if (!opened.ok) {
        // The file is gone or unreadable: the copy still opens, as a report to save somewhere new.
        doc = { id: randomUUID(), path: null, hash: null, readOnly: false, pending: null };
        this.docs.set(doc.id, doc);
      } else {
        doc = this.docs.get(opened.value.docId) as Doc;
      }
    } else {
      doc = { id: randomUUID(), path: null, hash: null, readOnly: false, pending: null };
      this.docs.set(doc.id, doc);
    }
    doc.pending = copy.report;
    // The old copy goes only once the new one is written.
    if (await this.flush(doc.id)) await this.recovery.remove(id).catch(() => undefined);
    return { ok: true, value: this.describe(doc, copy.report, { dirty: true }) };
  }

  async discardRecovery(id: string): Promise<Result<null>> {
    try {
      await this.recovery.remove(id);
    } catch (error) {
      return fail(
        'recovery-failed',
        describeStoreError(error, '恢复副本文件夹', this.recovery.root, '恢复副本没有删除'),
      );
    }
    return { ok: true, value: null };
  }

  async restoreBackup(docId: string, backupId: string): Promise<Result<OpenedDoc>> {
    const doc = this.doc(docId);
    if (!doc?.path) return fail('no-doc', '这个报告没有对应的文件。');
    const path = doc.path;
    try {
      const restored = await withFileLock(path, () => this.backups.restore(path, backupId));
      doc.hash = hashBytes(restored.bytes);
      this.setClean(doc);
      return { ok: true, value: this.describe(doc, restored.report) };
    } catch (error) {
      return fail('restore-failed', (error as Error).message);
    }
  }

  async listBackups(docId: string): Promise<Result<DescribedBackup[]>> {
    const doc = this.doc(docId);
    if (!doc?.path) return { ok: true, value: [] };
    const path = doc.path;
    // The report as the clerk has it now: the unsaved edits main was given, else the file.
    const onDisk = doc.pending ? undefined : await readReportFile(path);
    const current = doc.pending ?? (onDisk?.ok ? onDisk.report : undefined);
    const entries = await this.backups.list(path);
    return {
      ok: true,
      value: await describeBackups(entries, async (id) => (await this.backups.read(path, id)).report, current),
    };
  }
}

/** Reads a bundled report (the sample) through the same loader as any file. */
export async function readBundledReport(path: string): Promise<Report> {
  const result = parseReportFile(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.report;
}
