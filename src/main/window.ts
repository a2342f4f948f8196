import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { CloseAsk } from './app/close-flow';
import type { Dialogs } from './app/handlers';
import { hardenContents } from './security';
import { WEB_PREFERENCES } from './security-policy';

export function createMainWindow(rendererRoot: string, devServer?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '年报编辑器',
    webPreferences: { ...WEB_PREFERENCES, preload: join(import.meta.dirname, '../preload/index.cjs') },
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  if (devServer) void win.loadURL(devServer);
  else void win.loadFile(join(rendererRoot, 'index.html'));
  return win;
}

const FILTERS = [{ name: '年度报告（*.nianbao）', extensions: ['nianbao'] }];

/** The system file dialogs, starting in 文档/年报. */
export function systemDialogs(win: BrowserWindow, folder: string): Dialogs {
  const ensureFolder = () => mkdirSync(folder, { recursive: true });
  return {
    async chooseOpenPath() {
      ensureFolder();
      const r = await dialog.showOpenDialog(win, {
        title: '打开报告',
        defaultPath: folder,
        filters: FILTERS,
        properties: ['openFile'],
      });
      return r.canceled ? undefined : r.filePaths[0];
    },
    async chooseSavePath(suggestedName) {
      ensureFolder();
      const r = await dialog.showSaveDialog(win, {
        title: '另存为',
        defaultPath: join(folder, suggestedName),
        filters: FILTERS,
      });
      return r.canceled ? undefined : r.filePath;
    },
  };
}

export function systemCloseAsk(win: BrowserWindow): CloseAsk {
  return {
    async unsaved(name) {
      const r = await dialog.showMessageBox(win, {
        type: 'warning',
        title: '年报编辑器',
        message: `“${name}”有未保存的修改，是否保存？`,
        detail: '不保存将丢失这些修改。',
        buttons: ['保存', '不保存', '取消'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'discard', 'cancel'] as const)[r.response] ?? 'cancel';
    },
    async failed(message) {
      await dialog.showMessageBox(win, { type: 'error', title: '保存失败', message, buttons: ['确定'] });
    },
  };
}
