import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a save makes; tests pass versions that fail half-way through a write. */
export interface WriteOps {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

const realOps: WriteOps = { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/** Errors Windows gives while antivirus or the indexer briefly holds a file: worth waiting out. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
const RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 800];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Temp files are named after their target so that a later start can find what a crash left behind. */
export function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}
export const TEMP_SUFFIX = '.nbtmp';

async function renameWithRetry(ops: WriteOps, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ops.rename(from, to);
      return;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !TRANSIENT.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await sleep(delay);
    }
  }
}

async function syncFolder(ops: WriteOps, dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await ops.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `path` with `data` so that a crash, power cut or full disk leaves either the old file or the
 * new one, never a mix: write a temp file in the same folder (same volume, so rename is atomic), fsync
 * it, rename over the target (retrying while Windows holds a lock), fsync the folder so the rename
 * itself survives a power cut. On any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, ops: WriteOps = realOps): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${tempPrefix(path)}${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await ops.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(ops, temp, path);
  } catch (error) {
    await ops.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(ops, dir);
}

/** Removes temp files a killed save left beside `path` (they are never a complete report on their own). */
export async function removeStaleTemps(path: string): Promise<number> {
  const prefix = tempPrefix(path);
  let names: string[];
  try {
    names = await fsp.readdir(dirname(path));
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => fsp.rm(join(dirname(path), n), { force: true })));
  return stale.length;
}
