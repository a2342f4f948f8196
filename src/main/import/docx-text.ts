import { SaxesParser } from 'saxes';
import { readZipEntry } from './zip-entry';

/** A report's document.xml is well under a megabyte; anything claiming far more is refused unread (zip bombs). */
const MAX_XML_BYTES = 30 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const OLE_MESSAGE =
  '这个文件是设了密码的 Word 文档，或旧版 Word/WPS 格式（.doc/.wps）：请在 Word 或 WPS 中取消密码，或“另存为” .docx 后再导入。';

const MESSAGES = {
  'not-zip': '这不是有效的 Word 文档（.docx）：文件已损坏或被加密（加密的文档请先在 Word 中取消密码）。',
  missing: '这不是 Word 文档（.docx）：文件里没有 Word 的正文（word/document.xml）。',
  'too-large': '这个 Word 文档的正文大得不像一份年度报告（超过 30 MB），没有读取。',
  damaged:
    '这个 Word 文档已损坏：正文（word/document.xml）不完整或与文件记录的大小、校验码不符，读出的内容会缺失。请在 Word 或 WPS 中打开并“另存为” .docx 后再导入。',
  'bad-xml':
    '这个 Word 文档的正文（word/document.xml）不是完整的 XML，已损坏。请在 Word 或 WPS 中打开并“另存为” .docx 后再导入。',
} as const;

export type DocxText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Which tables, by the order they open, hold another table: layout (a web page opened in Word or
 * LibreOffice keeps the portal's layout tables around the report's own). Their cells are read as
 * paragraphs, as the HTML reader reads a page's layout tables.
 */
function layoutTables(xml: string): Set<number> {
  const layout = new Set<number>();
  const open: number[] = [];
  let count = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'w:tbl') return;
    const outer = open.at(-1);
    if (outer !== undefined) layout.add(outer);
    open.push(count++);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:tbl') open.pop();
  });
  parser.write(xml).close();
  return layout;
}

/**
 * The body's text in reading order: paragraphs as lines, each row of a data table as one line with its
 * cells separated by tabs. Read with a streaming XML parser (saxes): linear in the file, strict about
 * well-formedness, so a damaged body is refused instead of read in part.
 */
function bodyLines(xml: string): string[] {
  const layout = layoutTables(xml);
  const lines: string[] = [];
  // Where the parser is: inside the body, a run's text, a paragraph (textboxes nest them), a data table's row.
  let inBody = false;
  let inText = 0;
  let inRun = 0;
  let paragraphs = 0;
  // Word writes a textbox twice (mc:Choice and the older mc:Fallback); the fallback copy is not read.
  let fallback = 0;
  // The tables open, by their order, and whether each is a data table; a data table holds no table.
  let tableCount = 0;
  const open: boolean[] = [];
  const inData = () => open.at(-1) === true;
  let row: string[] | undefined;
  let text = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (name === 'w:body') inBody = true;
    if (!inBody) return;
    if (name === 'mc:Fallback') fallback++;
    else if (name === 'w:t') inText++;
    else if (name === 'w:r') inRun++;
    else if (name === 'w:tab' && inRun > 0 && fallback === 0) text += '\t';
    else if (name === 'w:p') paragraphs++;
    else if (name === 'w:tbl' && paragraphs === 0) open.push(!layout.has(tableCount++));
    else if (name === 'w:tr' && paragraphs === 0 && inData()) row = [];
  });
  parser.on('text', (t) => {
    if (inText > 0 && fallback === 0) text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (name === 'w:body') inBody = false;
    if (!inBody) return;
    if (name === 'mc:Fallback') fallback--;
    else if (name === 'w:t') inText--;
    else if (name === 'w:r') inRun--;
    else if (name === 'w:p' && --paragraphs === 0 && !inData()) {
      lines.push(text);
      text = '';
    } else if (name === 'w:tc' && paragraphs === 0 && inData()) {
      // A cell's paragraphs are joined on one line; a vertically merged continuation cell is an empty cell.
      row?.push(text.replace(/\t/g, ' '));
      text = '';
    } else if (name === 'w:tr' && paragraphs === 0 && inData()) {
      if (row) lines.push(row.join('\t'));
      row = undefined;
    } else if (name === 'w:tbl' && paragraphs === 0) {
      if (open.pop()) lines.push('');
    }
  });
  parser.write(xml).close();
  return lines;
}

/**
 * The text of a Word report in reading order, as the text importer reads dumps: paragraphs as lines, each
 * table row as a tab-separated line. Only document.xml is inflated, up to its declared size and checked.
 */
export function docxText(bytes: Uint8Array): DocxText {
  // An encrypted .docx, like an old .doc, is an OLE compound file rather than a zip.
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, message: OLE_MESSAGE };
  const doc = readZipEntry(bytes, 'word/document.xml', MAX_XML_BYTES);
  if (!doc.ok) return { ok: false, message: MESSAGES[doc.reason] };
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(doc.data);
  } catch {
    return { ok: false, message: MESSAGES['bad-xml'] };
  }
  try {
    return { ok: true, text: bodyLines(xml).join('\n') };
  } catch {
    // saxes throws at the first well-formedness error (an unclosed paragraph, a reference outside Unicode).
    return { ok: false, message: MESSAGES['bad-xml'] };
  }
}
