import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportFile } from '@shared/report/load';
import type { LoadResult } from '@shared/report/load';
import type { Report } from '@shared/report';

/** The project folder, found from this file upwards so the benchmarks' bundled copy finds it too. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'electron.vite.config.ts'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('project folder not found');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();

export function fixturePath(name: string): string {
  return join(ROOT, 'test/fixtures', name);
}

export const SAMPLE_PATH = join(ROOT, 'resources/sample/sample-report.nianbao');

/** Loads a report file or fails the test with the loader's own messages. */
export function loadReport(path: string): Report {
  return reportOf(parseReportFile(readFileSync(path, 'utf8')));
}

/** The report a load or an import produced, or the test fails with its messages. */
export function reportOf(result: LoadResult): Report {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.report;
}

/** A deep copy that a test may change freely. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A fresh temp folder holding a copy of the sample report, as every file test starts. */
export async function tempSampleCopy(
  prefix: string,
  name = '示例镇2025.nianbao',
): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), `nianbao-${prefix}-`));
  const path = join(dir, name);
  await copyFile(SAMPLE_PATH, path);
  return { dir, path };
}

/** Runs the built CLI in `cwd` the way a user does, through its bin script. */
export function runCli(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
