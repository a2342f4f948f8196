import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { CloseAsk } from './app/close-flow';
import type { Dialogs } from './app/handlers';
import { allowPage, hardenedWindow, jobSession } from './security';
import { PRINT_WEB_PREFERENCES } from './security-policy';
import { OPEN_FILTER_NAME, OPENABLE_EXTENSIONS } from '@shared/import/inputs';
import { warmPrinter } from './export/warm-print';
import type { WarmPrinter } from './export/warm-print';

export function createMainWindow(paths: { renderer: string; preload: string }, devServer?: string): BrowserWindow {
  const win = hardenedWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '年报编辑器',
    webPreferences: { preload: paths.preload },
  });
  win.once('ready-to-show', () => win.show());
  if (devServer) void win.loadURL(devServer);
  else void win.loadFile(join(paths.renderer, 'index.html'));
  return win;
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  nianbao: { name: '年度报告（*.nianbao）', extensions: ['nianbao'] },
  pdf: { name: 'PDF 文件（*.pdf）', extensions: ['pdf'] },
  docx: { name: 'Word 文档（*.docx）', extensions: ['docx'] },
  xlsx: { name: 'Excel 工作簿（*.xlsx）', extensions: ['xlsx'] },
  csv: { name: 'CSV 文件（*.csv）', extensions: ['csv'] },
};
const filtersFor = (name: string) =>
  [FILTERS[name.slice(name.lastIndexOf('.') + 1)] ?? FILTERS.nianbao].filter((f) => f !== undefined);

/** The system file dialogs, starting in 文档/年报. */
export function systemDialogs(win: BrowserWindow, folder: string): Dialogs {
  const ensureFolder = () => mkdirSync(folder, { recursive: true });
  return {
    async chooseOpenPath() {
      ensureFolder();
      const r = await dialog.showOpenDialog(win, {
        title: '打开报告',
        defaultPath: folder,
        filters: [
          {
            name: OPEN_FILTER_NAME,
            extensions: OPENABLE_EXTENSIONS,
          },
        ],
        properties: ['openFile'],
      });
      return r.canceled ? undefined : r.filePaths[0];
    },
    async chooseSavePath(suggestedName) {
      ensureFolder();
      const r = await dialog.showSaveDialog(win, {
        title: '保存',
        defaultPath: join(folder, suggestedName),
        filters: filtersFor(suggestedName),
      });
      return r.canceled ? undefined : r.filePath;
    },
    async chooseFolder(title) {
      const r = await dialog.showOpenDialog(win, {
        title,
        defaultPath: folder,
        properties: ['openDirectory', 'createDirectory'],
      });
      return r.canceled ? undefined : r.filePaths[0];
    },
    async chooseFile(title, filter) {
      const r = await dialog.showOpenDialog(win, {
        title,
        defaultPath: folder,
        filters: [filter],
        properties: ['openFile'],
      });
      return r.canceled ? undefined : r.filePaths[0];
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

const PRINT_PARTITION = 'nianbao-print';

/**
 * The warm print page of the app: one hidden, sandboxed window with scripts off, in the print session
 * that loads nothing but the print file and the fonts; the report is swapped in through the DevTools
 * protocol and printed with printToPDF. Kept until the app quits.
 */
export function electronPrinter(fontsDir: string): WarmPrinter {
  return warmPrinter((folder) => {
    const win = hardenedWindow({
      show: false,
      webPreferences: { ...PRINT_WEB_PREFERENCES, session: jobSession(PRINT_PARTITION) },
    });
    allowPage(PRINT_PARTITION, win.webContents, [folder, fontsDir]);
    const devtools = win.webContents.debugger;
    devtools.attach('1.3');
    return Promise.resolve({
      // loadURL resolves on the load event, which waits for the fonts the screen styles use (see printCss).
      load: (url) => win.loadURL(url),
      setBody: async (html) => {
        const { root } = (await devtools.sendCommand('DOM.getDocument', { depth: 1 })) as { root: { nodeId: number } };
        const { nodeId } = (await devtools.sendCommand('DOM.querySelector', {
          nodeId: root.nodeId,
          selector: 'body',
        })) as { nodeId: number };
        await devtools.sendCommand('DOM.setOuterHTML', { nodeId, outerHTML: html });
      },
      pdf: async (purpose) =>
        new Uint8Array(
          await win.webContents.printToPDF({
            preferCSSPageSize: true,
            printBackground: true,
            generateDocumentOutline: purpose === 'file',
            generateTaggedPDF: purpose === 'file',
          }),
        ),
      close: () => Promise.resolve(win.destroy()),
    });
  });
}

/**
 * Paper printing through the system dialog: one hidden, sandboxed window in the print session, made with
 * the first job and reused by every later one (a window per job started a renderer process each time),
 * loading each job's HTML from the same temp file. Jobs run one at a time: two at once would load over
 * each other's page. Closed when the app quits.
 */
export function electronPrint(fontsDir: string): {
  print: (html: string) => Promise<void>;
  close: () => Promise<void>;
} {
  let opened: Promise<{ win: BrowserWindow; dir: string }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const open = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
    const win = hardenedWindow({
      show: false,
      webPreferences: { ...PRINT_WEB_PREFERENCES, session: jobSession(PRINT_PARTITION) },
    });
    allowPage(PRINT_PARTITION, win.webContents, [dir, fontsDir]);
    // A window that died (its renderer crashed) is replaced by the next job, never reused.
    win.once('closed', () => (opened = undefined));
    return { win, dir };
  };
  const job = async (html: string) => {
    opened ??= open();
    const { win, dir } = await opened;
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    await win.loadFile(file);
    await new Promise<void>((resolve, reject) =>
      win.webContents.print({ silent: false, printBackground: true }, (ok, reason) =>
        ok || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
      ),
    );
  };
  return {
    print: (html) => {
      const next = queue.then(() => job(html));
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      await queue;
      const current = await opened?.catch(() => undefined);
      opened = undefined;
      if (!current) return;
      if (!current.win.isDestroyed()) current.win.destroy();
      await rm(current.dir, { recursive: true, force: true });
    },
  };
}
