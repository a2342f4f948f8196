import { join } from 'node:path';
import { bundledSamplePath, createHandlers } from '../../src/main/app/handlers';
import type { Dialogs } from '../../src/main/app/handlers';
import type { FileService } from '../../src/main/files/documents';
import { chromiumExports } from '../export/renderer';
import { ROOT } from '../helpers';

/**
 * The real main-process handlers as tests use them: the real file service, Chromium standing in for
 * Electron's printToPDF, the OS dialogs answered by the test, and the Electron-only preview window and
 * print dialog replaced by lists of the PDFs and print pages they would have shown.
 */
export function testHandlers(files: FileService, dialogs: Dialogs) {
  const exporter = chromiumExports();
  const previewed: Uint8Array[] = [];
  /** Print HTML the editor sent to the system print dialog (the person's part there is not simulated). */
  const printed: string[] = [];
  const handlers = createHandlers({
    files,
    dialogs,
    samplePath: bundledSamplePath(join(ROOT, 'resources')),
    appInfo: { name: '年报编辑器', version: 'test' },
    onCloseReady: () => undefined,
    exports: exporter.context,
    print: (html) => {
      printed.push(html);
      return Promise.resolve();
    },
    preview: (pdf) => {
      previewed.push(pdf);
      return Promise.resolve();
    },
  });
  return { handlers, previewed, printed, close: exporter.close };
}
