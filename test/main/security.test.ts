import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
  PageAllowList,
  PRINT_WEB_PREFERENCES,
  WEB_PREFERENCES,
} from '../../src/main/security-policy';
import { ROOT } from '../helpers';

describe('window hardening', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has a CSP that allows only the app itself', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name = '', ...values] = d.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('puts the CSP into the built page', () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
  });

  it('a built app (npm start’s preview, the installed app) never loads its page from ELECTRON_RENDERER_URL', () => {
    // The variable is read only in an `electron-vite dev` build; the built main process has no trace of it.
    const main = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8');
    expect(main).toContain('loadFile');
    expect(main).not.toContain('ELECTRON_RENDERER_URL');
    expect(readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8')).toContain('ELECTRON_RENDERER_URL');
  });

  it('lets the renderer load only its own files', () => {
    const root = '/opt/nianbao/resources/app/out/renderer';
    expect(isAllowedRequest(`file://${root}/index.html`, root)).toBe(true);
    expect(isAllowedRequest(`file://${root}/assets/index.js`, root)).toBe(true);
    expect(isAllowedRequest('file:///etc/passwd', root)).toBe(false);
    expect(isAllowedRequest(`file://${root}/../../secret`, root)).toBe(false);
    expect(isAllowedRequest('https://cdn.example.com/font.woff2', root)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/', root)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/main.tsx', root, 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('not a url', root)).toBe(false);
  });

  it('lets a print window load its own file and the fonts, nothing else', () => {
    const roots = ['/tmp/nianbao-print-x', '/opt/nianbao/resources/fonts'];
    expect(isAllowedRequest('file:///tmp/nianbao-print-x/report.html', roots)).toBe(true);
    expect(isAllowedRequest('file:///opt/nianbao/resources/fonts/NianbaoFang.ttf', roots)).toBe(true);
    expect(isAllowedRequest('file:///opt/nianbao/resources/sample/sample-report.nianbao', roots)).toBe(false);
    expect(isAllowedRequest('https://fonts.example.com/a.ttf', roots)).toBe(false);
  });

  it('handles Windows paths', () => {
    const root = 'C:\\Program Files\\年报编辑器\\resources\\app\\out\\renderer';
    expect(
      isAllowedRequest(
        'file:///C:/Program%20Files/%E5%B9%B4%E6%8A%A5%E7%BC%96%E8%BE%91%E5%99%A8/resources/app/out/renderer/index.html',
        root,
      ),
    ).toBe(true);
    expect(isAllowedRequest('file:///C:/Windows/system.ini', root)).toBe(false);
  });

  it('never navigates away from the page', () => {
    const page = 'file:///app/out/renderer/index.html';
    expect(isAllowedNavigation(page, page)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', page)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', page)).toBe(false);
  });

  it('refuses a file URL with a host: file://server/share is a network fetch on Windows', () => {
    const root = '/opt/nianbao/resources/app/out/renderer';
    expect(isAllowedRequest(`file://attacker.example${root}/index.html`, root)).toBe(false);
    expect(isAllowedRequest('file://fileserver/share/opt/nianbao/resources/app/out/renderer/x.js', root)).toBe(false);
    const win = 'C:\\Program Files\\年报编辑器\\resources\\app\\out\\renderer';
    expect(isAllowedRequest('file://server/C:/Program%20Files/x', win)).toBe(false);
    // localhost is the local machine (the URL parser drops it).
    expect(isAllowedRequest(`file://localhost${root}/index.html`, root)).toBe(true);
  });

  it('compares the normalised path, never a percent-decoded one (..%2f stays outside)', () => {
    const root = '/opt/nianbao/resources/app/out/renderer';
    expect(isAllowedRequest(`file://${root}/..%2f..%2f..%2fsecret`, root)).toBe(false);
    expect(isAllowedRequest(`file://${root}/%2e%2e/%2e%2e/secret`, root)).toBe(false);
    expect(isAllowedRequest(`file://${root}/..%5c..%5csecret`, root)).toBe(false);
    expect(isAllowedRequest(`file://${root}/index.html%00.png`, root)).toBe(false);
    // A sibling whose name starts like the root is not inside it.
    expect(isAllowedRequest('file:///opt/nianbao/resources/app/out/renderer-evil/x.js', root)).toBe(false);
    // Encoded and plain spellings of the same path, and a Windows drive in either case, are the same place.
    const win = 'C:\\Program Files\\年报编辑器\\resources\\app\\out\\renderer';
    expect(
      isAllowedRequest(
        'file:///c:/program%20files/%e5%b9%b4%e6%8a%a5%e7%bc%96%e8%be%91%e5%99%a8/resources/app/out/renderer/a.js',
        win,
      ),
    ).toBe(true);
    expect(isAllowedRequest('file:///C:/Program Files/年报编辑器/resources/app/out/renderer/a.js', win)).toBe(true);
    expect(
      isAllowedRequest(
        'file:///C:/Program%20Files/%E5%B9%B4%E6%8A%A5%E7%BC%96%E8%BE%91%E5%99%A8/resources/app/out/renderer/..%2f..%2fapp.asar',
        win,
      ),
    ).toBe(false);
  });

  it('navigation and the IPC sender check compare host and normalised path too', () => {
    const page = 'file:///app/out/renderer/index.html';
    expect(isAllowedNavigation('file://evil.example/app/out/renderer/index.html', page)).toBe(false);
    expect(isAllowedNavigation('file:///app/out/renderer/x/../index.html', page)).toBe(true);
    expect(isAllowedNavigation('file:///app/out/renderer/%2e%2e%2fother.html', page)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('gives each print or preview page its own folders: concurrent jobs never see each other’s', () => {
    const fonts = '/opt/nianbao/resources/fonts';
    const viewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
    const list = new PageAllowList((url) => url.startsWith(viewer));
    list.allow(1, ['/tmp/nianbao-print-a', fonts]);
    list.allow(2, ['/tmp/nianbao-print-b', fonts]);
    expect(list.allows('file:///tmp/nianbao-print-a/report.html', 1)).toBe(true);
    expect(list.allows('file:///tmp/nianbao-print-b/report.html', 2)).toBe(true);
    // The second job did not replace the first one's folder, nor open its own to the first.
    expect(list.allows('file:///tmp/nianbao-print-b/report.html', 1)).toBe(false);
    expect(list.allows('file:///tmp/nianbao-print-a/report.html', 2)).toBe(false);
    expect(list.allows(`file://${fonts}/NianbaoFang.ttf`, 2)).toBe(true);
    list.forget(1);
    expect(list.allows('file:///tmp/nianbao-print-a/report.html', 1)).toBe(false);
    expect(list.allows('file:///tmp/nianbao-print-b/report.html', 2)).toBe(true);
    // A request no page made (no webContents id) gets nothing but the session-wide viewer.
    expect(list.allows('file:///tmp/nianbao-print-b/report.html', undefined)).toBe(false);
    expect(list.allows(`${viewer}index.html`, undefined)).toBe(true);
    expect(list.allows('https://example.com/', 2)).toBe(false);
  });

  it('runs no JavaScript in print and preview pages, with every other setting of the app window', () => {
    expect(PRINT_WEB_PREFERENCES).toEqual({ javascript: false });
    expect(Object.keys(WEB_PREFERENCES)).not.toContain('javascript');
  });
});
