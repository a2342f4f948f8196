import type { PreviewPage } from '@shared/ipc/contract';
import { pdfjs, pdfjsData } from './pdfjs-node';

/** Pixels per PDF point: 96 dpi, so a page at 100 % is as large as on paper, and sharp up to ~150 % zoom. */
const SCALE = 96 / 72;
const PT_TO_PX = 96 / 72;

interface NodeCanvas {
  encode(format: 'png'): Promise<Buffer>;
}

/**
 * The PDF's pages as PNG images for the in-editor preview (PDF.js with @napi-rs/canvas). Each page's
 * encoding runs on a libuv thread while the next page is drawn.
 */
export async function previewPages(pdf: Uint8Array): Promise<PreviewPage[]> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    ...pdfjsData(),
  });
  try {
    const doc = await task.promise;
    const pages: Promise<PreviewPage>[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const size = page.getViewport({ scale: 1 });
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
        canvas.encode('png').then((png: Buffer) => ({
          image: `data:image/png;base64,${png.toString('base64')}`,
          width: size.width * PT_TO_PX,
          height: size.height * PT_TO_PX,
        })),
      );
    }
    return await Promise.all(pages);
  } finally {
    await task.destroy();
  }
}
