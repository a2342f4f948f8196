import { EventEmitter } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppLog } from '../../src/main/app/app-log';
import { crashNotice, installCrashHandler } from '../../src/main/app/crash-report';
import { FileService } from '../../src/main/files/documents';
import { tempSampleCopy } from '../helpers';

let dir: string;
let path: string;
beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('log'));
});

describe('the log in the user-data folder', () => {
  it('is rotated by size, keeping three files, the newest events in nianbao.log', async () => {
    const log = new AppLog(join(dir, 'logs'), { maxBytes: 2000, keep: 3 });
    for (let i = 0; i < 200; i++) log.event('opened', { n: i });
    const files = (await readdir(join(dir, 'logs'))).sort();
    expect(files).toEqual(['nianbao.1.log', 'nianbao.2.log', 'nianbao.log']);
    for (const f of files) expect((await readFile(join(dir, 'logs', f))).length).toBeLessThanOrEqual(2000);
    const current = await readFile(log.path, 'utf8');
    expect(current.trimEnd().split('\n').at(-1)).toMatch(/^\d{4}-\d\d-\d\dT.*Z INFO opened n=199$/);
    expect(await readFile(join(dir, 'logs', 'nianbao.1.log'), 'utf8')).not.toContain('n=199');
  });

  it('writes an error by type, code and stack, without the quoted text or the home folder', async () => {
    const log = new AppLog(join(dir, 'logs'), { home: '/home/张三' });
    const error = Object.assign(
      new Error('保存到“/home/张三/桌面/胡集镇人民政府2025年报.nianbao”失败：Unexpected token "全年共受理申请12件"'),
      { code: 'EIO' },
    );
    log.error('save', error);
    const text = await readFile(log.path, 'utf8');
    expect(text).toMatch(/ERROR \| save \| Error \| code=EIO \| 保存到“…”失败：Unexpected token “…” \| at /);
    expect(text).not.toMatch(/张三|胡集镇|全年共受理/);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });

  it('never throws when its folder cannot be written', () => {
    const log = new AppLog(join(path, 'not-a-folder'));
    expect(() => log.event('start')).not.toThrow();
  });
});

describe('an error nothing caught in main', () => {
  it('is logged, the open edits go into the recovery copy, and the clerk is told so in Chinese, once a minute', async () => {
    const files = new FileService({ userData: join(dir, 'ud'), autosaveMs: 60_000 });
    const opened = await files.open(path);
    if (!opened.ok) throw new Error(opened.error.message);
    files.update(opened.value.docId, { ...opened.value.report, preamble: '出错前刚改的引言' });
    const log = new AppLog(join(dir, 'ud', 'logs'));
    const shown: { title: string; message: string }[] = [];
    let clock = 0;
    const main = new EventEmitter();
    installCrashHandler(main as unknown as NodeJS.Process, {
      log,
      flush: () => files.flush(),
      recoveryFolder: files.recovery.root,
      show: (title, message) => shown.push({ title, message }),
      now: () => clock,
    });
    // Each error is handled once its recovery copies are written (logged as recovery-after-error); the
    // dialog follows at once. Waiting for that line, not for a fixed time, holds on a loaded machine.
    let handled = 0;
    const settled = async () => {
      handled += 1;
      await expect
        .poll(async () => (await readFile(log.path, 'utf8')).match(/recovery-after-error/g)?.length ?? 0)
        .toBe(handled);
    };

    main.emit('uncaughtException', new TypeError("Cannot read properties of undefined (reading 'cells')"));
    await settled();
    expect((await files.recovery.read(opened.value.docId)).report.preamble).toBe('出错前刚改的引言');
    expect(shown).toEqual([crashNotice(true, files.recovery.root, log.path)]);
    expect(shown[0]?.title).toBe('年报编辑器遇到意外错误');
    expect(shown[0]?.message).toContain(`已保存在恢复副本中（文件夹“${files.recovery.root}”）`);
    expect(shown[0]?.message).toContain(`日志文件“${log.path}”`);

    // The same error again at once (a loop): logged, no second dialog; a minute later, a dialog again.
    main.emit('unhandledRejection', new Error('again'));
    await settled();
    expect(shown).toHaveLength(1);
    clock += 61_000;
    main.emit('uncaughtException', new Error('later'));
    await settled();
    expect(shown).toHaveLength(2);
    const text = await readFile(log.path, 'utf8');
    expect(text.match(/ERROR \| uncaught/g)).toHaveLength(3);
    expect(text).toContain('TypeError');
    expect(text).not.toContain('出错前刚改的引言');
  });

  it('says plainly when the recovery copy could not be written', () => {
    expect(crashNotice(false, '/ud/recovery', '/ud/logs/nianbao.log').message).toContain(
      '未能把正在编辑的内容写入恢复副本（文件夹“/ud/recovery”）：请立即用“另存为”',
    );
  });
});
