import { join } from 'node:path';
import type { Report } from '@shared/report';

/** Where reports live unless the clerk chooses otherwise: 文档/年报. */
export function defaultReportFolder(documents: string): string {
  return join(documents, '年报');
}

/** ext4, NTFS (in UTF-16 units, never more than UTF-8 bytes) and APFS all stop a name at 255. */
const MAX_NAME_BYTES = 255;
/** Names Windows keeps for devices, whatever extension follows them (`CON.pdf` opens the console). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const FORBIDDEN = new Set('<>:"/\\|?*');

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const trimEnd = (text: string) => text.replace(/[. ]+$/u, '');

/**
 * A file name every file system the clerk may save to accepts: no control or forbidden characters, no
 * trailing dot or space (Windows drops them, so the file would not be found under the name it was
 * given), no device name, and at most 255 bytes with `suffix` and `.extension` kept whole. The base is
 * shortened by whole characters, never inside one.
 */
export function fitFileName(
  base: string,
  extension: string,
  suffix = '',
  fallback = '政府信息公开工作年度报告',
): string {
  const clean = (text: string) =>
    [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !FORBIDDEN.has(ch)).join('');
  const tail = `${clean(suffix)}.${clean(extension)}`;
  const chars = [...trimEnd(clean(base).trim())];
  while (chars.length > 0 && utf8Bytes(chars.join('') + tail) > MAX_NAME_BYTES) chars.pop();
  let stem = trimEnd(chars.join('')) || fallback;
  // Windows reads the part before the first dot (spaces ignored) as the device: mark that part.
  if (RESERVED.test((stem.split('.')[0] ?? '').trim())) stem = stem.replace(/^[^.]*/u, (device) => `${device}_`);
  return `${stem}${tail}`;
}

/** 「某镇人民政府2025年政府信息公开工作年度报告」, fitted to the file system; `variant` 2 adds （2）. */
export function suggestedFileName(report: Report, extension: string, variant?: number): string {
  return fitFileName(
    `${report.unit.name}${report.year}年政府信息公开工作年度报告`,
    extension,
    variant ? `（${variant}）` : '',
  );
}
