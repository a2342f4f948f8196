import * as fsp from 'node:fs/promises';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WriteOps } from '../../src/main/files/atomic-write';
import { FileService } from '../../src/main/files/documents';
import { tempSampleCopy } from '../helpers';

/**
 * A report opened from a USB stick, and the stick pulled out before it is saved. Electron is not needed:
 * the folder disappears for real (ENOENT), or the device fails on write as a pulled stick does (EIO).
 */
let dir: string;
let stick: string;
let path: string;
beforeEach(async () => {
  ({ dir } = await tempSampleCopy('usb'));
  stick = join(dir, 'U盘 (E:)', '2025年报');
  await mkdir(stick, { recursive: true });
  path = join(stick, '某镇2025.nianbao');
  await fsp.copyFile(join(dir, '示例镇2025.nianbao'), path);
});

/** The real file-system calls, except that every open fails with EIO once `pulled()` says so. */
function deviceGone(pulled: () => boolean): WriteOps {
  return {
    open: ((p: string, flags: string) =>
      pulled()
        ? Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))
        : fsp.open(p, flags)) as WriteOps['open'],
    rename: fsp.rename,
    rm: fsp.rm,
  };
}

async function openEdited(files: FileService) {
  const opened = await files.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const edited = { ...opened.value.report, preamble: '拔出U盘前改过的引言' };
  files.update(opened.value.docId, edited);
  return { docId: opened.value.docId, edited };
}

describe('the USB stick pulled out while its report is open', () => {
  it('the folder is gone: the save fails naming the folder and offering 另存为; the edits are in the recovery copy; 另存为 works', async () => {
    const files = new FileService({ userData: join(dir, 'ud'), autosaveMs: 60_000 });
    const { docId, edited } = await openEdited(files);
    await rm(join(dir, 'U盘 (E:)'), { recursive: true });

    const saved = await files.save(docId, edited);
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('ENOENT');
    expect(saved.error.message).toContain(`所在的文件夹“${stick}”已不存在（U盘是否已拔出？）`);
    expect(saved.error.message).toContain('另存为');
    expect(saved.error.message).toContain(`您的修改已存入恢复副本（文件夹“${files.recovery.root}”）`);
    // The copy holds the edits, and is offered at the next start as any recovery copy is.
    expect((await files.recovery.read(docId)).report.preamble).toBe('拔出U盘前改过的引言');
    const offers = await new FileService({ userData: join(dir, 'ud') }).recovery.list();
    expect(offers.map((o) => o.path)).toEqual([path]);

    // Nothing is broken: 另存为 to the desktop saves, and the copy goes once the edits are saved.
    const other = join(dir, '桌面', '某镇2025.nianbao');
    await mkdir(join(dir, '桌面'));
    const savedAs = await files.saveAs(docId, edited, other);
    expect(savedAs.ok).toBe(true);
    expect(JSON.parse(await readFile(other, 'utf8'))).toMatchObject({ report: { preamble: '拔出U盘前改过的引言' } });
  });

  it('the device fails on write (EIO): the original stays, the message names the folder, the edits are kept', async () => {
    let pulled = false;
    const files = new FileService({
      userData: join(dir, 'ud'),
      autosaveMs: 60_000,
      writeOps: deviceGone(() => pulled),
    });
    const original = await readFile(path);
    const { docId, edited } = await openEdited(files);
    pulled = true;
    const saved = await files.save(docId, edited);
    expect(saved.ok || saved.error.message).toMatch(
      new RegExp(`写入文件夹“${stick.replace(/[()]/g, '\\$&')}”时磁盘出错.*原文件没有被改动.*另存为.*恢复副本`),
    );
    expect(await readFile(path)).toEqual(original);
    expect((await files.recovery.read(docId)).report.preamble).toBe('拔出U盘前改过的引言');
    // Plugged back in: the same save succeeds.
    pulled = false;
    expect((await files.save(docId, edited)).ok).toBe(true);
  });
});
