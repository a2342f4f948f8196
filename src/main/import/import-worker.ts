import { parentPort, workerData } from 'node:worker_threads';
import { evaluate } from '@shared/rules';
import { BLOCKING_FS } from '../files/read-report';
import type { SourceResult } from './diagnostics';
import { importTextOrHtml, readHashedSource, readReportSource } from './read-source';
import type { ImportRequest, WorkerRequest } from './bounded-import';
import type { PoolReady, PoolReply, PoolTask } from './import-pool';

const unreadable: SourceResult = {
  ok: false,
  errors: [{ code: 'unreadable', message: '读取这个文件时出错：文件可能已损坏，或不是年度报告。原文件没有被改动。' }],
};

/**
 * The import worker's entry (built as out/main/import-worker.js): reads untrusted files or a paste off
 * the main thread. Whatever a reader throws becomes a refusal the clerk can read.
 */
async function run(request: ImportRequest): Promise<SourceResult> {
  try {
    return request.kind === 'file' ? await readReportSource(request.path) : importTextOrHtml(request.source);
  } catch {
    return unreadable;
  }
}

const request = workerData as WorkerRequest;
if (request.kind === 'batch') {
  // One file at a time: the pool's deadline and this worker's memory cap are each file's own, and
  // blocking calls read it (nothing else waits on this thread).
  parentPort?.on('message', (task: PoolTask) => {
    void readHashedSource(task.path, BLOCKING_FS)
      .catch(() => ({ result: unreadable, sha256: '', modified: 0 }))
      .then((read) => {
        const findings = task.check && read.result.ok ? { findings: evaluate(read.result.report) } : {};
        parentPort?.postMessage({ index: task.index, ...read, ...findings } satisfies PoolReply);
      });
  });
  parentPort?.postMessage({ ready: true } satisfies PoolReady);
} else {
  void run(request).then((result) => parentPort?.postMessage(result));
}
