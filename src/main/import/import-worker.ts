import { parentPort, workerData } from 'node:worker_threads';
import type { SourceResult } from './diagnostics';
import { importTextOrHtml, readReportSource } from './read-source';
import type { ImportRequest } from './bounded-import';

/**
 * The import worker's entry (built as out/main/import-worker.js): reads one untrusted file or paste off
 * the main thread and posts the result once. Whatever a reader throws becomes a refusal the clerk can read.
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

void run(workerData as ImportRequest).then((result) => parentPort?.postMessage(result));
