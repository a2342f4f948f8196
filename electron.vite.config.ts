import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/main/security-policy';

/** The built page carries the strict CSP itself; the dev server's injected scripts would break under it. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'nianbao-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Production packages bundled into the main process and the CLI (devDependencies, so not packaged again). */
const BUNDLED = ['docx', 'exceljs', 'fflate', 'parse5', 'pdf-lib', 'saxes', 'zod'];

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig(({ command }) => ({
  main: {
    resolve: {
      alias: {
        ...shared,
        // fflate's Node build declares a top-level `require` (for its worker-based async API, unused here:
        // only unzipSync and Unzlib are); a chunk that electron-vite also gives its `require` shim then
        // declares it twice and cannot load. Its plain ESM build has the same synchronous code.
        fflate: 'fflate/browser',
      },
    },
    // True only in `electron-vite dev` (command 'serve'): a built app, `npm start`'s preview included,
    // never loads a page from ELECTRON_RENDERER_URL and never shows Reload or DevTools.
    define: { __NIANBAO_DEV_BUILD__: JSON.stringify(command === 'serve') },
    build: {
      // Bundled into out/main, so the packaged app carries only the one package that must stay files
      // (package.json "dependencies"): pdfjs-dist reads its cmaps and fonts at run time. The packaged-layout
      // test checks the asar holds nothing else.
      externalizeDeps: { exclude: BUNDLED },
      rollupOptions: {
        // The CLI is built beside the Electron entry from the same Electron-free modules.
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli.ts'),
          // Untrusted files are read in a worker thread (see src/main/import/bounded-import.ts).
          'import-worker': resolve(import.meta.dirname, 'src/main/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // One CommonJS file: sandboxed preloads cannot load ES modules.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react(), contentSecurityPolicy()],
    build: { minify: true },
  },
}));
