import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';

/** The name nianbao gives the report data it attaches to every PDF it exports (see export/pdf.ts). */
export const ATTACHMENT_NAME = 'report.nianbao';

export type PdfData = { ok: true; text: string } | { ok: false; code: 'not-pdf' | 'no-data'; message: string };

function attachments(doc: PDFDocument): { name: string; spec: PDFDict }[] {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const out: { name: string; spec: PDFDict }[] = [];
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 16) return;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const key = pairs.lookup(i);
      const spec = pairs.lookup(i + 1);
      if ((key instanceof PDFString || key instanceof PDFHexString) && spec instanceof PDFDict)
        out.push({ name: key.decodeText(), spec });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), depth + 1);
  };
  walk(tree, 0);
  return out;
}

/**
 * The report data inside a PDF that nianbao exported: read back exactly as attached, so importing the PDF
 * loses nothing. Any other PDF is said to be one (with no data to recover from it yet).
 */
export async function readPdfData(bytes: Uint8Array): Promise<PdfData> {
  let stream: unknown;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    const found = attachments(doc).find((a) => a.name === ATTACHMENT_NAME);
    stream = found?.spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  } catch {
    // pdf-lib gives up on damaged files in many ways; for the clerk they are all one case.
    return { ok: false, code: 'not-pdf', message: '文件不是有效的 PDF，或已损坏。' };
  }
  if (!(stream instanceof PDFRawStream)) {
    return {
      ok: false,
      code: 'no-data',
      message: '这个 PDF 不是年报编辑器导出的（没有附带报告数据），无法无损导入。',
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(decodePDFRawStream(stream).decode()) };
}
