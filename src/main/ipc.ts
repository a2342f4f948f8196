import { app, ipcMain } from 'electron';
import type { Channel, ChannelArgs, ChannelResult } from '@shared/ipc/contract';

type Handler<C extends Channel> = (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C>;

function handle<C extends Channel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, (_event, ...args: unknown[]) => handler(...(args as ChannelArgs<C>)));
}

export function registerIpc(): void {
  handle('app:info', () => ({ ok: true, value: { name: '年报编辑器', version: app.getVersion() } }));
}
