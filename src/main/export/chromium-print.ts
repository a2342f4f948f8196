import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { warmPrinter } from './warm-print';
import type { PrintSurface, WarmPrinter } from './warm-print';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/**
 * Chromium for PDF rendering. The print page and its fonts are local files; reading fonts next to a
 * file:// page needs --allow-file-access-from-files. Nothing is fetched from anywhere else (see chromiumSurface).
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  // Loaded here, not with the module: playwright-core takes ~0.3–1 s to load, which a CLI command
  // that prints no PDF (check, show, a DOCX export) should not pay.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--allow-file-access-from-files',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A Chromium page as the print page (the engine Electron's printToPDF uses), for the CLI, tests and
 * benchmarks. Scripts are off, as in the app's print window; the body is replaced through the DevTools
 * protocol. Offline by construction: anything but the local files is refused.
 */
export async function chromiumSurface(browser: Browser): Promise<PrintSurface> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(/^(?!file:)/, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  return {
    // The load event waits for the fonts the page's screen styles use: all four faces (see printCss).
    load: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    setBody: async (html) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: 1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'body' });
      await cdp.send('DOM.setOuterHTML', { nodeId, outerHTML: html });
    },
    // The outline (bookmarks) comes from the headings: the title and the six parts.
    pdf: (purpose) => {
      const structure = purpose === 'file';
      return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: structure, tagged: structure });
    },
    close: () => context.close(),
  };
}

/** Chromium as the warm PDF renderer of the export (the CLI and tests; the app uses Electron's window). */
export function chromiumPrinter(browser: () => Promise<Browser>): WarmPrinter {
  return warmPrinter(async () => chromiumSurface(await browser()));
}
