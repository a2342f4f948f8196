import { BrowserWindow, session as sessions } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest, PageAllowList, WEB_PREFERENCES } from './security-policy';

/** Refuses every permission (asked for or merely checked), and every request `allowed` does not name. */
function refuseAllBut(session: Session, allowed: (url: string, pageId: number | undefined) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !allowed(details.url, details.webContentsId) });
  });
}

/** The app window's session: its own renderer files (and the dev server in a dev build) only. */
export function hardenSession(session: Session, root: string, devServer?: string): void {
  refuseAllBut(session, (url) => isAllowedRequest(url, root, devServer));
}

const jobLists = new Map<string, PageAllowList>();

/**
 * The session print and preview pages load in, hardened once (registering a filter per job would
 * replace the running job's). Each page then loads only the folders allowPage gave it.
 */
export function jobSession(partition: string, always?: (url: string) => boolean): Session {
  const session = sessions.fromPartition(partition);
  if (!jobLists.has(partition)) {
    const list = new PageAllowList(always);
    jobLists.set(partition, list);
    refuseAllBut(session, (url, pageId) => list.allows(url, pageId));
  }
  return session;
}

/** Lets one page of a job session load from `roots` until the page is gone. */
export function allowPage(partition: string, contents: WebContents, roots: readonly string[]): void {
  const list = jobLists.get(partition);
  if (!list) throw new Error(`session ${partition} is not hardened`);
  const id = contents.id;
  list.allow(id, roots);
  contents.once('destroyed', () => list.forget(id));
}

/**
 * Every window of the app. The policy's settings come last, so no caller can loosen them; the main
 * ones are also written out because Electronegativity cannot see through a spread (docs/electronegativity.md).
 */
export function hardenedWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      ...WEB_PREFERENCES,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenContents(win.webContents);
  return win;
}

/** No new windows, no navigation away, no webviews. */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
