import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelArgs, ChannelResult } from '@shared/ipc/contract';

function invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<ChannelResult<C>>;
}

/** Named functions only: the renderer can call these and nothing else. */
const api = {
  appInfo: () => invoke('app:info'),
} satisfies Record<string, (...args: never[]) => Promise<ChannelResult<Channel>>>;

export type Api = typeof api;

contextBridge.exposeInMainWorld('api', api);
