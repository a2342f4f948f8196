import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { LoadedFile, SourceKind } from '@shared/county/assemble';
import { TEMP_SUFFIX } from '../files/atomic-write';
import { importFiles } from '../import/import-pool';
import { OPENABLE_EXTENSIONS } from '@shared/import/inputs';

/** Files of the county's own making in a workspace: never read as a unit's report. */
export const COUNTY_CONFIG = '.nianbao-county.json';
/** Written into every 集中公布包 folder, so a bundle inside the workspace is not read back as reports. */
export const BUNDLE_MARKER = '.nianbao-bundle';
const ROSTER_NAME = /^名单\.(csv|xlsx|txt)$/i;
/** Word's own old formats are reports too: read them to say why they cannot be used. */
const REPORT_EXTENSIONS = new Set([...OPENABLE_EXTENSIONS, 'doc', 'wps']);

export interface WorkspaceFiles {
  paths: string[];
  /** Files that are not reports at all (pictures, spreadsheets), listed so nothing is hidden. */
  ignored: { rel: string; reason: string }[];
}

export interface Progress {
  done: number;
  total: number;
  file: string;
}

/** Every report-like file under `folder`, in a stable order. Throws when the folder itself cannot be read. */
export async function listWorkspace(folder: string): Promise<WorkspaceFiles> {
  const paths: string[] = [];
  const ignored: WorkspaceFiles['ignored'] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (depth > 0 && entries.some((e) => e.name === BUNDLE_MARKER)) return;
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'zh'))) {
      if (e.name.startsWith('.') || e.name.startsWith('~$') || e.name.endsWith(TEMP_SUFFIX)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        // A folder a unit's mail attachment was saved into is read too; a broken subfolder is listed, not fatal.
        if (depth < 4)
          await walk(path, depth + 1).catch(() =>
            ignored.push({ rel: relative(folder, path), reason: '文件夹无法读取' }),
          );
        continue;
      }
      if (!e.isFile() || (depth === 0 && ROSTER_NAME.test(e.name))) continue;
      if (REPORT_EXTENSIONS.has(extname(e.name).slice(1).toLowerCase())) paths.push(path);
      else
        ignored.push({ rel: relative(folder, path), reason: '不是报告文件（只读取 .nianbao、PDF、Word、网页和文本）' });
    }
  };
  await walk(folder, 0);
  return { paths, ignored };
}

function kindOf(path: string): SourceKind {
  const ext = extname(path).toLowerCase();
  return ext === '.nianbao' ? 'nianbao' : ext === '.pdf' ? 'pdf' : 'import';
}

/**
 * Reads every file off the main thread, in the import pool's few workers (each file with its own deadline
 * and memory cap), so the window stays responsive and progress can be shown; with `check`, the workers
 * check each report with the rules as well. A broken file is a result with its reason, never an
 * exception; no file is ever written.
 */
export async function readFiles(
  folder: string,
  paths: readonly string[],
  options: { onProgress?: (p: Progress) => void; check?: boolean } = {},
): Promise<LoadedFile[]> {
  let done = 0;
  const { reads } = await importFiles(paths, {
    check: options.check === true,
    onRead: (i) => options.onProgress?.({ done: ++done, total: paths.length, file: relative(folder, paths[i] ?? '') }),
  });
  return reads.map(({ result, sha256, modified, findings }, i) => {
    const path = paths[i] ?? '';
    return {
      rel: relative(folder, path),
      sha256,
      kind: kindOf(path),
      result,
      ...(modified ? { modified } : {}),
      ...(findings ? { findings } : {}),
    };
  });
}
