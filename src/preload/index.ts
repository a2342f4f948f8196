import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '@shared/ipc/bridge';
import type { Api } from '@shared/ipc/bridge';

/**
 * Exactly the named functions of BRIDGE_METHODS and BRIDGE_EVENTS, each fixed to its channel: the page
 * can never choose a channel itself.
 */
const api = Object.fromEntries([
  ...Object.entries(BRIDGE_METHODS).map(([name, channel]) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]),
  ...Object.entries(BRIDGE_EVENTS).map(([name, event]) => [
    name,
    (listener: (payload: unknown) => void) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => ipcRenderer.off(event, wrapped);
    },
  ]),
]) as Api;

contextBridge.exposeInMainWorld('api', api);
