import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parseReportFile } from '@shared/report/load';
import type { LoadErrorCode, LoadResult } from '@shared/report/load';

/** A report is a few hundred KB at most; anything far larger is not one and must not be read whole. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

function failure(code: LoadErrorCode, message: string): ReadResult {
  return { ok: false, errors: [{ code, message }] };
}

function fsErrorMessage(path: string, error: NodeJS.ErrnoException): ReadResult {
  switch (error.code) {
    case 'ENOENT':
      return failure('not-found', `找不到文件“${path}”，请检查路径，或文件是否已被移动、删除。`);
    case 'EACCES':
    case 'EPERM':
      return failure('no-access', `没有权限读取文件“${path}”，请检查文件权限，或它是否被其他程序占用。`);
    case 'EISDIR':
      return failure('is-folder', `“${path}”是文件夹，不是报告文件。`);
    default:
      return failure('unreadable', `无法读取文件“${path}”（${error.code ?? error.message}）。`);
  }
}

function tooLarge(path: string, size: number): ReadResult {
  const mb = (size / 1024 / 1024).toFixed(1);
  return failure(
    'too-large',
    `文件“${path}”有 ${mb} MB 以上，远大于任何年度报告（上限 20 MB），不是年报编辑器的报告文件。`,
  );
}

/** The file system calls a read makes. */
export interface ReadFs {
  stat(path: string): Promise<Stats>;
  open(path: string): Promise<{ read(into: Buffer): Promise<number>; close(): Promise<void> }>;
}

/** Node's promise API: each call a trip through libuv's thread pool, so the thread that asked never blocks. */
const PROMISE_FS: ReadFs = {
  stat: (path) => stat(path),
  open: async (path) => {
    const handle = await open(path, 'r');
    return {
      read: async (into) => (await handle.read(into, 0, into.length, null)).bytesRead,
      close: () => handle.close(),
    };
  },
};

/**
 * The same calls, blocking: for a worker thread that reads one file after another, where blocking costs
 * nothing and each of a county's thousands of files is spared five trips through the thread pool.
 */
export const BLOCKING_FS: ReadFs = {
  stat: (path) => Promise.resolve(statSync(path)),
  open: (path) => {
    const fd = openSync(path, 'r');
    return Promise.resolve({
      read: (into: Buffer) => Promise.resolve(readSync(fd, into, 0, into.length, null)),
      close: () => Promise.resolve(closeSync(fd)),
    });
  },
};

/**
 * The file's bytes, or undefined once it passes `cap`: a file that grows while it is read is not read whole.
 * The first read is sized by what stat said, so the county's thousand reports do not each zero a megabyte.
 */
async function readCapped(fs: ReadFs, path: string, cap: number, expected: number): Promise<Buffer | undefined> {
  const handle = await fs.open(path);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    let size = Math.min(cap, expected) + 1;
    for (;;) {
      // Only the bytes read are kept, so the buffer need not be zeroed.
      const chunk = Buffer.allocUnsafe(size);
      const bytesRead = await handle.read(chunk);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > cap) return undefined;
      chunks.push(chunk.subarray(0, bytesRead));
      size = 64 * 1024;
    }
  } finally {
    await handle.close();
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A loaded report, the hash of the bytes it came from (so a later outside change can be recognised) and
 * the file's modification time in ms (which of a unit's two versions the county takes), from the one stat.
 */
export type ReadResult = (LoadResult & { ok: false }) | (LoadResult & { ok: true; hash: string; modified: number });

/** Reads and validates a `.nianbao` file. Never modifies the file; every failure is a Chinese sentence. */
export async function readReportFile(path: string, fs: ReadFs = PROMISE_FS): Promise<ReadResult> {
  let bytes: Buffer;
  let modified: number;
  try {
    const info = await fs.stat(path);
    modified = info.mtimeMs;
    if (info.isDirectory()) return failure('is-folder', `“${path}”是文件夹，不是报告文件。`);
    // A pipe or a device would block the read forever or never end: only plain files are reports.
    if (!info.isFile()) return failure('unreadable', `“${path}”不是普通文件（是管道、设备或套接字），不是报告文件。`);
    if (info.size > MAX_REPORT_BYTES) return tooLarge(path, info.size);
    const read = await readCapped(fs, path, MAX_REPORT_BYTES, info.size);
    if (!read) return tooLarge(path, MAX_REPORT_BYTES + 1);
    bytes = read;
  } catch (error) {
    return fsErrorMessage(path, error as NodeJS.ErrnoException);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure(
      'not-utf8',
      `文件“${path}”不是 UTF-8 编码的文本，不是年报编辑器的报告文件（可能是 Word、压缩包或已损坏的文件）。`,
    );
  }
  const result = parseReportFile(text);
  return result.ok ? { ...result, hash: hashBytes(bytes), modified } : result;
}
