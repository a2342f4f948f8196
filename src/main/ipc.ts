import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import type { EventName, Events } from '@shared/ipc/contract';
import { channelArgs } from '@shared/ipc/contract';
import { dispatch } from './app/handlers';
import type { createHandlers } from './app/handlers';
import { isAllowedNavigation } from './security-policy';

/** Answers only the app's own page, with every argument parsed against the contract (see dispatch). */
export function registerIpc(handlers: ReturnType<typeof createHandlers>, win: BrowserWindow): void {
  for (const channel of Object.keys(channelArgs)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const from = event.senderFrame?.url ?? '';
      if (!isAllowedNavigation(from, win.webContents.getURL())) {
        return { ok: false, error: { code: 'bad-sender', message: '拒绝来自未知页面的调用。' } };
      }
      return dispatch(handlers, channel, args);
    });
  }
}

export function sendEvent<E extends EventName>(win: BrowserWindow, name: E, payload: Events[E]): void {
  if (!win.isDestroyed()) win.webContents.send(name, payload);
}
