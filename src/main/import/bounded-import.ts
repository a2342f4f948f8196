import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceResult } from './diagnostics';

/**
 * Imports of untrusted files and pastes, each in its own worker thread with a deadline and a memory cap:
 * a hostile or broken file can neither freeze Electron's main thread nor exhaust its memory. A worker
 * that runs too long or too large is terminated and the clerk told why, in Chinese. The CLI uses the same.
 */

export type ImportRequest =
  { kind: 'file'; path: string } | { kind: 'paste'; source: { text: string } | { html: string } };
/** One request, or a worker that reads file after file sent as messages (src/main/import/import-pool.ts). */
export type WorkerRequest = ImportRequest | { kind: 'batch' };

export interface ImportLimits {
  /** Wall time for one import, from the worker's start. */
  timeoutMs: number;
  /** The worker's V8 heap (old generation); buffers (file bytes, inflated XML) are capped by the readers. */
  memoryMb: number;
}

/** A real report imports in well under a second and 100 MB; these leave room for a slow PC. */
export const IMPORT_LIMITS: ImportLimits = { timeoutMs: 15_000, memoryMb: 384 };

/**
 * The built worker (out/main/import-worker.js), found from the module running this code: out/main/index.js
 * or cli.js, a chunk in out/main/chunks/, the benchmarks' bundle in out/bench/, or the sources (tests).
 */
function workerPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const path of [join(dir, 'import-worker.js'), join(dir, 'out/main/import-worker.js')])
      if (existsSync(path)) return outsideAsar(path, existsSync);
    const up = dirname(dir);
    if (up === dir) throw new Error('import worker not built (run npm run build)');
    dir = up;
  }
}

/**
 * Packaged, main runs from resources/app.asar, which Electron's fs reads but a worker thread may not load
 * a script from; electron-builder.yml unpacks the worker and what it imports beside it, in app.asar.unpacked.
 */
export function outsideAsar(path: string, exists: (path: string) => boolean): string {
  const unpacked = path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== path && exists(unpacked) ? unpacked : path;
}

const refused = (message: string): SourceResult => ({ ok: false, errors: [{ code: 'unreadable', message }] });

/** The refusal of a file or paste that ran past its deadline. */
export const overTime = (limits: ImportLimits): SourceResult =>
  refused(
    `读取用时超过 ${Math.max(1, Math.round(limits.timeoutMs / 1000))} 秒，已停止：文件可能已损坏，或过于复杂，不像一份年度报告。原文件没有被改动。`,
  );

/** The refusal of a file or paste whose worker died: out of memory, or anything else. */
export const crashed = (limits: ImportLimits, error?: NodeJS.ErrnoException): SourceResult =>
  refused(
    error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `读取时所需内存超过 ${limits.memoryMb} MB，已停止：文件可能已损坏，或过于复杂，不像一份年度报告。原文件没有被改动。`
      : '读取这个文件时出错：文件可能已损坏，或不是年度报告。原文件没有被改动。',
  );

/** The refusal of a file no worker could be started for: the PC is out of threads or memory, the file is not at fault. */
export const noWorker = (): SourceResult =>
  refused('电脑的内存或线程不足，没有读取这个文件：请关闭其他程序后再试。原文件没有被改动。');

/** A worker with the memory cap; its console output is swallowed. */
export function startWorker(request: WorkerRequest, limits: ImportLimits): Worker {
  const worker = new Worker(workerPath(), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    // A library's console warnings must not mix into the CLI's --json output.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

export function runImport(request: ImportRequest, limits: ImportLimits = IMPORT_LIMITS): Promise<SourceResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: SourceResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const worker = startWorker(request, limits);
    const timer = setTimeout(() => settle(overTime(limits)), limits.timeoutMs);
    worker.once('message', (result: SourceResult) => settle(result));
    worker.once('error', (error: NodeJS.ErrnoException) => settle(crashed(limits, error)));
    worker.once('exit', () => settle(crashed(limits)));
  });
}

/** A file the clerk picked (打开, 从上一年报告新建, `nianbao import`). */
export const importFile = (path: string, limits?: ImportLimits) => runImport({ kind: 'file', path }, limits);

/** Text or HTML the clerk pasted. */
export const importPasted = (source: { text: string } | { html: string }, limits?: ImportLimits) =>
  runImport({ kind: 'paste', source }, limits);
