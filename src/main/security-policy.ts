/**
 * The hardening every window gets, as plain data so a Node test can prove it without Electron
 * (the glue in window.ts and security.ts only applies it).
 */

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  // A middle click would otherwise ask for a new window (refused anyway by the window-open handler).
  disableBlinkFeatures: 'Auxclick',
} as const;

/** Print and preview pages are the print HTML (no script) and a PDF: they run no JavaScript at all. */
export const PRINT_WEB_PREFERENCES = { javascript: false } as const;

/**
 * The app is offline by construction: nothing but its own files. Styles must come from files (React
 * sets style properties through the CSSOM, which CSP does not govern), fonts are shipped in resources.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Windows paths compare without regard to case, and percent escapes by their value's spelling (%e5 = %E5). */
function comparable(path: string): string {
  const escapes = path.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  return /^\/[A-Za-z]:/.test(escapes) ? escapes.toLowerCase() : escapes;
}

/**
 * The path a file URL names, normalised by the URL parser (dot segments resolved, `%2e%2e` too) and
 * still percent-encoded, or undefined when it must not be opened: a host (`file://server/share` is a
 * network fetch on Windows), or an encoded slash, backslash or NUL, which the file loader would
 * decode after the dots were resolved (`..%2f` climbs out of any folder).
 */
function localPath(url: URL): string | undefined {
  if (url.protocol !== 'file:' || url.host !== '') return undefined;
  if (/%(2f|5c|00)/i.test(url.pathname)) return undefined;
  return comparable(url.pathname);
}

function folderPath(root: string): string {
  const url = new URL('file:///');
  url.pathname = `${root.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  return comparable(url.pathname);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a page may load `url`: files inside the app's own folders (the renderer; for print windows
 * the print file and the fonts), DevTools, and the dev server while developing. Everything else, the
 * network above all, is refused.
 */
export function isAllowedRequest(url: string, roots: string | readonly string[], devServer?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'file:') {
    const path = localPath(parsed);
    return (
      path !== undefined && (typeof roots === 'string' ? [roots] : roots).some((r) => path.startsWith(folderPath(r)))
    );
  }
  if (devServer) {
    const dev = new URL(devServer);
    return parsed.origin === dev.origin || (parsed.protocol === 'ws:' && parsed.host === dev.host);
  }
  return false;
}

/** Navigation never leaves the page the window was opened on: same scheme, same host, same path. */
export function isAllowedNavigation(target: string, current: string): boolean {
  const a = parse(target);
  const b = parse(current);
  if (!a || !b || a.protocol !== b.protocol || a.host !== b.host) return false;
  if (a.protocol === 'file:') {
    const path = localPath(a);
    return path !== undefined && path === localPath(b);
  }
  return a.origin === b.origin && a.pathname === b.pathname;
}

/**
 * What each print or preview page may load, by its webContents id: concurrent jobs share a session
 * but never each other's folders, and a finished job's folder is closed again.
 */
export class PageAllowList {
  private readonly pages = new Map<number, readonly string[]>();

  constructor(private readonly always: (url: string) => boolean = () => false) {}

  allow(pageId: number, roots: readonly string[]): void {
    this.pages.set(pageId, roots);
  }

  forget(pageId: number): void {
    this.pages.delete(pageId);
  }

  allows(url: string, pageId: number | undefined): boolean {
    if (this.always(url)) return true;
    const roots = pageId === undefined ? undefined : this.pages.get(pageId);
    return roots !== undefined && isAllowedRequest(url, roots);
  }
}
