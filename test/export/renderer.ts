import type { ExportContext } from '../../src/main/export/export-report';
import { chromiumPath, chromiumPrinter, launchChromium } from '../../src/main/export/chromium-print';
import type { Chromium } from '../../src/main/export/chromium-print';
import { ROOT } from '../helpers';

/**
 * What the app's export needs, with Chromium standing in for Electron's print window (the same engine):
 * a browser is started on first use and its warm print page kept for the test file.
 */
export function chromiumExports(): { context: ExportContext; close: () => Promise<void> } {
  let browser: Promise<Chromium> | undefined;
  const printer = chromiumPrinter(() => (browser ??= launchChromium(chromiumPath() ?? '/usr/bin/chromium')));
  return {
    context: {
      fontsDir: `${ROOT}/resources/fonts`,
      creator: '年报编辑器 nianbao test',
      renderPdf: printer.render,
    },
    close: async () => {
      await printer.close();
      if (browser) await (await browser).close();
    },
  };
}
