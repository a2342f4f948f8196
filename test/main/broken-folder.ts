import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.getuid?.() === 0;

function mount(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether this machine can give a test real broken folders (root ignores permissions; it mounts instead). */
export const canBreakFolders = !root || probe();

function probe(): boolean {
  // Decided once per test file, on a throw-away mount point.
  const point = join(process.env.TMPDIR ?? '/tmp', `nianbao-mount-probe-${process.pid}`);
  execFileSync('mkdir', ['-p', point]);
  const ok = mount(['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', point]);
  if (ok) execFileSync('umount', [point]);
  return ok;
}

/**
 * Makes `folder` refuse writes for real, keeping the files `seed` puts in it first. As root (CI): a
 * tmpfs filled to its last byte (`full`, ENOSPC) or remounted read-only (`read-only`, EROFS). Otherwise
 * the folder loses its write permission (EACCES). Returns the undo.
 */
export async function breakFolder(
  folder: string,
  kind: 'full' | 'read-only',
  seed: (folder: string) => Promise<void> = () => Promise.resolve(),
): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  if (!root) {
    await seed(folder);
    await chmod(folder, 0o555);
    return () => chmod(folder, 0o755);
  }
  if (!mount(['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder])) throw new Error(`cannot mount a tmpfs at ${folder}`);
  await seed(folder);
  if (kind === 'read-only') mount(['-o', 'remount,ro', folder]);
  else await writeFile(join(folder, '.filler'), Buffer.alloc(512 * 1024)).catch(() => undefined);
  return () => Promise.resolve(void execFileSync('umount', ['-l', folder]));
}
