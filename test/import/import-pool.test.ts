import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashBytes } from '../../src/main/files/read-report';
import { importFiles } from '../../src/main/import/import-pool';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath } from '../helpers';
import { readFileSync } from 'node:fs';

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

  it('refuses the one file past its deadline or its memory and reads the others in a fresh worker', async () => {
    // A named pipe nobody writes to: reading it never ends. A page whose markup outgrows a small heap.
    const pipe = join(dir, 'stuck.txt');
    execFileSync('mkfifo', [pipe]);
    const heavy = join(dir, 'heavy.html');
    await writeFile(heavy, `<html><body>${'<div><p>本镇坚持以公开为常态</p></div>'.repeat(200_000)}</body></html>`);
    const good = fixturePath('xiaojihan-2021.nianbao');
    const paths = [good, pipe, good, heavy, good];
    const { reads, workersStarted } = await importFiles(paths, {
      workers: 1,
      limits: { timeoutMs: 3000, memoryMb: 24 },
    });
    expect(reads.map((r) => r.result.ok)).toEqual([true, false, true, false, true]);
    const message = (i: number) => {
      const r = reads[i]?.result;
      return r && !r.ok ? r.errors[0]?.message : undefined;
    };
    expect(message(1)).toContain('读取用时超过 3 秒，已停止');
    expect(message(3)).toContain('所需内存超过 24 MB，已停止');
    expect(workersStarted).toBe(3);
  });

  it('answers at once for no files', async () => {
    expect(await importFiles([])).toEqual({ reads: [], workersStarted: 0 });
  });
});
