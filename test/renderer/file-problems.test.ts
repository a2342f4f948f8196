import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../src/main/app/handlers';
import { loadReport, tempSampleCopy } from '../helpers';
import { editorPerTest, sharedBrowser, typeInto } from './harness';
import type { EditorApp } from './harness';

const browser = sharedBrowser();

let dir: string;
let path: string;
let userData: string;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(path),
  chooseSavePath: () => Promise.resolve(undefined),
};
beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('e2e-problems'));
  userData = join(dir, 'userdata');
  await mkdir(userData);
});

const open = editorPerTest(() => ({ browser: browser(), userData, dialogs }));

/** The app with the sample file opened, as a clerk opens it with 打开文件…. */
async function openFile(): Promise<EditorApp> {
  const opened = await open();
  const { page } = opened;
  // A first start shows the sample: go to 首页 as a clerk would.
  if (await page.locator('.editor').count()) await page.getByRole('button', { name: '首页' }).click();
  await page.waitForSelector('.start');
  await page.getByRole('button', { name: '打开文件…' }).click();
  await page.waitForSelector('.editor [data-dirty="false"]');
  return opened;
}

/**
 * A store in the user-data folder that cannot be written: a plain file sits where its folder must be,
 * so creating the folder fails with a real error (as root, permissions would not stop the write).
 */
const breakStore = (name: string) => writeFile(join(userData, name), '不是文件夹');

const status = (app: EditorApp) => app.page.locator('.status-bar');

describe('failures around the file are shown in the status bar', () => {
  it('a save whose backup failed is saved, and the warning naming the backups folder stays in view', async () => {
    await breakStore('backups');
    const app = await openFile();
    await typeInto(app.page, 'T3.new.commercial', '7');
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => app.page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    expect(loadReport(path).cells['T3.new.commercial']).toBe(7);
    const alert = status(app).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(`备份文件夹“${join(userData, 'backups')}”`);
    expect(await alert.textContent()).toContain('这次保存前的版本没有备份');
    // Still there after the brief notices have gone.
    await new Promise((r) => setTimeout(r, 4500));
    expect(await alert.count()).toBe(1);
    await alert.getByRole('button', { name: '知道了' }).click();
    expect(await status(app).getByRole('alert').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('a recovery copy that cannot be written is said, with its folder, never as 「恢复副本 HH:MM」', async () => {
    await breakStore('recovery');
    const app = await openFile();
    await typeInto(app.page, 'T3.new.commercial', '3');
    const alert = status(app).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(`恢复副本文件夹“${join(userData, 'recovery')}”`);
    expect(await alert.textContent()).toContain('请尽快保存');
    expect(await status(app).textContent()).not.toMatch(/恢复副本 \d/);
    // Saving makes the copy unneeded: the problem goes with it.
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => app.page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    expect(await alert.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('「已自动保存恢复副本 HH:MM」 appears only once main has written the copy', async () => {
    const app = await openFile();
    await typeInto(app.page, 'T3.new.commercial', '5');
    await expect.poll(() => status(app).textContent()).toMatch(/已自动保存恢复副本 \d\d:\d\d/);
    expect(await readdir(join(userData, 'recovery'))).toHaveLength(1);
    expect(await status(app).getByRole('alert').count()).toBe(0);
  });
});
