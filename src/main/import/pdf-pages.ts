import type { PageGeometry, PageRule, PageText } from '@shared/import/page-geometry';
import { loadPdfJs } from './pdfjs';

/** A report runs to a few pages (the Huai'an report has 6); a PDF far longer is some other document. */
export const MAX_PDF_PAGES = 40;
/** Images are never needed for the text layer: larger ones are not even decoded (scans, photos). */
const MAX_IMAGE_PIXELS = 1 << 20;

export type PdfPages =
  | { ok: true; pages: PageGeometry[] }
  | { ok: false; code: 'encrypted' | 'not-pdf' | 'too-long' | 'image'; message: string };

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * The straight horizontal and vertical edges of the paths a page paints (stroked borders, thin filled
 * rectangles that some producers draw borders with, the edges of filled header backgrounds), in page
 * space. Clipping paths are not painted and are left out; so are shapes as large as the page itself
 * (a page's white background).
 */
function rulesOf(
  ops: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  area: number,
): { rules: PageRule[]; images: number } {
  const painting = new Set(
    ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke']
      .map((name) => OPS[name])
      .filter((op) => op !== undefined),
  );
  const imageOps = new Set(
    ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat']
      .map((name) => OPS[name])
      .filter((op) => op !== undefined),
  );
  const fills = new Set([OPS.fill, OPS.eoFill]);
  const rules: PageRule[] = [];
  const stack: { ctm: Matrix; fill: unknown }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  // WPS paints a white box behind every line of some paragraphs: white fills draw no line.
  let fill: unknown = '#000000';
  let images = 0;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push({ ctm, fill });
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ({ ctm, fill } = stack.pop() ?? { ctm, fill });
    if (fn === OPS.setFillRGBColor) fill = args?.[0];
    if (fn === OPS.setFillTransparent) fill = 'transparent';
    if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    if (imageOps.has(fn)) images++;
    if (fn !== OPS.constructPath || !args || !painting.has(args[0] as number)) return;
    if (fills.has(args[0] as number) && (fill === 'transparent' || /^#f[ef]f[ef]f[ef]$/i.test(String(fill)))) return;
    const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    const box = args[2] as ArrayLike<number> | undefined;
    if (!data || (box && Math.abs(((box[2] ?? 0) - (box[0] ?? 0)) * ((box[3] ?? 0) - (box[1] ?? 0))) > area / 3))
      return;
    const point = (x: number, y: number): [number, number] => [
      ctm[0] * x + ctm[2] * y + ctm[4],
      ctm[1] * x + ctm[3] * y + ctm[5],
    ];
    let start: [number, number] | undefined;
    let last: [number, number] | undefined;
    const edge = (to: [number, number]) => {
      if (last) rules.push({ x1: last[0], y1: last[1], x2: to[0], y2: to[1] });
      last = to;
    };
    // The path data PDF.js hands over: an operator (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo,
    // 4 closePath) followed by its coordinates.
    for (let k = 0; k < data.length;) {
      const op = data[k++];
      if (op === 0) last = start = point(data[k++] ?? 0, data[k++] ?? 0);
      else if (op === 1) edge(point(data[k++] ?? 0, data[k++] ?? 0));
      else if (op === 2) last = point(data[(k += 6) - 2] ?? 0, data[k - 1] ?? 0);
      else if (op === 3) last = point(data[(k += 4) - 2] ?? 0, data[k - 1] ?? 0);
      else if (op === 4 && start) edge(start);
      else break;
    }
  });
  return { rules, images };
}

/**
 * Whether any line of the page has runs far apart (table columns). Only such pages need their drawing
 * read for ruling lines, which costs as much as the text itself: pages of running text skip it (a page
 * with no text is read for its images, to tell a scan).
 */
function hasColumns(texts: readonly PageText[]): boolean {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  return sorted.some((t, i) => {
    const next = sorted[i + 1];
    return next !== undefined && Math.abs(next.y - t.y) < t.size / 3 && next.x - (t.x + t.width) > 1.5 * t.size;
  });
}

/**
 * Every page's text runs and ruling lines, read with Mozilla PDF.js. Scripts in the PDF are never run
 * (PDF.js 6 has no scripting here and no longer compiles fonts with eval, so the old
 * `isEvalSupported` switch is gone); nothing is fetched.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPages> {
  const { pdfjs, assets } = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    cMapUrl: `${assets}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}/standard_fonts/`,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException')
      return {
        ok: false,
        code: 'encrypted',
        message: '这个 PDF 设了打开密码，无法读取。请在 PDF 阅读器中取消密码（或另存一份不加密的 PDF）后再导入。',
      };
    return { ok: false, code: 'not-pdf', message: '文件不是有效的 PDF，或已损坏。' };
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        code: 'too-long',
        message: `这个 PDF 有 ${doc.numPages} 页，一份年度报告通常不超过 20 页，它可能不是政府信息公开工作年度报告。如报告只是其中几页，请先把这几页另存为一个 PDF。`,
      };
    const pages: PageGeometry[] = [];
    let images = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // The page as a viewer shows it, from its top left: PDF printers write a landscape page as a portrait
      // one with its content turned and /Rotate to turn it back, so its text runs up the page in PDF space.
      const viewport = page.getViewport({ scale: 1 });
      const view = viewport.transform as Matrix;
      const { width, height } = viewport;
      const content = await page.getTextContent();
      const texts: PageText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c, d, x, y] = multiply(view, item.transform as Matrix);
        texts.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      const drawn =
        texts.length === 0 || hasColumns(texts)
          ? rulesOf(await page.getOperatorList(), pdfjs.OPS, width * height)
          : { rules: [], images: 0 };
      images += drawn.images;
      const shown = (x: number, y: number) => [
        view[0] * x + view[2] * y + view[4],
        view[1] * x + view[3] * y + view[5],
      ];
      const rules = drawn.rules.map((r) => {
        const [x1 = 0, y1 = 0] = shown(r.x1, r.y1);
        const [x2 = 0, y2 = 0] = shown(r.x2, r.y2);
        return { x1, y1, x2, y2 };
      });
      pages.push({ width, height, texts, rules });
      page.cleanup();
    }
    const characters = pages.reduce((sum, p) => sum + p.texts.reduce((s, t) => s + t.text.trim().length, 0), 0);
    if (characters < 20)
      return {
        ok: false,
        code: 'image',
        message:
          images > 0
            ? '这个 PDF 是扫描或拍照得到的图片，没有文字层，无法读出其中的文字和数字。请对照原件在编辑器中录入，或先用 WPS、Word 等软件把它转换为文字后再导入。'
            : '这个 PDF 中没有可读的文字，无法导入。',
      };
    return { ok: true, pages };
  } finally {
    await task.destroy();
  }
}
