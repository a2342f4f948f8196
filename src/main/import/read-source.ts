import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { LoadResult } from '@shared/report/load';
import { parseReportFile } from '@shared/report/load';
import { readReportFile } from '../files/read-report';
import { readPdfData } from './pdf-data';

/** A PDF of a report is a few hundred KB; far larger ones are not read whole. */
const MAX_PDF_BYTES = 50 * 1024 * 1024;

const fail = (code: 'unsupported' | 'too-large' | 'unreadable', message: string): LoadResult => ({
  ok: false,
  errors: [{ code: code === 'unsupported' ? 'invalid' : code, message }],
});

/**
 * A report from a file the clerk picked: a `.nianbao` file, or a PDF that nianbao exported (its attached
 * data is read back exactly). Word, text and web pages are the import issue's remaining work.
 */
export async function readReportSource(path: string): Promise<LoadResult> {
  const ext = extname(path).toLowerCase();
  if (ext === '.nianbao') return readReportFile(path);
  if (ext !== '.pdf')
    return fail(
      'unsupported',
      `暂时只能导入 .nianbao 报告文件和年报编辑器导出的 PDF，不能导入“${ext || '无扩展名'}”文件。`,
    );
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_PDF_BYTES)
      return fail('too-large', `“${path}”超过 50 MB，不是一份年度报告的 PDF。`);
    bytes = await readFile(path);
  } catch (error) {
    return fail('unreadable', `无法读取“${path}”（${(error as NodeJS.ErrnoException).code ?? ''}）。`);
  }
  const data = await readPdfData(bytes);
  if (!data.ok) return fail('unreadable', data.message);
  return parseReportFile(data.text);
}
