import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { testFontconfig } from '../fonts';
import { ROOT } from '../helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built renderer is served under this made-up origin by request interception: no socket is opened. */
export const APP_ORIGIN = 'http://nianbao.app';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 apt-get install -y chromium，或设置 CHROMIUM_PATH。`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Chinese, as the app runs (src/main/index.ts): date inputs format by the browser's locale.
      '--lang=zh-CN',
    ],
    // Chromium on Linux takes its locale from LANGUAGE and ignores --lang (it needs the chromium-l10n paks);
    // the shipped fonts stand in for the Windows ones, so screenshots show Chinese text, not boxes.
    env: { ...process.env, LANGUAGE: 'zh_CN', FONTCONFIG_FILE: testFontconfig() },
  });
}

export interface AppPage {
  page: Page;
  /** Every request the page made outside the app's own files: must stay empty (offline by construction). */
  foreign: string[];
  /** Console errors and page errors, CSP violations included. */
  errors: string[];
}

/**
 * Opens the built renderer (out/renderer) as Electron would, with every request accounted for.
 * `before` runs before the page's own scripts (to install window.api).
 */
export async function openApp(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; before?: (page: Page) => Promise<void> } = {},
): Promise<AppPage> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1366, height: 768 } });
  await options.before?.(page);
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const root = join(ROOT, 'out/renderer');
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      foreign.push(url.href);
      return route.abort();
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(root) || !existsSync(path)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      status: 200,
      body: await readFile(path),
      headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' },
    });
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  return { page, foreign, errors };
}
