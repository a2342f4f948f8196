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
 * itself survives a power cut. On any failure before the rename the temp file is removed and the target
 * is untouched. A symbolic link is followed (its target is replaced, the link stays a link) and the
 * target's permissions are kept. Returns the folder written to (a link's target's) and its sync failure,
 * if any: by then the file is saved.
 */
export async function replaceFile(
  path: string,
  data: string | Uint8Array,
  ops: WriteOps = realOps,
): Promise<{ folderSyncError?: NodeJS.ErrnoException; folder: string }> {
  const target = await fsp.realpath(path).catch(() => path);
  const mode = await fsp.stat(target).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  const dir = dirname(target);
  const temp = join(dir, `${tempPrefix(target)}${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await ops.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(ops, temp, target);
  } catch (error) {
    await ops.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  try {
    await syncFolder(ops, dir);
    return { folder: dir };
  } catch (error) {
    return { folderSyncError: error as NodeJS.ErrnoException, folder: dir };
  }
}

/** `replaceFile` for writers with no way to warn: a failed folder sync fails the write. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, ops: WriteOps = realOps): Promise<void> {
  const { folderSyncError } = await replaceFile(path, data, ops);
  if (folderSyncError) throw folderSyncError;
}

/** A temp file is another writer's while that process lives and the file is fresh: never delete it then. */
const STALE_MS = 10 * 60 * 1000;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files a killed save left beside `path` (they are never a complete report on their own).
 * A temp file names its writer's pid: one whose writer still runs (a second app instance, the CLI) and
 * which is younger than ten minutes is in flight and left alone.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  const target = await fsp.realpath(path).catch(() => path);
  const prefix = tempPrefix(target);
  const dir = dirname(target);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  const temps = names.filter((n) => n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX));
  let removed = 0;
  for (const name of temps) {
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    const age = await fsp.stat(join(dir, name)).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (Number.isInteger(pid) && pid > 0 && alive(pid) && age < STALE_MS) continue;
    await fsp.rm(join(dir, name), { force: true }).catch(() => undefined);
    removed++;
  }
  return removed;
}
