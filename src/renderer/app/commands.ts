import { describeCarryOver } from '@shared/report';
import type { NewReportInput } from '@shared/report';
import type { Exported, OpenedDoc, SavedInfo } from '@shared/ipc/contract';
import { bridge, BridgeError } from '../bridge/api';
import { isDirty, useStore } from '../store/store';
import { cancelEditing } from '../features/table/cell-actions';
import { ask, tell } from './ask';
import { beforeCommand } from './before-command';

const state = () => useStore.getState();

/** Shows an opened report; `intro` (and the loader's notices) are told to the clerk first. */
function show(opened: OpenedDoc | null, intro?: string, options?: { sample?: boolean }): void {
  if (!opened) return;
  // Marks for the benchmark: the report has arrived from main; EditorScreen marks when it is shown.
  performance.mark('nianbao:report-received');
  state().load(opened, options);
  state().select(null);
  state().setView('editor');
  const said = [...(intro ? [intro] : []), ...opened.notices];
  if (said.length > 0) void tell(opened.imported ? '导入结果' : intro ? '从上一年报告新建' : '注意', said.join('\n'));
}

/** Runs a command, telling the clerk in Chinese when main refused it. */
export async function attempt(title: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    await tell(title, error instanceof BridgeError ? error.message : `出现意外错误：${(error as Error).message}`);
  }
}

/** Another document replaces the open one only once its edits are saved or given up. */
async function leaveCurrent(): Promise<boolean> {
  if (!beforeCommand('离开当前报告')) return false;
  const s = state();
  if (!s.doc) return true;
  if (isDirty(s)) {
    const choice = await ask('未保存的修改', `“${s.doc.name}”有未保存的修改，是否保存？`, [
      { id: 'save', label: '保存', primary: true },
      { id: 'discard', label: '不保存' },
      { id: 'cancel', label: '取消' },
    ]);
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await save())) return false;
  }
  const docId = state().doc?.docId;
  if (docId) await bridge.close(docId, { discard: true });
  state().unload();
  return true;
}

export const openSample = () =>
  attempt('无法打开示例报告', async () => show(await bridge.openSample(), undefined, { sample: true }));

export const newReport = (input: NewReportInput) =>
  attempt('无法新建报告', async () => {
    if (await leaveCurrent()) show(await bridge.newReport(input));
  });

export const newFromLastYear = () =>
  attempt('无法从上一年报告新建', async () => {
    if (!(await leaveCurrent())) return;
    const opened = await bridge.newFromLastYear();
    show(opened, opened ? describeCarryOver(opened.report) : undefined);
  });

export const openFile = () =>
  attempt('无法打开文件', async () => {
    if (await leaveCurrent()) show(await bridge.openDialog());
  });

/** Text or a web page's HTML the clerk pasted, as a new unsaved report. Resolves whether it opened. */
export async function importPasted(source: { html: string } | { text: string }): Promise<boolean> {
  let opened = false;
  await attempt('无法导入粘贴的内容', async () => {
    if (!(await leaveCurrent())) return;
    show(await bridge.importPasted(source));
    opened = true;
  });
  return opened;
}

export const openRecent = (id: string) =>
  attempt('无法打开文件', async () => {
    if (await leaveCurrent()) show(await bridge.openRecent(id));
  });

export const acceptRecovery = (id: string) =>
  attempt('无法恢复', async () => {
    if (await leaveCurrent()) show(await bridge.recoveryAccept(id));
  });

export const discardRecovery = (id: string) =>
  attempt('无法删除恢复副本', () => bridge.recoveryDiscard(id).then(() => undefined));

export async function backToStart(): Promise<void> {
  if (await leaveCurrent()) state().setView('start');
}

/** After a save, the clerk is told where the file is (the path is main's, shown only). */
function savedTo(report: NonNullable<ReturnType<typeof state>['report']>, info: SavedInfo): void {
  state().markSaved(report, info);
  const docId = state().doc?.docId;
  state().setSaveWarning(info.warning && docId ? { docId, message: info.warning } : null);
  // Saved: main dropped the recovery copy, and an earlier failure to write one no longer matters.
  state().setRecovery(null);
  state().say(`已保存到 ${folderOf(info.path)}`);
}

/** The folder part of a path main gave for display (Windows or POSIX separators). */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))) || path;
}

/** Ctrl+S. A report without a file, or a read-only one, goes to 另存为. Returns whether it was saved. */
export async function save(): Promise<boolean> {
  if (!beforeCommand('保存')) return false;
  const { doc, report } = state();
  if (!doc || !report) return false;
  if (!doc.path || doc.readOnly) return saveAs();
  try {
    savedTo(report, await bridge.save(doc.docId, report, {}));
    return true;
  } catch (error) {
    if (error instanceof BridgeError && error.code === 'changed-outside')
      return resolveOutsideChange(error.message, report);
    await tell('保存失败', error instanceof BridgeError ? error.message : String(error));
    return false;
  }
}

export async function saveAs(): Promise<boolean> {
  if (!beforeCommand('另存为')) return false;
  const { doc, report } = state();
  if (!doc || !report) return false;
  try {
    const saved = await bridge.saveAs(doc.docId, report);
    if (!saved) return false;
    savedTo(report, saved);
    return true;
  } catch (error) {
    await tell('保存失败', error instanceof BridgeError ? error.message : String(error));
    return false;
  }
}

async function resolveOutsideChange(
  message: string,
  report: NonNullable<ReturnType<typeof state>['report']>,
): Promise<boolean> {
  const doc = state().doc;
  if (!doc) return false;
  const choice = await ask('文件已被修改', message, [
    { id: 'overwrite', label: '用当前内容覆盖' },
    { id: 'reload', label: '载入磁盘上的版本' },
    { id: 'cancel', label: '取消', primary: true },
  ]);
  if (choice === 'overwrite') {
    savedTo(report, await bridge.save(doc.docId, report, { overwriteOutside: true }));
    return true;
  }
  if (choice === 'reload') show(await bridge.reload(doc.docId));
  return false;
}

/** Puts a kept version back in place of the file (asking first if there are unsaved edits). */
export async function restoreBackup(backupId: string): Promise<void> {
  if (!beforeCommand('恢复历史版本')) return;
  const doc = state().doc;
  if (!doc) return;
  if (isDirty(state())) {
    const choice = await ask('恢复历史版本', '当前有未保存的修改，恢复历史版本会放弃这些修改。', [
      { id: 'restore', label: '放弃修改并恢复' },
      { id: 'cancel', label: '取消', primary: true },
    ]);
    if (choice !== 'restore') return;
  }
  await attempt('无法恢复历史版本', async () => {
    show(await bridge.backupRestore(doc.docId, backupId));
    state().say('已恢复所选版本；恢复前的文件已留作历史版本。');
  });
}

/** When the window regains focus: a file changed by someone else is never silently kept or replaced. */
export async function checkOutsideChange(): Promise<void> {
  const doc = state().doc;
  if (!doc?.path) return;
  const outside = await bridge.checkOutside(doc.docId).catch(() => 'unchanged' as const);
  if (outside !== 'changed') return;
  const choice = await ask('文件已被修改', `“${doc.name}”在打开后被其他程序或其他人修改过。`, [
    { id: 'reload', label: '载入磁盘上的版本', primary: !isDirty(state()) },
    { id: 'keep', label: '保留我的内容', primary: isDirty(state()) },
  ]);
  if (choice === 'reload') await attempt('无法重新载入', async () => show(await bridge.reload(doc.docId)));
}

/** Hands main the last state before the window closes (main then asks 保存/不保存/取消 itself). */
export async function handOverForClose(): Promise<void> {
  // A number that cannot be committed stays at its cell with its reason; main still asks 保存/不保存/取消,
  // and 取消 leaves the clerk at that cell.
  beforeCommand('关闭');
  const s = state();
  if (s.doc && s.report) await bridge.update(s.doc.docId, isDirty(s) ? s.report : null).catch(() => undefined);
  await bridge.closeReady().catch(() => undefined);
}

export function showOpened(opened: OpenedDoc): void {
  void (async () => {
    if (state().doc?.docId === opened.docId || (await leaveCurrent())) show(opened);
  })();
}

/**
 * Before anything leaves the editor: remaining errors are listed and the clerk decides. The 「草稿」
 * watermark is offered only where it is printed (paper and PDF; the Word file has none).
 */
async function confirmDespiteErrors(action: string, watermark: boolean): Promise<{ go: boolean; draft: boolean }> {
  // The check before export: from now on the blanks of tables not yet started are marked too.
  state().showAllBlanks();
  const errors = state().findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return { go: true, draft: false };
  const list = errors
    .slice(0, 5)
    .map((f) => `· ${f.message}`)
    .join('\n');
  const more = errors.length > 5 ? `\n……共 ${errors.length} 个错误` : '';
  const choice = await ask(
    `报告还有 ${errors.length} 个错误`,
    `${list}${more}\n\n公布的表格会是错的。仍要${action}吗？`,
    [
      { id: 'back', label: '返回修改', primary: true },
      ...(watermark ? [{ id: 'draft', label: `${action}（加“草稿”水印）` }] : []),
      { id: 'go', label: `仍然${action}` },
    ],
  );
  return { go: choice === 'go' || choice === 'draft', draft: choice === 'draft' };
}

export async function exportReport(kind: 'pdf' | 'docx'): Promise<void> {
  const label = kind === 'pdf' ? '导出 PDF' : '导出 Word';
  if (!beforeCommand(label)) return;
  const report = state().report;
  if (!report) return;
  const { go, draft } = await confirmDespiteErrors(label, kind === 'pdf');
  if (!go) return;
  state().say(`正在${label}……`);
  await attempt(`${label}失败`, async () => {
    const done = kind === 'pdf' ? await bridge.exportPdf(report, { draft }) : await bridge.exportDocx(report, {});
    state().say(done ? `已导出：${done.path}` : null);
    if (done) await offerExported(label, done);
  });
}

/** The end of an export: open the file or its folder, as main wrote them (the renderer names no path). */
export async function offerExported(label: string, done: Exported): Promise<void> {
  const choice = await ask(`${label}完成`, `已导出到：\n${done.path}${done.warning ? `\n\n⚠ ${done.warning}` : ''}`, [
    { id: 'open', label: '打开文件', primary: true },
    { id: 'folder', label: '打开所在文件夹' },
    { id: 'close', label: '关闭' },
  ]);
  if (choice === 'open') await bridge.openExported(done.exportId);
  else if (choice === 'folder') await bridge.showExportedInFolder(done.exportId);
}

export async function printReport(): Promise<void> {
  if (!beforeCommand('打印')) return;
  const report = state().report;
  if (!report) return;
  const { go, draft } = await confirmDespiteErrors('打印', true);
  if (go) await attempt('打印失败', () => bridge.print(report, { draft }).then(() => undefined));
}

/** 打印预览: the real pages, from the same print page as 打印 and 导出PDF, shown over the editor. */
export async function previewReport(): Promise<void> {
  if (!beforeCommand('预览')) return;
  const report = state().report;
  if (!report) return;
  state().setPreview({ pages: null, zoom: state().preview?.zoom ?? 1 });
  let shown = false;
  await attempt('无法预览', async () => {
    const { pages } = await bridge.preview(report, {});
    // Closed while main was rendering: the clerk no longer wants it.
    const preview = state().preview;
    if (preview) state().setPreview({ ...preview, pages });
    shown = true;
  });
  if (!shown) state().setPreview(null);
}

export function closePreview(): void {
  state().setPreview(null);
}

/**
 * 撤销. While a cell is being typed into, Ctrl+Z gives the cell its value back and leaves the edit,
 * as WPS 表格 does; the report's history is not touched. Otherwise the last step is undone.
 */
export function undo(): void {
  if (state().editing) cancelEditing();
  else state().undo();
}

/** 重做: the value being typed is committed first (which, being a new step, leaves nothing to redo). */
export function redo(): void {
  if (beforeCommand('重做')) state().redo();
}
