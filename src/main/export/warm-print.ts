import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentHtml } from '@shared/print';
import type { PrintDocument } from '@shared/print';

/**
 * What printed pages are for: a file gets its outline (bookmarks) and tags (structure for screen readers);
 * the preview only shows the pages, which lay out the same without them and print ~10–30 % faster.
 */
export type PdfPurpose = 'file' | 'preview';

/**
 * One print page of a browser engine (Electron's hidden window, or Chromium over its DevTools pipe). Scripts
 * stay disabled in it: the body is replaced through the DevTools protocol, not by running the page's JS.
 */
export interface PrintSurface {
  /** Loads the page from a local file and resolves once its fonts have loaded. */
  load(url: string): Promise<void>;
  /** Replaces the page's <body> element with this one. */
  setBody(html: string): Promise<void>;
  pdf(purpose: PdfPurpose): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface WarmPrinter {
  /**
   * Loads the print page with these styles and no report yet, so that its fonts load while the caller is
   * still reading the report: a render with the same styles then only replaces the body. A failure here
   * is not thrown: the next render meets it again, or loads the page afresh, and tells it.
   */
  prepare: (style: string) => Promise<void>;
  /** The report's pages as PDF, from the page kept open. */
  render: (doc: PrintDocument, purpose?: PdfPurpose) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

/**
 * Keeps ONE print page open with its fonts loaded (≈20 MB of Chinese fonts to read and parse) and
 * replaces only the report in it, so a second preview or export costs a layout and a print, not a page
 * load. The page is loaded again only when the styles change (another paper size or font folder).
 * Calls run one at a time: two renders interleaved on one page would print each other's report.
 */
export function warmPrinter(open: (folder: string) => Promise<PrintSurface>): WarmPrinter {
  let state: Promise<{ surface: PrintSurface; folder: string }> | undefined;
  let style: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const start = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
    return { surface: await open(folder), folder };
  };
  /** The page showing `doc`: its body replaced when the styles are those loaded, else loaded with them. */
  const show = async (doc: PrintDocument) => {
    state ??= start();
    const { surface, folder } = await state;
    try {
      if (doc.style === style) await surface.setBody(doc.body);
      else {
        const file = join(folder, 'report.html');
        await writeFile(file, documentHtml(doc));
        await surface.load(pathToFileURL(file).href);
        style = doc.style;
      }
      return surface;
    } catch (error) {
      style = undefined; // after a failure the page is loaded afresh, never trusted half-replaced
      throw error;
    }
  };
  const render = async (doc: PrintDocument, purpose: PdfPurpose) => {
    const surface = await show(doc);
    try {
      return await surface.pdf(purpose);
    } catch (error) {
      style = undefined;
      throw error;
    }
  };
  const enqueue = <T>(task: () => Promise<T>) => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    prepare: (printStyle) =>
      enqueue(() => show({ style: printStyle, title: '', body: '<body></body>' })).then(
        () => undefined,
        () => undefined,
      ),
    render: (doc, purpose = 'file') => enqueue(() => render(doc, purpose)),
    close: async () => {
      await queue;
      const current = state;
      state = undefined;
      style = undefined;
      if (!current) return;
      const { surface, folder } = await current;
      await surface.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
