import { join } from 'node:path';
import { app, dialog, session, shell } from 'electron';
import { AppLog } from './app/app-log';
import { closeAll, WindowClose } from './app/close-flow';
import { installCrashHandler } from './app/crash-report';
import { appPaths, reportPathIn } from './app/app-paths';
import { createHandlers } from './app/handlers';
import { FileService } from './files/documents';
import { defaultReportFolder } from './files/naming';
import { registerIpc, sendEvent } from './ipc';
import { installMenus } from './menu';
import { hardenSession } from './security';
import { createMainWindow, electronPrint, electronPrinter, systemCloseAsk, systemDialogs } from './window';

const paths = appPaths({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  mainDir: import.meta.dirname,
});
// Only a dev build may load its page from a server (electron-vite dev sets the variable): in any other
// build an inherited or planted ELECTRON_RENDERER_URL is ignored.
const devServer = __NIANBAO_DEV_BUILD__ ? process.env.ELECTRON_RENDERER_URL : undefined;
/** How long the renderer gets to hand over its last state before main closes with what it has. */
const HANDOVER_MS = 3000;

function start(): void {
  const files = new FileService({ userData: app.getPath('userData') });
  const log = new AppLog(join(app.getPath('userData'), 'logs'));
  log.event('start', { version: app.getVersion(), platform: process.platform, arch: process.arch });
  const onRendererError = installCrashHandler(process, {
    log,
    flush: () => files.flush(),
    recoveryFolder: files.recovery.root,
    show: (title, message) => dialog.showErrorBox(title, message),
  });
  const win = createMainWindow(paths, devServer);
  win.webContents.on('render-process-gone', (_event, details) =>
    log.event('renderer-gone', { reason: details.reason, exitCode: details.exitCode }),
  );
  const dialogs = systemDialogs(win, defaultReportFolder(app.getPath('documents')));
  const windowClose = new WindowClose({
    requestHandOver: () => sendEvent(win, 'app:closeRequested', null),
    decide: () => closeAll(files, systemCloseAsk(win), dialogs),
    close: () => win.close(),
    waitMs: HANDOVER_MS,
  });

  const fontsDir = paths.fonts;
  const printer = electronPrinter(fontsDir);
  const paper = electronPrint(fontsDir);
  const handlers = createHandlers({
    files,
    dialogs,
    exports: { fontsDir, creator: `年报编辑器 nianbao ${app.getVersion()}`, renderPdf: printer.render },
    print: paper.print,
    samplePath: paths.sample,
    appInfo: { name: '年报编辑器', version: app.getVersion() },
    onCloseReady: () => windowClose.handedOver(),
    onRendererError,
    shell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
    emit: (name, payload) => sendEvent(win, name, payload),
  });
  registerIpc(handlers, win);
  installMenus(win, __NIANBAO_DEV_BUILD__);

  // Recovery copies are written at the edges, not only on the debounce timer.
  win.on('blur', () => void files.flush());
  win.on('close', (event) => {
    if (!windowClose.closeRequested()) event.preventDefault();
  });

  const openFromOutside = async (path: string) => {
    // From an OS event: a rejection here would be unhandled in main, so a failure opens nothing.
    const opened = await files.open(path).catch(() => undefined);
    if (opened?.ok) sendEvent(win, 'file:opened', opened.value);
    if (win.isMinimized()) win.restore();
    win.focus();
  };
  app.on('second-instance', (_event, argv) => {
    const path = reportPathIn(argv);
    if (path) void openFromOutside(path);
    else win.focus();
  });
  const initial = reportPathIn(process.argv);
  if (initial) win.webContents.once('did-finish-load', () => void openFromOutside(initial));
  app.on('before-quit', () => {
    void files.flush();
    void printer.close();
    void paper.close();
  });
}

// Chromium formats <input type=date> and other locale-bound text by its own locale, not the page's lang:
// the report is Chinese, so dates read 2025/12/22 on any PC, an English Windows included. Must be set before ready.
app.commandLine.appendSwitch('lang', 'zh-CN');

// One instance: a second launch hands its file to the running window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, paths.renderer, devServer);
    start();
  });
}
