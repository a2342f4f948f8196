import { Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { applicationMenu, contextMenu } from './menu-template';
import type { MenuEntry } from './menu-template';
import { sendEvent } from './ipc';

function toElectron(entries: readonly MenuEntry[], win: BrowserWindow): MenuItemConstructorOptions[] {
  return entries.map(({ command, submenu, ...item }) => ({
    ...item,
    ...(command ? { click: () => sendEvent(win, 'menu:command', command) } : {}),
    ...(submenu ? { submenu: toElectron(submenu, win) } : {}),
  }));
}

/** The Chinese application menu, and 剪切 复制 粘贴 全选 on a right-click. */
export function installMenus(win: BrowserWindow, development: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(applicationMenu({ development }), win)));
  win.webContents.on('context-menu', (_event, params) => {
    const entries = contextMenu(params);
    if (entries.length > 0) Menu.buildFromTemplate(toElectron(entries, win)).popup({ window: win });
  });
}
