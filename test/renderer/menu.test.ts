import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../helpers';
import { cell, editorPerTest, SCREENSHOTS, sharedBrowser } from './harness';
import type { EditorApp } from './harness';

const browser = sharedBrowser();
let dir: string;
let savePath: string;
const open = editorPerTest(() => ({
  browser: browser(),
  userData: join(dir, 'userdata'),
  dialogs: { chooseOpenPath: () => Promise.resolve(undefined), chooseSavePath: () => Promise.resolve(savePath) },
}));

async function start(): Promise<{ app: EditorApp; savePath: string }> {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-menu-'));
  savePath = join(dir, '某镇 2025 报告.nianbao');
  const app = await open();
  await app.page.waitForSelector('.editor');
  return { app, savePath };
}

const modal = (app: EditorApp) => app.page.locator('.modal');

describe('the application menu drives the editor (menu:command, as main sends it)', () => {
  it('另存为 from the menu commits the value being typed first, then saves it', async () => {
    const { app, savePath } = await start();
    await cell(app.page, 'T3.new.natural').click();
    await app.page.keyboard.type('7');
    // The clerk goes to 文件 → 另存为 without pressing Enter.
    await app.emit('menu:command', 'saveAs');
    await expect.poll(() => app.page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    expect(loadReport(savePath).cells['T3.new.natural']).toBe(7);
  });

  it('放大 / 实际大小, 撤销 / 重做 run the toolbar’s functions', async () => {
    const { app } = await start();
    const zoom = app.page.locator('.toolbar .zoom');
    const before = await zoom.textContent();
    await app.emit('menu:command', 'zoomIn');
    await expect.poll(() => zoom.textContent()).not.toBe(before);
    await app.emit('menu:command', 'zoomReset');
    await expect.poll(() => zoom.textContent()).toBe('100%');

    const value = () => cell(app.page, 'T3.new.natural').locator('.cell-value').textContent();
    const original = await value();
    await cell(app.page, 'T3.new.natural').click();
    await app.page.keyboard.type('9');
    await app.page.keyboard.press('Enter');
    expect(await value()).toBe('9');
    await app.emit('menu:command', 'undo');
    await expect.poll(value).toBe(original);
    await app.emit('menu:command', 'redo');
    await expect.poll(value).toBe('9');
  });

  it('帮助 → 关于 leads with what the app is, its version and that it is offline; the licence is one button away', async () => {
    const { app } = await start();
    await app.emit('menu:command', 'about');
    await expect.poll(() => modal(app).textContent()).toContain('版本');
    const lines = ((await app.page.locator('#modal-message').textContent()) ?? '').split('\n');
    expect(lines[0]).toBe('年报编辑器 版本 test');
    expect(lines[1]).toContain('政府信息公开工作年度报告');
    expect(lines[2]).toContain('完全离线');
    const about = (await modal(app).textContent()) ?? '';
    expect(about).not.toContain('GPL');
    expect(about).toContain('国办公开办函〔2021〕30号');
    expect(about).toContain('国办公开办函〔2019〕60号');
    // What it opens is the importer's own list (Markdown and any PDF included).
    expect(about).toContain('.md Markdown');
    expect(about).toContain('.pdf PDF（任何软件生成）');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'about-1366.png') });
    await app.page.getByRole('button', { name: '字体许可' }).click();
    await expect.poll(() => modal(app).textContent()).toContain('GPL');
    expect(await modal(app).textContent()).toContain('COPYING-Fandol.txt');
    await app.page.getByRole('button', { name: '确定' }).click();

    // 快捷键 opens 帮助 at its keys (the same dialog as F1; editor-tools.test.ts tests it whole).
    await app.emit('menu:command', 'shortcuts');
    const help = app.page.getByRole('dialog', { name: '帮助' });
    await expect.poll(() => help.textContent()).toContain('Ctrl+Shift+S另存为');
    // Behind an open dialog no command runs.
    await app.emit('menu:command', 'zoomIn');
    expect(await app.page.locator('.toolbar .zoom').textContent()).toBe('100%');
  });
});
