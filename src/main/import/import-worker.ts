import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceResult } from './diagnostics';
import { importTextOrHtml, readReportSource } from './read-source';
import type { ImportRequest, WorkerRequest } from './bounded-import';
import type { PoolReply, PoolTask } from './import-pool';

/**
 * The import worker's entry (built as out/main/import-worker.js): reads untrusted files or a paste off
 * the main thread. Whatever a reader throws becomes a refusal the clerk can read.
 */
async function run(request: ImportRequest): Promise<SourceResult> {
  try {
    return request.kind === 'file' ? await readReportSource(request.path) : importTextOrHtml(request.source);
  } catch {
    return {
      ok: false,
      errors: [
        { code: 'unreadable', message: '读取这个文件时出错：文件可能已损坏，或不是年度报告。原文件没有被改动。' },
      ],
    };
  }
}

/**
 * A read file and the SHA-256 of its bytes (the county's provenance). A .nianbao file's reader hashed the
 * bytes it parsed; another report is hashed here, streamed; a refused file is not read again.
 */
async function readHashed(path: string): Promise<Omit<PoolReply, 'index'>> {
  const result = await run({ kind: 'file', path });
  if (!result.ok) return { result, sha256: '', modified: 0 };
  const modified = await stat(path).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if ('hash' in result && typeof result.hash === 'string') return { result, sha256: result.hash, modified };
  const hash = createHash('sha256');
  const sha256 = await pipeline(createReadStream(path), hash).then(
    () => hash.digest('hex'),
    () => '',
  );
  return { result, sha256, modified };
}

const request = workerData as WorkerRequest;
if (request.kind === 'batch') {
  // One file at a time: the pool's deadline and this worker's memory cap are each file's own.
  parentPort?.on('message', (task: PoolTask) => {
    void readHashed(task.path).then((read) =>
      parentPort?.postMessage({ index: task.index, ...read } satisfies PoolReply),
    );
  });
} else {
  void run(request).then((result) => parentPort?.postMessage(result));
}
