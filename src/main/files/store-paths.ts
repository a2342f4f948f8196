import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * A short, stable folder name for a report's path. Windows paths compare case-insensitively, so two
 * spellings of one file share their backups.
 */
export function pathKey(path: string): string {
  const normal = process.platform === 'win32' ? resolve(path).toLowerCase() : resolve(path);
  return createHash('sha256').update(normal).digest('hex').slice(0, 16);
}

export function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}
