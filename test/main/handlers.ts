import { join } from 'node:path';
import { bundledSamplePath, createHandlers } from '../../src/main/app/handlers';
import type { Dialogs, HandlerDeps } from '../../src/main/app/handlers';
import type { FileService } from '../../src/main/files/documents';
import type { RendererError } from '@shared/ipc/contract';
import { chromiumExports } from '../export/renderer';
import { ROOT } from '../helpers';

/**
 * The real main-process handlers as tests use them: the real file service, Chromium standing in for
 * Electron's print window, the OS dialogs answered by the test, and the Electron-only print dialog
 * replaced by a list of the print pages it would have shown.
 */
export function testHandlers(files: FileService, dialogs: Dialogs, emit?: HandlerDeps['emit']) {
  const exporter = chromiumExports();
  /** The pages main printed to PDF, for 预览 and 导出PDF alike, in order. */
  const rendered: Uint8Array[] = [];
  const exports = {
    ...exporter.context,
    renderPdf: async (...args: Parameters<typeof exporter.context.renderPdf>) => {
      const pdf = await exporter.context.renderPdf(...args);
      rendered.push(pdf);
      return pdf;
    },
  };
  /** Print HTML the editor sent to the system print dialog (the person's part there is not simulated). */
  const printed: string[] = [];
  /** What the export-done dialog asked the system to open ('open:…') or show in its folder ('folder:…'). */
  const opened: string[] = [];
  /** Errors the renderer reported as uncaught (main would log them and tell the clerk). */
  const rendererErrors: RendererError[] = [];
  const handlers = createHandlers({
    files,
    dialogs,
    samplePath: bundledSamplePath(join(ROOT, 'resources')),
    appInfo: { name: '年报编辑器', version: 'test' },
    onCloseReady: () => undefined,
    onRendererError: (error) => void rendererErrors.push(error),
    ...(emit ? { emit } : {}),
    exports,
    print: (html) => {
      printed.push(html);
      return Promise.resolve();
    },
    shell: {
      openPath: (path) => {
        opened.push(`open:${path}`);
        return Promise.resolve('');
      },
      showItemInFolder: (path) => void opened.push(`folder:${path}`),
    },
  });
  return { handlers, printed, rendered, opened, rendererErrors, close: exporter.close };
}
