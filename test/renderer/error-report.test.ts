import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDoc } from '@shared/ipc/contract';
import type { Dialogs } from '../../src/main/app/handlers';
import { AppLog } from '../../src/main/app/app-log';
import { installCrashHandler } from '../../src/main/app/crash-report';
import { loadReport, SAMPLE_PATH } from '../helpers';
import { editorPerTest, SCREENSHOTS, sharedBrowser } from './harness';

/**
 * An error nothing caught in the renderer reaches main (which logs it, writes the recovery copies and
 * tells the clerk), and a view that fails to render says so in Chinese instead of going blank.
 */

const browser = sharedBrowser();
let dir: string;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(undefined),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-errors-'));
});
const start = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

describe('errors nothing caught in the renderer', () => {
  it('a throw in a timer and a promise nobody awaited are reported to main, with their stacks', async () => {
    const app = await start();
    await app.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('定时器中的错误');
      }, 0);
      void Promise.reject(new Error('没有处理的拒绝'));
    });
    await expect.poll(() => app.rendererErrors.length).toBe(2);
    const byKind = Object.fromEntries(app.rendererErrors.map((e) => [e.kind, e]));
    expect(byKind.error?.message).toBe('定时器中的错误');
    expect(byKind.rejection?.message).toBe('没有处理的拒绝');
    expect(byKind.error?.stack).toContain('定时器中的错误');
  });

  it('a view that fails to render is replaced by a Chinese notice with 重新载入界面, and main is told', async () => {
    const app = await start();
    // A damaged hand-over from main (a report without its settings): the editor's toolbar throws while rendering.
    const report = loadReport(SAMPLE_PATH) as unknown as Record<string, unknown>;
    delete report.settings;
    await app.emit('file:opened', { docId: 'broken', name: '损坏', report } as unknown as OpenedDoc);
    await app.page.getByRole('alert').filter({ hasText: '界面出现了意外错误' }).waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'render-failed.png') });
    expect(app.rendererErrors.some((e) => e.kind === 'render')).toBe(true);
    expect(await app.page.getByRole('button', { name: '重新载入界面' }).isVisible()).toBe(true);
  });
});

describe('main with a renderer error', () => {
  it('logs it as the renderer’s and shows the clerk where the recovery copy and the log are', async () => {
    const log = new AppLog(join(dir, 'logs'));
    const shown: string[] = [];
    const listeners: string[] = [];
    const report = installCrashHandler(
      { on: (event: string) => void listeners.push(event) } as unknown as Pick<NodeJS.Process, 'on'>,
      {
        log,
        flush: () => Promise.resolve(true),
        recoveryFolder: join(dir, 'recovery'),
        show: (t, m) => void shown.push(`${t}\n${m}`),
      },
    );
    report({ kind: 'render', message: 'x is undefined', stack: 'TypeError: x is undefined\n    at Editor' });
    await expect.poll(() => shown.length).toBe(1);
    expect(listeners).toEqual(['uncaughtException', 'unhandledRejection']);
    expect(shown[0]).toContain('恢复副本');
    expect(shown[0]).toContain(log.path);
    const text = await readFile(log.path, 'utf8');
    expect(text).toContain('renderer-uncaught');
    expect(text).toContain('at Editor');
  });
});
