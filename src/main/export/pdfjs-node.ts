import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

/**
 * pdfjs-dist declares Node ≥ 22.13; Node 20 (this project's minimum, and the CLI's) lacks two built-ins it
 * calls. Electron 45's Node has both, so there the polyfills are never installed.
 */
function polyfill(): void {
  const promise = Promise as unknown as { withResolvers?: () => unknown };
  promise.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const p = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise: p, resolve, reject };
  };
  const buffer = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (n?: number) => ArrayBuffer };
  buffer.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

let loaded: Promise<PdfJs> | undefined;

/** PDF.js for Node, loaded once per process (its first import takes ~100–300 ms). */
export function pdfjs(): Promise<PdfJs> {
  polyfill();
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** The package's own CMaps and standard fonts as local folders: PDF.js never fetches anything. */
export function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps/'), standardFontDataUrl: join(root, 'standard_fonts/') };
}
