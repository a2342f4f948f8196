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
} as const;

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

/**
 * Whether a page may load `url`: files inside the app's own folders (the renderer; for print windows
 * the print file and the fonts), DevTools, and the dev server while developing. Everything else, the
 * network above all, is refused.
 */
export function isAllowedRequest(url: string, roots: string | readonly string[], devServer?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'file:') {
    return (typeof roots === 'string' ? [roots] : roots).some((root) => {
      const base = new URL(`file://${root.replace(/\\/g, '/').replace(/^\/?/, '/')}/`);
      return decodeURIComponent(parsed.pathname).startsWith(decodeURIComponent(base.pathname));
    });
  }
  if (devServer) {
    const dev = new URL(devServer);
    return parsed.origin === dev.origin || (parsed.protocol === 'ws:' && parsed.host === dev.host);
  }
  return false;
}

/** Navigation never leaves the page the window was opened on. */
export function isAllowedNavigation(target: string, current: string): boolean {
  try {
    const a = new URL(target);
    const b = new URL(current);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
