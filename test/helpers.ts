import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportFile } from '@shared/report/load';
import type { Report } from '@shared/report';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export const SAMPLE_PATH = fileURLToPath(new URL('../resources/sample/sample-report.nianbao', import.meta.url));

/** Loads a report file or fails the test with the loader's own messages. */
export function loadReport(path: string): Report {
  const result = parseReportFile(readFileSync(path, 'utf8'), { now: new Date('2026-11-23') });
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
