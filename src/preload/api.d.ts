import type { Api } from '@shared/ipc/bridge';

declare global {
  interface Window {
    /** Present in Electron (preload) and in browser tests (bound to the real main modules). */
    api: Api;
  }
}
