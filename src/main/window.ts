import { join } from 'node:path';
import { BrowserWindow } from 'electron';
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
