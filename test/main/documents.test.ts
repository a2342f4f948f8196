import { chmod, copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseReportFile } from '@shared/report/load';
import type { Report } from '@shared/report';
import { FileService } from '../../src/main/files/documents';
import { SAMPLE_PATH, loadReport, tempSampleCopy } from '../helpers';

let dir: string;
let path: string;
let files: FileService;
beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('docs', '示例镇2025.nianbao'));
  files = new FileService({ userData: join(dir, 'userdata') });
});

async function open(p = path) {
  const r = await files.open(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const edit = (report: Report, text: string): Report => ({ ...report, preamble: text });

describe('the file service', () => {
  it('saves what it is given and reads it back identical', async () => {
    const doc = await open();
    const edited = edit(doc.report, '改过的引言');
    edited.cells['T3.new.natural'] = 6;
    const saved = await files.save(doc.docId, edited);
    expect(saved.ok).toBe(true);
    expect(loadReport(path)).toEqual(edited);
  });

  it('never opens the same file twice', async () => {
    const first = await open();
    const again = await files.open(join(dir, '.', '示例镇2025.nianbao'));
    expect(again.ok && again.value.docId).toBe(first.docId);
    expect(again.ok && again.value.alreadyOpen).toBe(true);
  });

  it('notices a change made on disk by someone else, but never its own writes', async () => {
    const doc = await open();
    expect(await files.checkOutside(doc.docId)).toEqual({ ok: true, value: 'unchanged' });
    await files.save(doc.docId, edit(doc.report, '第一次'));
    expect(await files.checkOutside(doc.docId)).toEqual({ ok: true, value: 'unchanged' });

    const other = edit(doc.report, '别人改的');
    await writeFile(path, JSON.stringify({ format: 'nianbao-report', version: 1, report: other }));
    expect(await files.checkOutside(doc.docId)).toEqual({ ok: true, value: 'changed' });
    const refused = await files.save(doc.docId, edit(doc.report, '我的修改'));
    expect(refused.ok || refused.error.code).toBe('changed-outside');
    expect(loadReport(path).preamble).toBe('别人改的');

    const forced = await files.save(doc.docId, edit(doc.report, '我的修改'), { overwriteOutside: true });
    expect(forced.ok).toBe(true);
    expect(loadReport(path).preamble).toBe('我的修改');
  });

  it('reloads the version on disk when the clerk chooses it', async () => {
    const doc = await open();
    const other = loadReport(path);
    other.preamble = '磁盘上的版本';
    await writeFile(path, JSON.stringify({ format: 'nianbao-report', version: 1, report: other }));
    const reloaded = await files.reload(doc.docId);
    expect(reloaded.ok && reloaded.value.report.preamble).toBe('磁盘上的版本');
    expect(await files.checkOutside(doc.docId)).toEqual({ ok: true, value: 'unchanged' });
  });

  it('says when the file was deleted', async () => {
    const doc = await open();
    await (await import('node:fs/promises')).rm(path);
    expect(await files.checkOutside(doc.docId)).toEqual({ ok: true, value: 'missing' });
  });

  it('opens a read-only file read-only and offers 另存为', async () => {
    await chmod(path, 0o444);
    const doc = await open();
    expect(doc.readOnly).toBe(true);
    expect(doc.notices.join()).toContain('另存为');
    const before = await readFile(path);
    const refused = await files.save(doc.docId, edit(doc.report, 'x'));
    expect(refused.ok || refused.error.code).toBe('read-only');
    expect(await readFile(path)).toEqual(before);
    const copy = join(dir, '副本.nianbao');
    const saved = await files.saveAs(doc.docId, edit(doc.report, 'x'), copy);
    expect(saved.ok).toBe(true);
    expect(loadReport(copy).preamble).toBe('x');
    expect((await files.save(doc.docId, edit(doc.report, 'y'))).ok).toBe(true);
  });

  it('saves a new report only through 另存为, then like any file', async () => {
    const doc = files.adopt(loadReport(SAMPLE_PATH));
    const refused = await files.save(doc.docId, doc.report);
    expect(refused.ok || refused.error.code).toBe('no-path');
    const target = join(dir, '新报告.nianbao');
    expect((await files.saveAs(doc.docId, doc.report, target)).ok).toBe(true);
    expect((await files.save(doc.docId, edit(doc.report, '再存'))).ok).toBe(true);
    expect(loadReport(target).preamble).toBe('再存');
  });

  it('serialises saves to one file: the last one asked for is the one on disk', async () => {
    const doc = await open();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => files.save(doc.docId, edit(doc.report, `第${i}次`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(loadReport(path).preamble).toBe('第19次');
    expect((await readdir(dir)).filter((n) => n.endsWith('.nbtmp'))).toEqual([]);
  });

  it('remembers recent files by id, most recent first, and opens them by id', async () => {
    const second = join(dir, '第二份.nianbao');
    await copyFile(SAMPLE_PATH, second);
    await open();
    const doc2 = await open(second);
    const recent = await files.recent.list();
    expect(recent.map((r) => r.name)).toEqual(['第二份.nianbao', '示例镇2025.nianbao']);
    expect(recent[0]?.exists).toBe(true);
    await files.close(doc2.docId, { discard: false });
    const reopened = await files.openRecent(recent[0]?.id ?? '');
    expect(reopened.ok && reopened.value.path).toBe(second);
    expect((await files.openRecent('0000000000000000')).ok).toBe(false);
  });

  it('writes a recovery copy while dirty and removes it after a clean save', async () => {
    const doc = await open();
    files.update(doc.docId, edit(doc.report, '未保存'));
    await files.flush();
    expect((await files.recovery.list()).map((o) => o.changes)).toEqual(['引言有改动']);
    await files.save(doc.docId, edit(doc.report, '未保存'));
    // The copy is removed after the save has answered: wait for it, however loaded the machine.
    await expect.poll(() => files.recovery.list()).toEqual([]);
  });

  it('keeps the file as it was when a recovery copy is declined', async () => {
    const before = await readFile(path);
    const doc = await open();
    files.update(doc.docId, edit(doc.report, '未保存'));
    await files.flush();
    const [offer] = await files.recovery.list();
    await files.discardRecovery(offer?.id ?? '');
    expect(await files.recovery.list()).toEqual([]);
    expect(await readFile(path)).toEqual(before);
    expect(parseReportFile(before.toString()).ok).toBe(true);
  });
});
