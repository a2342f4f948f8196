import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelArgs, ChannelResult, EventName, Events } from '@shared/ipc/contract';

function invoke<C extends Channel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<ChannelResult<C>>;
}

function subscribe<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
  const wrapped = (_event: unknown, payload: Events[E]) => listener(payload);
  ipcRenderer.on(name, wrapped);
  return () => ipcRenderer.off(name, wrapped);
}

type Args<C extends Channel> = ChannelArgs<C>;

/** Named functions only: the renderer can call these and nothing else. */
const api = {
  appInfo: () => invoke('app:info'),
  closeReady: () => invoke('app:closeReady'),
  newReport: (...a: Args<'file:new'>) => invoke('file:new', ...a),
  openSample: () => invoke('file:openSample'),
  openDialog: () => invoke('file:openDialog'),
  openRecent: (...a: Args<'file:openRecent'>) => invoke('file:openRecent', ...a),
  recentFiles: () => invoke('file:recent'),
  save: (...a: Args<'file:save'>) => invoke('file:save', ...a),
  saveAs: (...a: Args<'file:saveAs'>) => invoke('file:saveAs', ...a),
  update: (...a: Args<'file:update'>) => invoke('file:update', ...a),
  close: (...a: Args<'file:close'>) => invoke('file:close', ...a),
  checkOutside: (...a: Args<'file:checkOutside'>) => invoke('file:checkOutside', ...a),
  reload: (...a: Args<'file:reload'>) => invoke('file:reload', ...a),
  recoveryList: () => invoke('recovery:list'),
  recoveryAccept: (...a: Args<'recovery:accept'>) => invoke('recovery:accept', ...a),
  recoveryDiscard: (...a: Args<'recovery:discard'>) => invoke('recovery:discard', ...a),
  backupList: (...a: Args<'backups:list'>) => invoke('backups:list', ...a),
  backupRestore: (...a: Args<'backups:restore'>) => invoke('backups:restore', ...a),
  onFileOpened: (listener: (doc: Events['file:opened']) => void) => subscribe('file:opened', listener),
  onCloseRequested: (listener: () => void) => subscribe('app:closeRequested', listener),
} satisfies Record<string, (...args: never[]) => Promise<ChannelResult<Channel>> | (() => void)>;

export type Api = typeof api;

contextBridge.exposeInMainWorld('api', api);
