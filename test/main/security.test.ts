import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
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
});
