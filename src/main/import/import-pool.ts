import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SourceResult } from './diagnostics';
import { crashed, IMPORT_LIMITS, noWorker, overTime, startWorker } from './bounded-import';
import type { ImportLimits } from './bounded-import';
import type { HashedSource } from './read-source';
import type { Finding } from '@shared/rules';

/** main → a batch worker: read this file (and check its report). */
export interface PoolTask {
  index: number;
  path: string;
  check: boolean;
}
/** A batch worker → main: the file read, with the SHA-256 of its bytes and its modification time. */
export interface PoolReply extends HashedSource {
  index: number;
  /** The report's findings (evaluate), when the task asked for them and the file was readable. */
  findings?: Finding[];
}

/**
 * A batch worker → main, once, when its modules are loaded and it listens: its start (a second or more on
 * a busy PC) is not charged to the deadline of the first file it was given.
 */
export interface PoolReady {
  ready: true;
}

export interface PoolOptions {
  limits?: ImportLimits;
  /** Worker threads at once (default: one per core, 1 to 4). */
  workers?: number;
  /**
   * Check each readable report with the rules in its worker too: a county's checks then run on every
   * core while the files are read, instead of on the main thread after.
   */
  check?: boolean;
  /** Called as each file is done, in the order they finish. */
  onRead?: (index: number) => void;
}

export interface PoolRun {
  /** One per path, in the paths' order. */
  reads: Omit<PoolReply, 'index'>[];
  /** Workers started: the lanes, plus one for each file that ran past its deadline or its memory. */
  workersStarted: number;
}

/**
 * One per core: while the files are read the main thread mostly waits for them (a county's checks come
 * after), so a core left to it would sit idle.
 */
const defaultWorkers = () => Math.min(4, Math.max(1, availableParallelism()));

/**
 * Many untrusted files (a county's workspace) read in a few long-lived workers rather than one each: a
 * thousand worker starts would cost more than the reading. Each worker reads one file at a time, so the
 * deadline and the memory cap still hold for each file: a worker past either is ended, that one file is
 * refused with the reason, and a fresh worker takes the files that remain.
 */
export function importFiles(paths: readonly string[], options: PoolOptions = {}): Promise<PoolRun> {
  const limits = options.limits ?? IMPORT_LIMITS;
  const reads = new Array<PoolRun['reads'][number]>(paths.length);
  const running = new Set<Worker>();
  let next = 0;
  let done = 0;
  let workersStarted = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    // A throw inside a worker's event handler would be uncaught and leave the run waiting forever.
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of running) void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const finish = (index: number, read: PoolRun['reads'][number]) => {
      reads[index] = read;
      options.onRead?.(index);
      if (++done === paths.length) resolve({ reads, workersStarted });
    };
    const lane = () => {
      if (failed || next >= paths.length) return;
      let worker: Worker;
      try {
        worker = startWorker({ kind: 'batch' }, limits);
      } catch {
        // No worker can be started (threads or memory exhausted): the files left are refused, not waited for.
        while (next < paths.length) finish(next++, { result: noWorker(), sha256: '', modified: 0 });
        return;
      }
      running.add(worker);
      workersStarted++;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let ended = false;
      const end = (refusal?: SourceResult) => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        running.delete(worker);
        void worker.terminate();
        if (refusal && current >= 0) finish(current, { result: refusal, sha256: '', modified: 0 });
        lane();
      };
      // The worker's start and then each file have a deadline of their own.
      const startClock = () => {
        clearTimeout(timer);
        timer = setTimeout(() => guard(() => end(overTime(limits))), limits.timeoutMs);
      };
      const feed = () => {
        if (next >= paths.length) return end();
        current = next++;
        startClock();
        worker.postMessage({
          index: current,
          path: paths[current] ?? '',
          check: options.check === true,
        } satisfies PoolTask);
      };
      const guard = (handle: () => void) => {
        try {
          handle();
        } catch (error) {
          fail(error);
        }
      };
      worker.on('message', (reply: PoolReply | PoolReady) =>
        guard(() => {
          if ('ready' in reply) return startClock();
          clearTimeout(timer);
          current = -1;
          const { index, ...read } = reply;
          finish(index, read);
          feed();
        }),
      );
      worker.once('error', (error: NodeJS.ErrnoException) => guard(() => end(crashed(limits, error))));
      worker.once('exit', () => guard(() => end(crashed(limits))));
      guard(feed);
    };
    if (paths.length === 0) resolve({ reads, workersStarted });
    for (let i = 0; i < Math.min(options.workers ?? defaultWorkers(), paths.length); i++) lane();
  });
}
