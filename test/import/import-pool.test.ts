import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/main/files/read-report';
import { importFiles } from '../../src/main/import/import-pool';
import type { PoolRun } from '../../src/main/import/import-pool';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath } from '../helpers';
import { readFileSync } from 'node:fs';
import { evaluate } from '@shared/rules';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-import-pool-'));
});

/** A county's many files are read in a few workers, each file still with its own deadline and memory cap. */
describe('the import pool', () => {
  it('reads forty files in two workers, each as the readers do in-process, with the hash of its bytes', async () => {
    const sources = [fixturePath('xiaojihan-2021.nianbao'), fixturePath('web/portal-2021.html')];
    const paths: string[] = [];
    for (let i = 0; i < 40; i++) {
      const source = sources[i % 2] ?? '';
      const path = join(dir, `${i}${source.slice(source.lastIndexOf('.'))}`);
      await copyFile(source, path);
      paths.push(path);
    }
    const order: number[] = [];
    const { reads, workersStarted } = await importFiles(paths, { workers: 2, onRead: (i) => order.push(i) });
    expect(workersStarted).toBe(2);
    expect(order.sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    for (const [i, path] of paths.entries()) {
      expect(reads[i]?.result, path).toEqual(await readReportSource(path));
      expect(reads[i]?.sha256).toBe(hashBytes(readFileSync(path)));
    }
  });

  it('checks each readable report in its worker when asked, finding what the rules find on the main thread', async () => {
    const broken = join(dir, 'broken.nianbao');
    await writeFile(broken, '{"format":"nianbao-report"');
    const paths = [fixturePath('xiaojihan-2021.nianbao'), fixturePath('web/portal-2021.html'), broken];
    const checked = await importFiles(paths, { workers: 2, check: true });
    for (const [i, path] of paths.entries()) {
      const own = await readReportSource(path);
      expect(checked.reads[i]?.findings, path).toEqual(own.ok ? evaluate(own.report) : undefined);
    }
    expect(checked.reads[1]?.findings?.length).toBeGreaterThan(0);
    expect((await importFiles(paths.slice(0, 1))).reads[0]?.findings).toBeUndefined();
  });

  it('refuses the one file past its deadline or its memory and reads the others in a fresh worker', async () => {
    // Text of four million short lines just under the size cap: over 3 s to read on a quiet machine, while a
    // report reads in a few ms once its worker has started (the start has a deadline of its own, so a fresh
    // worker's second on a busy machine is not the report's) — both far from the 1 s deadline. And a page
    // whose markup outgrows a small heap.
    const slow = join(dir, 'slow.txt');
    await writeFile(slow, `一、总体情况\n${'公开。\n'.repeat(4_400_000)}`);
    const heavy = join(dir, 'heavy.html');
    await writeFile(heavy, `<html><body>${'<div><p>本镇坚持以公开为常态</p></div>'.repeat(200_000)}</body></html>`);
    const good = fixturePath('xiaojihan-2021.nianbao');
    const message = (read: PoolRun['reads'][number] | undefined) =>
      read && !read.result.ok ? read.result.errors[0]?.message : 'read';

    const late = await importFiles([good, slow, good], { workers: 1, limits: { timeoutMs: 1000, memoryMb: 384 } });
    expect(late.reads.map((r) => r.result.ok)).toEqual([true, false, true]);
    expect(message(late.reads[1])).toContain('读取用时超过 1 秒，已停止');
    expect(late.workersStarted).toBe(2);

    const large = await importFiles([good, heavy, good], { workers: 1, limits: { timeoutMs: 60_000, memoryMb: 24 } });
    expect(large.reads.map((r) => r.result.ok)).toEqual([true, false, true]);
    expect(message(large.reads[1])).toContain('所需内存超过 24 MB，已停止');
    expect(large.workersStarted).toBe(2);
  });

  it('answers at once for no files', async () => {
    expect(await importFiles([])).toEqual({ reads: [], workersStarted: 0 });
  });
});
