import { unzipSync } from 'fflate';
import { decodeEntities } from './entities';

/** A report's document.xml is well under a megabyte; anything claiming far more is refused unread (zip bombs). */
const MAX_XML_BYTES = 30 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const OLE_MESSAGE =
  '这个文件是设了密码的 Word 文档，或旧版 Word/WPS 格式（.doc/.wps）：请在 Word 或 WPS 中取消密码，或“另存为” .docx 后再导入。';

export type DocxText = { ok: true; text: string } | { ok: false; message: string };

/** A paragraph's text: its runs joined, tabs kept, line breaks inside a paragraph joined (titles wrap that way). */
function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g))
    text += m[1] !== undefined ? decodeEntities(m[1]) : '\t';
  return text;
}

/** One line per table row, cells separated by tabs; a vertically merged continuation cell is an empty cell. */
function tableLines(xml: string): string[] {
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)]
      .map((cell) =>
        [...cell[0].matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)]
          .map((p) => paragraphText(p[0]))
          .join('')
          .replace(/\t/g, ' '),
      )
      .join('\t'),
  );
}

/**
 * The text of a Word report in reading order, as the text importer reads dumps: paragraphs as lines, each
 * table row as a tab-separated line. Only document.xml is inflated, after checking its declared size.
 */
export function docxText(bytes: Uint8Array): DocxText {
  // An encrypted .docx, like an old .doc, is an OLE compound file rather than a zip.
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: OLE_MESSAGE };
  let xml: string;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_XML_BYTES,
    });
    const doc = files['word/document.xml'];
    if (!doc) return { ok: false, message: '这不是 Word 文档（.docx），或文档已损坏、加密，或大得不像一份年度报告。' };
    xml = new TextDecoder('utf-8').decode(doc);
  } catch {
    return {
      ok: false,
      message: '这不是有效的 Word 文档（.docx）：文件已损坏或被加密（加密的文档请先在 Word 中取消密码）。',
    };
  }
  const body = xml.slice(xml.indexOf('<w:body'), xml.lastIndexOf('</w:body>'));
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl[\s>][\s\S]*?<\/w:tbl>|<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    if (m[0].startsWith('<w:tbl')) lines.push(...tableLines(m[0]), '');
    else lines.push(paragraphText(m[0]));
  }
  return { ok: true, text: lines.join('\n') };
}
