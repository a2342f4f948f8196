import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { registerIpc } from './ipc';
import { hardenSession } from './security';
import { createMainWindow } from './window';

const rendererRoot = join(import.meta.dirname, '../renderer');
// electron-vite sets this only under `electron-vite dev`.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// One instance: a second launch hands over to the running window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, rendererRoot, devServer);
    registerIpc();
    createMainWindow(rendererRoot, devServer);
  });
}
