import { Unzlib } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { sealProblem } from '../export/attachment-seal';

/** The name nianbao gives the report data it attaches to every PDF it exports (see export/pdf.ts). */
export const ATTACHMENT_NAME = 'report.nianbao';

/** A report's data is a few dozen KB; an attachment inflating past this is not one (a PDF "zip bomb"). */
const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
/** A names tree of a real PDF has a handful of nodes; a tree that loops or fans out is cut off here. */
const MAX_TREE_VISITS = 1000;

export type PdfData =
  { ok: true; text: string } | { ok: false; code: 'not-pdf' | 'no-data' | 'bad-data'; message: string };

const BAD_DATA = '这个 PDF 附带的报告数据已损坏，无法读取。';

function attachments(doc: PDFDocument): { name: string; spec: PDFDict }[] {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const out: { name: string; spec: PDFDict }[] = [];
  // Bounded by visits, not depth: a node whose Kids name itself ten times is a walk of 10^16 steps by depth.
  const seen = new Set<PDFDict>();
  const queue = tree ? [tree] : [];
  while (queue.length > 0 && seen.size < MAX_TREE_VISITS) {
    const node = queue.shift();
    if (!node || seen.has(node)) continue;
    seen.add(node);
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const key = pairs.lookup(i);
      const spec = pairs.lookup(i + 1);
      if ((key instanceof PDFString || key instanceof PDFHexString) && spec instanceof PDFDict)
        out.push({ name: key.decodeText(), spec });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict && !seen.has(kid)) queue.push(kid);
    }
  }
  return out;
}

/** The attachment's bytes, inflated only up to the cap; anything but Flate (or no filter) is refused. */
function attachmentBytes(stream: PDFRawStream): Uint8Array | string {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters.length === 0) return stream.contents.length <= MAX_ATTACHMENT_BYTES ? stream.contents : BAD_DATA;
  if (filters.length > 1 || !(filters[0] instanceof PDFName) || filters[0].asString() !== '/FlateDecode')
    return '这个 PDF 附带的报告数据用了年报编辑器不使用的压缩方式，无法读取（文件可能被其他软件改动过）。';
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_ATTACHMENT_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    // Fed in slices so that a bomb is stopped after a slice, not after it has inflated whole.
    const data = stream.contents;
    for (let at = 0; at < data.length && !tooLarge; at += 16 * 1024)
      inflate.push(data.subarray(at, at + 16 * 1024), at + 16 * 1024 >= data.length);
  } catch {
    return BAD_DATA;
  }
  if (tooLarge) return '这个 PDF 附带的数据大得不像一份年度报告（可能是恶意文件），没有读取。';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The report data inside a PDF that nianbao exported, exactly as attached (read-pdf.ts checks it against
 * the printed pages). Any other PDF is said to have none.
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
  if (!(stream instanceof PDFRawStream))
    return { ok: false, code: 'no-data', message: '这个 PDF 不是年报编辑器导出的（没有附带报告数据）。' };
  const data = attachmentBytes(stream);
  if (typeof data === 'string') return { ok: false, code: 'bad-data', message: data };
  const broken = sealProblem(stream, data);
  if (broken) return { ok: false, code: 'bad-data', message: broken };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return { ok: false, code: 'bad-data', message: BAD_DATA };
  }
}
