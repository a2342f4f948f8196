import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

/**
 * pdfjs-dist 6 declares Node ≥ 22.13 and uses two of its newer built-ins; Node 20 (the CLI and tests on
 * these machines) lacks them. Electron's own Node has both, so these only fill gaps, never replace.
 */
function polyfill(): void {
  if (!('withResolvers' in Promise)) {
    Object.defineProperty(Promise, 'withResolvers', {
      value: <T>() => {
        let resolve!: (v: T) => void;
        let reject!: (e: unknown) => void;
        const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
        return { promise, resolve, reject };
      },
    });
  }
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (!proto.transferToFixedLength) {
    Object.defineProperty(proto, 'transferToFixedLength', {
      value(this: ArrayBuffer, length = this.byteLength) {
        const copy = new ArrayBuffer(length);
        new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
        return copy;
      },
    });
  }
}

let loaded: Promise<{ pdfjs: PdfJs; assets: string }> | undefined;

/**
 * Mozilla PDF.js, loaded once per process for the import and the print preview, with its character maps
 * and standard fonts read from the package's own folders (never fetched: nianbao makes no network
 * request) and its worker run in this thread — the import already runs off the app's main thread.
 */
export function loadPdfJs(): Promise<{ pdfjs: PdfJs; assets: string }> {
  loaded ??= (async () => {
    polyfill();
    const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // The legacy build's core-js replaces Array.prototype.push, for every array of the process, with a
    // script that copes with arrays whose length cannot be written (V8 before 12.2 — Node 20's — gets
    // that edge wrong); no code here makes such arrays, and the script made reading a PDF a fifth slower.
    // The worker's half is loaded here too, so that it polyfills now and not at the first PDF.
    const push = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const workerSrc = pathToFileURL(join(assets, 'legacy/build/pdf.worker.mjs')).href;
    await import(workerSrc);
    Array.prototype.push = push;
    pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
    return { pdfjs, assets };
  })();
  return loaded;
}
