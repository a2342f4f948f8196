import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDoc } from '@shared/ipc/contract';
import { channelArgs } from '@shared/ipc/contract';
import { closeAll } from '../../src/main/app/close-flow';
import type { CloseChoice } from '../../src/main/app/close-flow';
import { dispatch } from '../../src/main/app/handlers';
import type { createHandlers } from '../../src/main/app/handlers';
import type { Dialogs } from '../../src/main/app/handlers';
import { FileService } from '../../src/main/files/documents';
import { loadReport, ROOT, SAMPLE_PATH } from '../helpers';
import { testHandlers } from './handlers';

let dir: string;
let files: FileService;
let savePath: string | undefined;
let handlers: ReturnType<typeof createHandlers>;
let closeExports = () => Promise.resolve();
afterEach(() => closeExports());

/** The OS dialogs are the one part a headless test cannot click: they answer with a chosen path. */
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(join(dir, '示例镇2025.nianbao')),
  chooseSavePath: () => Promise.resolve(savePath),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-ipc-'));
  await copyFile(SAMPLE_PATH, join(dir, '示例镇2025.nianbao'));
  files = new FileService({ userData: join(dir, 'ud') });
  savePath = join(dir, '另存.nianbao');
  ({ handlers, close: closeExports } = testHandlers(files, dialogs));
});

const call = (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args);

describe('IPC arguments are parsed against the contract in main', () => {
  it('runs a valid call', async () => {
    const opened = await call('file:openDialog');
    expect(opened.ok && (opened.value as OpenedDoc).report.unit.name).toBe('示例镇人民政府');
    const sample = await call('file:openSample');
    expect(sample.ok && (sample.value as OpenedDoc).path).toBeNull();
  });

  it('opens only files an export wrote, by the id it handed out', async () => {
    const r = await call('export:open', '00000000-0000-0000-0000-000000000000');
    expect(r).toEqual({ ok: false, error: { code: 'unknown-export', message: '找不到这次导出的文件。' } });
    expect((await call('export:showInFolder', '/etc/passwd')).ok).toBe(false);
  });

  it('refuses unknown channels and bad arguments before any handler runs', async () => {
    expect(await call('fs:readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-channel' } });
    expect(await call('__proto__')).toMatchObject({ ok: false, error: { code: 'bad-channel' } });
    expect(await call('file:openRecent', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(await call('file:openRecent', '../../x')).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(await call('file:openRecent')).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(await call('file:close', 'abcdef12', { discard: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'bad-args' },
    });
    expect(await call('backups:restore', 'abcdef12', '../../../etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'bad-args' },
    });
    expect(await call('file:new', { year: 2018, unitName: '某镇', kind: 'township' })).toMatchObject({ ok: false });
    expect(await call('file:new', { year: 2025, unitName: '某镇', kind: 'township', extra: 1 })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a report with a cell its format does not have, or a number as text', async () => {
    const opened = await call('file:openDialog');
    const doc = opened.ok ? (opened.value as OpenedDoc) : undefined;
    const report = loadReport(SAMPLE_PATH);
    expect(await call('file:save', doc?.docId, { ...report, cells: { ...report.cells, 'T9.x.y': 1 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-args' },
    });
    expect(
      await call('file:save', doc?.docId, { ...report, cells: { ...report.cells, 'T3.new.natural': '5' } }),
    ).toMatchObject({
      ok: false,
    });
    expect(await call('file:save', doc?.docId, report)).toMatchObject({ ok: true });
  });

  it('opens text copied from a published report as a new, unsaved report', async () => {
    const { copyFile: copy } = await import('node:fs/promises');
    await copy(join(ROOT, 'test/fixtures/seeds/002_7b4b25fcf59f7d61.txt'), join(dir, '示例镇2025.nianbao.txt'));
    const opener = testHandlers(files, {
      ...dialogs,
      chooseOpenPath: () => Promise.resolve(join(dir, '示例镇2025.nianbao.txt')),
    });
    const opened = await dispatch(opener.handlers, 'file:openDialog', []);
    expect(opened.ok && (opened.value as OpenedDoc)).toMatchObject({
      path: null,
      dirty: true,
      report: { year: 2020, formatId: 'gov-2019' },
    });
    expect(opened.ok && (opened.value as OpenedDoc).notices.join()).toContain('导入');
    await opener.close();
  });

  it('imports what was pasted, and refuses a paste that is not text, too large, or carries more', async () => {
    const html = '<h1>某镇2025年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年公开12条。</p>';
    const pasted = await call('file:importPasted', { html });
    expect(pasted.ok && (pasted.value as OpenedDoc)).toMatchObject({
      path: null,
      dirty: true,
      imported: true,
      report: { year: 2025, unit: { name: '某镇' }, parts: { overview: '全年公开12条。' } },
    });
    expect(await call('file:importPasted', { text: 42 })).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(await call('file:importPasted', { text: 'x', path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-args' },
    });
    expect(await call('file:importPasted', { text: 'x'.repeat(20_000_001) })).toMatchObject({
      ok: false,
      error: { code: 'bad-args' },
    });
    const menu = await call('file:importPasted', { text: '今天食堂的菜单' });
    expect(menu.ok || menu.error.message).toContain('可能不是政府信息公开工作年度报告');
  });

  it('covers every channel of the contract with a handler', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channelArgs).sort());
  });
});

describe('closing with unsaved changes', () => {
  async function dirtyDoc() {
    const opened = await files.open(join(dir, '示例镇2025.nianbao'));
    if (!opened.ok) throw new Error('open');
    const edited = { ...opened.value.report, preamble: '未保存的修改' };
    files.update(opened.value.docId, edited);
    return edited;
  }
  const ask = (choice: CloseChoice) => ({ unsaved: () => Promise.resolve(choice), failed: () => Promise.resolve() });

  it('保存 writes the last state and lets the window close', async () => {
    await dirtyDoc();
    expect(await closeAll(files, ask('save'), dialogs)).toBe(true);
    expect(loadReport(join(dir, '示例镇2025.nianbao')).preamble).toBe('未保存的修改');
  });

  it('不保存 closes without writing and without leaving a recovery copy', async () => {
    await dirtyDoc();
    expect(await closeAll(files, ask('discard'), dialogs)).toBe(true);
    expect(loadReport(join(dir, '示例镇2025.nianbao')).preamble).toBe(loadReport(SAMPLE_PATH).preamble);
    expect(await files.recovery.list()).toEqual([]);
  });

  it('取消 keeps the window open and the edits pending', async () => {
    await dirtyDoc();
    expect(await closeAll(files, ask('cancel'), dialogs)).toBe(false);
    expect(files.isDirty()).toBe(true);
  });

  it('asks where to save a report that never had a file, and stays open if none is chosen', async () => {
    const doc = files.adopt(loadReport(SAMPLE_PATH), true);
    savePath = undefined;
    expect(await closeAll(files, ask('save'), dialogs)).toBe(false);
    savePath = join(dir, '新.nianbao');
    expect(await closeAll(files, ask('save'), dialogs)).toBe(true);
    expect(loadReport(savePath).title).toBe(doc.report.title);
  });
});
