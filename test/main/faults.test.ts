import * as fsp from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WriteOps } from '../../src/main/files/atomic-write';
import { writeFileAtomic } from '../../src/main/files/atomic-write';
import { FileService } from '../../src/main/files/documents';
import { writeDocx } from '../../src/main/export/export-report';
import { loadReport, tempSampleCopy } from '../helpers';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Real file-system calls, except that writing the temp file stops half-way with `code`. */
function failingWrite(code: string): WriteOps {
  return {
    ...{ open: fsp.open, rename: fsp.rename, rm: fsp.rm },
    open: (async (path: string, flags: string) => {
      const handle = await fsp.open(path, flags);
      if (flags !== 'wx') return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile') {
            return async (data: string | Uint8Array) => {
              const bytes = typeof data === 'string' ? Buffer.from(data) : data;
              await target.write(bytes.subarray(0, bytes.length / 2));
              throw errno(code);
            };
          }
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteOps['open'],
  };
}

/** Real file-system calls, except that syncing `folder` after the rename fails with EIO. */
function folderSyncFails(folder: string): WriteOps {
  return {
    rename: fsp.rename,
    rm: fsp.rm,
    open: (async (p: string, flags: string) => {
      const handle = await fsp.open(p, flags);
      if (p !== folder) return handle;
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        sync: () => Promise.reject(errno('EIO')),
        close: () => handle.close(),
      });
    }) as WriteOps['open'],
  };
}

let dir: string;
let path: string;
beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('faults', '报告.nianbao'));
});

describe('a save that fails half-way', () => {
  it.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EIO', '磁盘出错'],
    ['EPERM', '没有权限'],
  ])('%s: the original is intact, no temp file stays, the message says what to do', async (code, words) => {
    const original = await readFile(path);
    const files = new FileService({ userData: join(dir, 'ud'), writeOps: failingWrite(code) });
    const opened = await files.open(path);
    if (!opened.ok) throw new Error(opened.error.message);
    const edited = { ...opened.value.report, preamble: '改过的引言' };
    const result = await files.save(opened.value.docId, edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(words);
    expect(result.error.message).toContain('原文件没有被改动');
    expect(await readFile(path)).toEqual(original);
    expect((await readdir(dir)).filter((n) => n !== 'ud')).toEqual(['报告.nianbao']);
  });

  it('waits out a Windows lock on the target (EBUSY) and then saves', async () => {
    let refusals = 2;
    const ops: WriteOps = {
      open: fsp.open,
      rm: fsp.rm,
      rename: async (from, to) => {
        if (refusals-- > 0) throw errno('EBUSY');
        return fsp.rename(from, to);
      },
    };
    await writeFileAtomic(path, 'new', ops);
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(refusals).toBe(-1);
  });

  it('gives up on a lock that never goes away, keeping the original', async () => {
    const ops: WriteOps = { open: fsp.open, rm: fsp.rm, rename: () => Promise.reject(errno('EBUSY')) };
    await expect(writeFileAtomic(path, 'new', ops)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(loadReport(path).unit.name).toBe('示例镇人民政府');
    expect(await readdir(dir)).toEqual(['报告.nianbao']);
  });
});

describe('Windows file-system facts a township PC meets', () => {
  it('saves and reopens a report in a folder with Chinese characters and spaces, deeper than 260 characters', async () => {
    let folder = join(dir, '文档 年报');
    while (folder.length <= 280) folder = join(folder, '某镇 人民政府 2025年 政府信息公开');
    await fsp.mkdir(folder, { recursive: true });
    const target = join(folder, '某镇 2025 年度报告.nianbao');
    expect(target.length).toBeGreaterThan(260);
    await fsp.copyFile(path, target);
    const files = new FileService({ userData: join(dir, 'ud') });
    const opened = await files.open(target);
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await files.save(opened.value.docId, { ...opened.value.report, preamble: '长路径里改过的引言' });
    expect(saved.ok).toBe(true);
    expect(loadReport(target).preamble).toBe('长路径里改过的引言');
  });

  it('waits out a OneDrive or network share that refuses the rename for a while (EPERM, EACCES), slowly', async () => {
    const refusals = ['EPERM', 'EACCES', 'EPERM'];
    const ops: WriteOps = {
      open: fsp.open,
      rm: fsp.rm,
      rename: async (from, to) => {
        const code = refusals.shift();
        // A sync client holding the file answers late, then refuses.
        await new Promise((r) => setTimeout(r, 30));
        if (code) throw errno(code);
        return fsp.rename(from, to);
      },
    };
    await writeFileAtomic(path, 'synced', ops);
    expect(await readFile(path, 'utf8')).toBe('synced');
    expect(refusals).toEqual([]);
    expect((await readdir(dir)).filter((n) => n !== 'ud')).toEqual(['报告.nianbao']);
  });
});

describe('what lies around the file survives a save', () => {
  const save = async (files: FileService, target: string, preamble: string) => {
    const opened = await files.open(target);
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await files.save(opened.value.docId, { ...opened.value.report, preamble });
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.value;
  };

  it('saving through a symbolic link writes its target and the link stays a link', async () => {
    const elsewhere = join(dir, '共享盘');
    await fsp.mkdir(elsewhere);
    await fsp.rename(path, join(elsewhere, '报告.nianbao'));
    await fsp.symlink(join(elsewhere, '报告.nianbao'), path);
    await save(new FileService({ userData: join(dir, 'ud') }), path, '通过链接保存');
    expect((await fsp.lstat(path)).isSymbolicLink()).toBe(true);
    expect(loadReport(join(elsewhere, '报告.nianbao')).preamble).toBe('通过链接保存');
    expect(await readdir(elsewhere)).toEqual(['报告.nianbao']);
  });

  it("keeps the file's permissions", async () => {
    await fsp.chmod(path, 0o640);
    await save(new FileService({ userData: join(dir, 'ud') }), path, '权限不变');
    expect((await fsp.stat(path)).mode & 0o7777).toBe(0o640);
    expect(loadReport(path).preamble).toBe('权限不变');
  });

  it("never deletes another running writer's fresh temp file; a dead writer's or an old one goes", async () => {
    const other = spawn('sleep', ['30']);
    const exited = spawn('true');
    await new Promise((r) => exited.on('exit', r));
    try {
      const temp = (pid: number | undefined, tag: string) => join(dir, `.报告.nianbao.${pid}-${tag}.nbtmp`);
      const inFlight = temp(other.pid, 'aaaaaa');
      const dead = temp(exited.pid, 'bbbbbb');
      const old = temp(other.pid, 'cccccc');
      for (const t of [inFlight, dead, old]) await fsp.writeFile(t, '写了一半');
      const hourAgo = (Date.now() - 3600 * 1000) / 1000;
      await fsp.utimes(old, hourAgo, hourAgo);
      await save(new FileService({ userData: join(dir, 'ud') }), path, '另一个进程还在写');
      expect((await readdir(dir)).filter((n) => n.endsWith('.nbtmp'))).toEqual([inFlight.slice(dir.length + 1)]);
    } finally {
      other.kill();
    }
  });

  it('a folder that cannot be synced after the rename is saved-with-a-warning naming the folder, not a failure', async () => {
    const saved = await save(
      new FileService({ userData: join(dir, 'ud'), writeOps: folderSyncFails(dir) }),
      path,
      '文件夹未同步',
    );
    expect(loadReport(path).preamble).toBe('文件夹未同步');
    expect(saved.warning).toContain(`所在文件夹“${dir}”未能同步到磁盘（EIO）`);
    expect(saved.warning).not.toContain('原文件没有被改动');
  });
});

describe('an export whose folder cannot be synced', () => {
  it('is written and said with a warning naming the folder, not as a failure', async () => {
    const target = join(dir, '报告.docx');
    const written = await writeDocx(loadReport(path), target, { creator: 'test', writeOps: folderSyncFails(dir) });
    if (!written.ok) throw new Error(written.error.message);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
    expect(written.value.warning).toContain(`所在文件夹“${dir}”未能同步到磁盘（EIO）`);
    expect(written.value.warning).not.toContain('没有保存');
  });
});
