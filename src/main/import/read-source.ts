import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { LoadResult } from '@shared/report/load';
import { hashBytes, readReportFile } from '../files/read-report';
import type { ReadFs } from '../files/read-report';
import { docxText, OLE_MESSAGE } from './docx-text';
import { htmlText } from './html-text';
import { fromText } from './from-text';
import { readPdfReport } from './read-pdf';
import type { SourceResult } from './diagnostics';
import { IMPORT_INPUT_NAMES, OPENABLE_EXTENSIONS } from '@shared/import/inputs';

/** A report, even as a PDF, is a few hundred KB; far larger files are not read whole. */
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_HTML_CHARS = 15_000_000;

const fail = (code: 'unsupported' | 'too-large' | 'unreadable', message: string): LoadResult => ({
  ok: false,
  errors: [{ code: code === 'unsupported' ? 'invalid' : code, message }],
});

/**
 * A report from a file the clerk picked: a `.nianbao` file, a PDF that nianbao exported (its attached
 * data is read back exactly), a Word report, a saved web page, or text copied from a published report.
 */
export async function readReportSource(path: string): Promise<SourceResult> {
  return (await readHashedSource(path)).result;
}

/** A file read for the county: the report, the SHA-256 of its bytes and its modification time (ms). */
export interface HashedSource {
  result: SourceResult;
  /** '' when the file was refused. */
  sha256: string;
  /** 0 when the file was refused. */
  modified: number;
}

/**
 * The report read from a file, the SHA-256 of the bytes it was read from (the county's provenance),
 * hashed from the one read, and its modification time from the one stat. `fs` is how a `.nianbao` file
 * is read (the other kinds take far longer to read than to load).
 */
export async function readHashedSource(path: string, fs?: ReadFs): Promise<HashedSource> {
  const ext = extname(path).toLowerCase();
  if (ext === '.nianbao') {
    const result = await readReportFile(path, fs);
    return result.ok ? { result, sha256: result.hash, modified: result.modified } : { result, sha256: '', modified: 0 };
  }
  const refused = (result: SourceResult) => ({ result, sha256: '', modified: 0 });
  if (ext === '.doc' || ext === '.wps') return refused(fail('unsupported', OLE_MESSAGE));
  if (!OPENABLE_EXTENSIONS.includes(ext.slice(1))) {
    return refused(fail('unsupported', `只能导入 ${IMPORT_INPUT_NAMES}，不能导入“${ext || '无扩展名'}”文件。`));
  }
  let bytes: Buffer;
  let modified: number;
  try {
    const info = await stat(path);
    modified = info.mtimeMs;
    // A pipe or a device never ends (or blocks): only plain files are read.
    if (!info.isFile()) return refused(fail('unreadable', `“${path}”不是普通文件（是文件夹、管道或设备），无法导入。`));
    if (info.size > MAX_BYTES) return refused(fail('too-large', `“${path}”超过 50 MB，不是一份年度报告。`));
    bytes = await readFile(path);
  } catch (error) {
    return refused(fail('unreadable', `无法读取“${path}”（${(error as NodeJS.ErrnoException).code ?? ''}）。`));
  }
  const result = await readBytes(ext, bytes);
  return result.ok ? { result, sha256: hashBytes(bytes), modified } : refused(result);
}

/** A report from a file's bytes, read as its extension says. */
async function readBytes(ext: string, bytes: Buffer): Promise<SourceResult> {
  if (ext === '.txt' || ext === '.md' || ext === '.html' || ext === '.htm') {
    const plain = ext === '.txt' || ext === '.md';
    const text = decodeText(bytes, plain ? undefined : declaredCharset(bytes));
    if (text === undefined || text.includes('\u0000'))
      return fail('unreadable', '文件不是文本（既不是 UTF-8 也不是 GBK 编码）。');
    return importTextOrHtml(plain ? { text } : { html: text });
  }
  if (ext === '.docx') {
    const doc = docxText(bytes);
    return doc.ok ? fromText(doc.text, 'docx') : fail('unreadable', doc.message);
  }
  return readPdfReport(bytes);
}

/** A web page saved from a county portal is often GB2312 and says so in its <meta> tag. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return charset && /^(gb2312|gbk|gb18030|x-gbk)$/.test(charset) ? 'gb18030' : undefined;
}

/** Text saved on a Chinese Windows PC is often GBK: UTF-8 first, then GB18030 (a superset of GBK); UTF-16 by its mark. */
export function decodeText(bytes: Uint8Array, declared?: string): string | undefined {
  // Notepad's 「Unicode」 is UTF-16 with a byte-order mark.
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  const encodings = bom ? [bom] : declared ? [declared, 'utf-8'] : ['utf-8', 'gb18030'];
  for (const encoding of encodings) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}

/** Text or HTML the clerk pasted or saved from a web page: HTML's table rows become tab-separated lines. */
export function importTextOrHtml(source: { text: string } | { html: string }): SourceResult {
  if (!('html' in source)) return fromText(source.text, 'text');
  // A page's markup takes many times its size in memory once parsed; a report's page is well under this.
  if (source.html.length > MAX_HTML_CHARS)
    return fail(
      'too-large',
      '网页内容超过 1500 万字符，不像是一份年度报告。请在网页上只选中报告正文，复制后粘贴导入。',
    );
  return fromText(htmlText(source.html), 'html');
}
