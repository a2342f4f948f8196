import { execFileSync } from 'node:child_process';

/**
 * CLI and renderer tests run the built output: build once so they never test a stale `out/`.
 * `.ci/run` builds just before and sets NIANBAO_BUILT=1 to skip the second build.
 */
export default function setup(): void {
  if (process.env.NIANBAO_BUILT === '1') return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
}
