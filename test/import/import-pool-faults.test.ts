import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as BoundedImport from '../../src/main/import/bounded-import';
import type { PoolRun } from '../../src/main/import/import-pool';
import { fixturePath } from '../helpers';

// Fault injection around the real startWorker: from the chosen start on, it throws as Node does when no
// thread can be created (ERR_WORKER_INIT_FAILED).
const starts = vi.hoisted(() => ({ count: 0, failFrom: Infinity }));
vi.mock('../../src/main/import/bounded-import', async (original) => {
  const real = await original<typeof BoundedImport>();
  return {
    ...real,
    startWorker: (...args: Parameters<typeof real.startWorker>) => {
      if (++starts.count >= starts.failFrom) {
        throw Object.assign(new Error('no thread'), { code: 'ERR_WORKER_INIT_FAILED' });
      }
      return real.startWorker(...args);
    },
  };
});
const { importFiles } = await import('../../src/main/import/import-pool');

const message = (read: PoolRun['reads'][number] | undefined) =>
  read && !read.result.ok ? read.result.errors[0]?.message : 'read';

/** A county run always ends: a worker that cannot start, or a caller's callback that throws, never leaves it waiting. */
describe('the import pool when things go wrong', () => {
  const good = fixturePath('xiaojihan-2021.nianbao');

  it('keeps what was read and refuses the files left when no fresh worker can be started', async () => {
    const heavy = join(await mkdtemp(join(tmpdir(), 'nianbao-pool-faults-')), 'heavy.html');
    await writeFile(heavy, `<html><body>${'<div><p>本镇坚持以公开为常态</p></div>'.repeat(200_000)}</body></html>`);
    starts.count = 0;
    starts.failFrom = 2;
    // The heavy page ends the first worker; the start of the worker that would take the rest throws.
    const run = await importFiles([good, heavy, good, good], {
      workers: 1,
      limits: { timeoutMs: 60_000, memoryMb: 24 },
    });
    expect(run.reads.map((r) => r.result.ok)).toEqual([true, false, false, false]);
    expect(message(run.reads[1])).toContain('所需内存超过 24 MB');
    expect(message(run.reads[2])).toContain('电脑的内存或线程不足');
    expect(message(run.reads[3])).toContain('电脑的内存或线程不足');
    expect(run.workersStarted).toBe(1);
  });

  it('refuses every file at once when not even the first worker starts', async () => {
    starts.count = 0;
    starts.failFrom = 1;
    const run = await importFiles([good, good], { workers: 2 });
    expect(run.reads.map(message)).toEqual([expect.stringContaining('线程不足'), expect.stringContaining('线程不足')]);
    expect(run.workersStarted).toBe(0);
  });

  it('rejects, rather than waits forever, when the caller’s progress callback throws', async () => {
    starts.count = 0;
    starts.failFrom = Infinity;
    const run = importFiles([good, good, good], {
      workers: 1,
      onRead: (index) => {
        if (index === 1) throw new Error('progress view gone');
      },
    });
    await expect(run).rejects.toThrow('progress view gone');
  });
});
