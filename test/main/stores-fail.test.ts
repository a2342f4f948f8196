import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Events, OpenedDoc, SavedInfo } from '@shared/ipc/contract';
import { dispatch } from '../../src/main/app/handlers';
import { FileService } from '../../src/main/files/documents';
import { loadReport, SAMPLE_PATH } from '../helpers';
import { breakFolder, canBreakFolders } from './broken-folder';
import { testHandlers } from './handlers';

const chinese = (message: string | undefined) => {
  expect(message).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(message).not.toMatch(/undefined|Error:|at .*\.ts/);
};

let dir: string;
const undo: (() => Promise<void>)[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-stores-'));
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  for (const u of undo.splice(0)) await u();
});

describe.skipIf(!canBreakFolders)('every store fails at once', () => {
  it('recent list, recovery copies, backups, the county settings and the documents folder: each is said in Chinese, main never rejects', async () => {
    const userData = join(dir, 'userdata');
    const documents = join(dir, '文档');
    const writable = join(dir, '可写');
    undo.push(await breakFolder(userData, 'full'));
    undo.push(await breakFolder(documents, 'read-only', (f) => copyFile(SAMPLE_PATH, join(f, '报告.nianbao'))));
    await mkdir(writable);
    await copyFile(SAMPLE_PATH, join(writable, '报告.nianbao'));

    let openPath = join(documents, '报告.nianbao');
    let savePath: string | undefined = join(documents, '另存.nianbao');
    const events: Events['file:recovery'][] = [];
    const files = new FileService({ userData, autosaveMs: 10 });
    const { handlers, close } = testHandlers(
      files,
      {
        chooseOpenPath: () => Promise.resolve(openPath),
        chooseSavePath: () => Promise.resolve(savePath),
        chooseFolder: () => Promise.resolve(documents),
      },
      (name, payload) => {
        if (name === 'file:recovery') events.push(payload as Events['file:recovery']);
      },
    );
    const call = async <T>(channel: string, ...args: unknown[]) =>
      dispatch(handlers, channel, args) as Promise<
        { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
      >;
    try {
      // Documents: the report's folder refuses the save and the 另存为 into it; the report stays as it was.
      const opened = await call<OpenedDoc>('file:openDialog');
      if (!opened.ok) throw new Error(opened.error.message);
      const recentNotice = opened.value.notices.find((n) => n.includes('最近打开'));
      chinese(recentNotice);
      expect(recentNotice).toContain(userData);
      const edited = { ...opened.value.report, preamble: '存不下的修改' };
      const saved = await call<SavedInfo>('file:save', opened.value.docId, edited, {});
      expect(saved.ok).toBe(false);
      if (!saved.ok) chinese(saved.error.message);
      const savedAs = await call<SavedInfo>('file:saveAs', opened.value.docId, edited);
      expect(savedAs.ok).toBe(false);
      if (!savedAs.ok) {
        chinese(savedAs.error.message);
        expect(savedAs.error.message).toContain(documents);
        expect(savedAs.error.message).toContain('原文件没有被改动');
      }
      expect(loadReport(join(documents, '报告.nianbao')).preamble).toBe(loadReport(SAMPLE_PATH).preamble);

      // Recovery copies: the edit's copy cannot be written; the renderer is told why and where.
      await call('file:update', opened.value.docId, edited);
      await expect.poll(() => events.length).toBeGreaterThan(0);
      const recovery = events.at(-1);
      expect(recovery && 'problem' in recovery).toBe(true);
      if (recovery && 'problem' in recovery) {
        chinese(recovery.problem);
        expect(recovery.problem).toContain(join(userData, 'recovery'));
      }

      // Backups and the recent list: a report in a writable folder is saved, with a warning for each.
      openPath = join(writable, '报告.nianbao');
      const other = await call<OpenedDoc>('file:openDialog');
      if (!other.ok) throw new Error(other.error.message);
      const warned = await call<SavedInfo>(
        'file:save',
        other.value.docId,
        { ...other.value.report, preamble: '保存了' },
        {},
      );
      if (!warned.ok) throw new Error(warned.error.message);
      expect(loadReport(openPath).preamble).toBe('保存了');
      const lines = warned.value.warning?.split('\n') ?? [];
      expect(lines).toHaveLength(2);
      lines.forEach(chinese);
      expect(lines[0]).toContain(`备份文件夹“${join(userData, 'backups')}”`);
      expect(lines[1]).toContain(`最近打开列表的文件夹“${userData}”`);

      // Settings: the county workspace's .nianbao-county.json cannot be written into the read-only folder.
      const county = await call<{ id: string }>('county:open');
      if (!county.ok) throw new Error(county.error.message);
      const roster = await call('county:saveRoster', county.value.id, '单位名称,类型\n示例镇人民政府,乡镇');
      expect(roster.ok).toBe(false);
      if (!roster.ok) {
        chinese(roster.error.message);
        expect(roster.error.message).toContain(documents);
      }

      // Lists read from the broken stores answer, empty, instead of failing.
      expect(await call('recovery:list')).toMatchObject({ ok: true });
      expect(await call('file:recent')).toMatchObject({ ok: true });
      expect(await call('backups:list', other.value.docId)).toMatchObject({ ok: true });
      await files.flush();
      await files.close(opened.value.docId, { discard: false });
      savePath = undefined;
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      await close();
    }
  });
});
