import type { Browser } from 'playwright-core';
import type { ExportContext } from '../../src/main/export/export-report';
import { chromiumPath, launchChromium, renderPdf } from '../../src/main/export/pdf';
import { ROOT } from '../helpers';

/**
 * What the app's export needs, with Chromium standing in for Electron's printToPDF (the same engine):
 * a browser is started on first use and kept for the test file.
 */
export function chromiumExports(): { context: ExportContext; close: () => Promise<void> } {
  let browser: Promise<Browser> | undefined;
  return {
    context: {
      fontsDir: `${ROOT}/resources/fonts`,
      creator: '年报编辑器 nianbao test',
      renderPdf: async (html) => {
        browser ??= launchChromium(chromiumPath() ?? '/usr/bin/chromium');
        const page = await (await browser).newPage();
        try {
          return await renderPdf(html, page);
        } finally {
          await page.close();
        }
      },
    },
    close: async () => {
      if (browser) await (await browser).close();
    },
  };
}
