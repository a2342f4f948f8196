import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The app's resources folder (fonts, the sample), found upwards from the running code: the CLI runs
 * from out/main, tests from src/main, the packaged app from its resources.
 */
export function findResources(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'fonts'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error('找不到年报编辑器的资源文件夹（resources）。');
  }
}
