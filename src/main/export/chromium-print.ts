import { existsSync } from 'node:fs';
import { startDevTools } from './devtools-pipe';
import type { DevToolsConnection } from './devtools-pipe';
import { warmPrinter } from './warm-print';
import type { PrintSurface, WarmPrinter } from './warm-print';

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** A headless Chromium started for printing, with its own throw-away profile. */
export interface Chromium {
  devTools: DevToolsConnection;
  close(): Promise<void>;
}

/**
 * Chromium for PDF rendering. The print page and its fonts are local files; reading fonts next to a
 * file:// page needs --allow-file-access-from-files. Nothing is fetched from anywhere else (see chromiumSurface).
 * No --user-data-dir: headless Chromium then makes a throw-away profile of its own in the temp folder and
 * removes it as it exits, also when Node dies first and the pipe closes; never the user's own profile.
 * The flags besides skip start-up work a print needs none of (extensions, sync, updates, crash reports, the
 * keyring), and keep the output as Playwright's launch gave it: colours as sRGB whatever the display.
 */
export async function launchChromium(executablePath: string): Promise<Chromium> {
  const devTools = startDevTools(executablePath, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--allow-file-access-from-files',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-breakpad',
    '--disable-field-trial-config',
    '--disable-dev-shm-usage',
    '--force-color-profile=srgb',
    '--password-store=basic',
    '--no-default-browser-check',
    '--no-first-run',
    '--no-startup-window',
  ]);
  const close = async () => {
    await devTools.send('Browser.close').catch(() => undefined);
    await devTools.ended;
  };
  try {
    await devTools.send('Browser.getVersion'); // answered once the browser is up, or why it could not start
  } catch (error) {
    await close();
    throw error;
  }
  return { devTools, close };
}

interface Navigated {
  loaderId?: string;
  errorText?: string;
}

/**
 * A Chromium page as the print page (the engine Electron's printToPDF uses), for the CLI, tests and
 * benchmarks, in a browser context of its own. Scripts are off, as in the app's print window; the body is
 * replaced through the DevTools protocol. Offline by construction: every request but the local files is failed.
 */
export async function chromiumSurface({ devTools }: Chromium): Promise<PrintSurface> {
  const { browserContextId } = await devTools.send<{ browserContextId: string }>('Target.createBrowserContext', {
    disposeOnDetach: true,
  });
  const { targetId } = await devTools.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
    browserContextId,
  });
  const { sessionId } = await devTools.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  const page = <T = Record<string, unknown>>(method: string, params: object = {}) =>
    devTools.send<T>(method, params, sessionId);
  const unlisten = devTools.listen(({ method, params, sessionId: from }) => {
    if (from !== sessionId || method !== 'Fetch.requestPaused') return;
    const { requestId, request } = params as { requestId: string; request: { url: string } };
    const answer = request.url.startsWith('file:')
      ? page('Fetch.continueRequest', { requestId })
      : page('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    answer.catch(() => undefined); // the page may close first: nothing is left to answer
  });
  await Promise.all([
    page('Page.enable'),
    page('Page.setLifecycleEventsEnabled', { enabled: true }),
    page('Emulation.setScriptExecutionDisabled', { value: true }),
    page('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
  ]);

  /** Navigates and resolves at that navigation's load event, which waits for the fonts (all four faces, see printCss). */
  const load = (url: string) =>
    new Promise<void>((resolve, reject) => {
      const loads = new Set<unknown>();
      let expected: unknown;
      const settle = (error?: Error) => {
        unlistenLoad();
        if (error) reject(error);
        else resolve();
      };
      const unlistenLoad = devTools.listen(({ method, params, sessionId: from }) => {
        if (from !== sessionId || method !== 'Page.lifecycleEvent' || params.name !== 'load') return;
        loads.add(params.loaderId);
        if (expected !== undefined && loads.has(expected)) settle();
      });
      void devTools.ended.then(settle);
      page<Navigated>('Page.navigate', { url }).then(({ loaderId, errorText }) => {
        if (errorText) return settle(new Error(`Chromium 打不开打印页（${errorText}）。`));
        expected = loaderId;
        if (loads.has(expected)) settle();
      }, settle);
    });

  return {
    load,
    setBody: async (html) => {
      const { root } = await page<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 1 });
      const { nodeId } = await page<{ nodeId: number }>('DOM.querySelector', { nodeId: root.nodeId, selector: 'body' });
      await page('DOM.setOuterHTML', { nodeId, outerHTML: html });
    },
    // The paper comes from the page's @page rules; the outline (bookmarks) from the headings: the title and the six parts.
    pdf: async (purpose) => {
      const structure = purpose === 'file';
      const { data } = await page<{ data: string }>('Page.printToPDF', {
        preferCSSPageSize: true,
        printBackground: true,
        marginTop: 0,
        marginBottom: 0,
        marginLeft: 0,
        marginRight: 0,
        generateDocumentOutline: structure,
        generateTaggedPDF: structure,
      });
      return Buffer.from(data, 'base64');
    },
    close: async () => {
      unlisten();
      await devTools.send('Target.disposeBrowserContext', { browserContextId });
    },
  };
}

/** Chromium as the warm PDF renderer of the export (the CLI and tests; the app uses Electron's window). */
export function chromiumPrinter(browser: () => Promise<Chromium>): WarmPrinter {
  return warmPrinter(async () => chromiumSurface(await browser()));
}
