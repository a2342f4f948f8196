import { createHash } from 'node:crypto';
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';

/**
 * The report data nianbao attaches to its PDFs carries the standard checksum of an embedded file (PDF
 * 32000-1 §7.11.4: /Params /CheckSum, the MD5 of the uncompressed bytes, beside /Size). It catches an
 * attachment damaged or edited after export, even where the pages show no cell that it changed; it is
 * no signature (anyone can recompute it), so the printed pages stay the judge of the numbers.
 */

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** Seals every embedded file of `doc` (nianbao's PDFs have one: the report); call after `doc.flush()`. */
export function sealAttachments(doc: PDFDocument, bytes: Uint8Array): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Type')) !== PDFName.of('EmbeddedFile'))
      continue;
    const params = object.dict.lookupMaybe(PDFName.of('Params'), PDFDict) ?? doc.context.obj({});
    params.set(PDFName.of('CheckSum'), PDFHexString.of(md5(bytes)));
    object.dict.set(PDFName.of('Params'), params);
  }
}

/** Why the attachment's bytes are not what was sealed, or undefined (also when it carries no seal). */
export function sealProblem(stream: PDFRawStream, bytes: Uint8Array): string | undefined {
  const params = stream.dict.lookupMaybe(PDFName.of('Params'), PDFDict);
  const size = params?.lookup(PDFName.of('Size'));
  const sum = params?.lookup(PDFName.of('CheckSum'));
  const damaged = '这个 PDF 附带的报告数据与导出时记下的';
  if (size instanceof PDFNumber && size.asNumber() !== bytes.length)
    return `${damaged}大小不符（导出后被改动过或已损坏）。`;
  if (sum instanceof PDFHexString || sum instanceof PDFString) {
    const sealed = Buffer.from(sum.asBytes()).toString('hex');
    if (sealed !== md5(bytes)) return `${damaged}校验和不符（导出后被改动过或已损坏）。`;
  }
  return undefined;
}
