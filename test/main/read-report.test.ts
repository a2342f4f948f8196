import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/main/files/atomic-write';
import { BLOCKING_FS, readReportFile as readFrom } from '../../src/main/files/read-report';
import type { ReadFs } from '../../src/main/files/read-report';
import { SAMPLE_PATH } from '../helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-read-'));
});

async function digest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

// The app reads through the promise API; the county's batch workers through the blocking calls.
describe.each([
  ['the promise API', undefined],
  ['blocking calls', BLOCKING_FS],
] as [string, ReadFs | undefined][])('reading report files from disk through %s', (_, fs) => {
  const readReportFile = (path: string) => readFrom(path, fs);

  /** Reads a file that must be refused, and proves its bytes were left alone. */
  async function refused(path: string): Promise<string> {
    const before = await digest(path);
    const result = await readReportFile(path);
    expect(result.ok).toBe(false);
    expect(await digest(path)).toBe(before);
    return result.ok ? '' : result.errors.map((e) => e.message).join('\n');
  }

  it('reads a good file, with the hash of its bytes and its modification time', async () => {
    const result = await readReportFile(SAMPLE_PATH);
    expect(result.ok && result.report.unit.name).toBe('示例镇人民政府');
    expect(result.ok && result.hash).toBe(await digest(SAMPLE_PATH));
    expect(result.ok && result.modified).toBe((await stat(SAMPLE_PATH)).mtimeMs);
  });

  it('refuses a file over 20 MB without reading it whole', async () => {
    const path = join(dir, 'huge.nianbao');
    await writeFile(path, '');
    await truncate(path, 21 * 1024 * 1024);
    expect(await refused(path)).toContain('上限 20 MB');
  });

  it('refuses bytes that are not UTF-8 text (a Word file, say)', async () => {
    const path = join(dir, 'report.nianbao');
    await writeFile(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0xc3, 0x28]));
    expect(await refused(path)).toContain('不是 UTF-8');
  });

  it('refuses GBK-encoded text, as an old editor might save it', async () => {
    const path = join(dir, 'gbk.nianbao');
    await writeFile(path, Buffer.from([0x7b, 0xc4, 0xea, 0xb1, 0xa8, 0x7d])); // {年报} in GBK
    expect(await refused(path)).toContain('不是 UTF-8');
  });

  it('says a folder is not a file, and a missing file is missing', async () => {
    const folder = join(dir, 'folder.nianbao');
    await mkdir(folder);
    const asFolder = await readReportFile(folder);
    expect(asFolder.ok || asFolder.errors[0]?.message).toContain('是文件夹');
    const missing = await readReportFile(join(dir, 'missing.nianbao'));
    expect(missing.ok || missing.errors[0]?.code).toBe('not-found');
  });
});

describe('atomic write', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const path = join(dir, 'r.nianbao');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new content');
    expect(await readFile(path, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['r.nianbao']);
  });

  it('keeps the original and removes its temp file when the write fails', async () => {
    const path = join(dir, 'r.nianbao');
    await writeFile(path, 'original');
    // A folder where the file should go makes rename fail after the temp file was written.
    const blocked = join(dir, 'blocked');
    await mkdir(blocked);
    await mkdir(join(blocked, 'x.nianbao'));
    await writeFile(join(blocked, 'x.nianbao', 'inside'), 'keep');
    await expect(writeFileAtomic(join(blocked, 'x.nianbao'), 'data')).rejects.toThrow();
    expect((await readdir(blocked)).sort()).toEqual(['x.nianbao']);
    expect(await readFile(path, 'utf8')).toBe('original');
  });
});
