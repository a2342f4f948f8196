import type { PreviewPage } from '@shared/ipc/contract';
import { loadPdfJs } from '../import/pdfjs';

/** Pixels per PDF point: 96 dpi, so a page at 100 % is as large as on paper, and sharp up to ~150 % zoom. */
const SCALE = 96 / 72;
/**
 * JPEG, not PNG: a page encodes in ~15–50 ms instead of ~100–190 ms (measured in bench, three pages), and
 * at this quality black text on white shows no visible ringing at 100–150 %.
 */
const JPEG_QUALITY = 92;

interface NodeCanvas {
  encode(format: 'jpeg', quality: number): Promise<Buffer>;
}

/**
 * The PDF's pages as images for the in-editor preview (PDF.js with @napi-rs/canvas). Each page's
 * encoding runs on a libuv thread while the next page is drawn.
 */
export async function previewPages(pdf: Uint8Array): Promise<PreviewPage[]> {
  const { pdfjs, assets } = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: `${assets}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}/standard_fonts/`,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: Promise<PreviewPage>[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: SCALE });
      const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: unknown } };
      const { canvas, context } = factory.create(viewport.width, viewport.height) as {
        canvas: NodeCanvas;
        context: unknown;
      };
      // @napi-rs/canvas stands in for the DOM canvas the types name.
      const params = { canvasContext: context, canvas, viewport } as unknown as Parameters<typeof page.render>[0];
      await page.render(params).promise;
      page.cleanup();
      pages.push(
        canvas.encode('jpeg', JPEG_QUALITY).then((jpeg: Buffer) => ({
          image: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
          width: viewport.width,
          height: viewport.height,
        })),
      );
    }
    return await Promise.all(pages);
  } finally {
    await task.destroy();
  }
}
