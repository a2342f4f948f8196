import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../src/main/app/handlers';
import { readPdfData } from '../../src/main/import/pdf-data';
import { parseReportFile } from '@shared/report/load';
import { loadReport, reportOf, SAMPLE_PATH } from '../helpers';
import { cell, editorPerTest, newReportFromStart, sharedBrowser, typePending } from './harness';
import type { EditorApp } from './harness';

/**
 * Issue 11.1: a number typed into a cell and not yet committed (no Enter, Tab or click on another cell)
 * is committed by every command and every focus change before it runs; a text that is not a number
 * stops the command and says why. Each test types without Enter, then triggers one command.
 */
const browser = sharedBrowser();

let dir: string;
let savePath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(savePath),
};
let app: EditorApp | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-commit-'));
  savePath = join(dir, '某镇2025.nianbao');
});
const open = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

const NEW = 'T3.new.natural';
const TOTAL = 'T3.new.total';
const shown = (page: Page, id: string) => cell(page, id).locator('.cell-value').textContent();
const dirty = (page: Page) => page.locator('[data-dirty]').getAttribute('data-dirty');
const notice = (page: Page) => page.locator('.status-notice').textContent();

async function start(): Promise<Page> {
  app = await open();
  await newReportFromStart(app.page);
  return app.page;
}

/** A new report saved once, so it has a file and nothing unsaved. */
async function startSaved(): Promise<Page> {
  const page = await start();
  await page.keyboard.press('Control+s');
  await expect.poll(() => existsSync(savePath ?? '')).toBe(true);
  await expect.poll(() => dirty(page)).toBe('false');
  return page;
}

const onDisk = () => loadReport(savePath ?? '');

/** The export (or print, preview) refuses nothing here: the new report's H1 error is accepted. */
async function acceptErrors(page: Page, label: string): Promise<void> {
  await page.waitForSelector('.modal');
  await page.getByRole('button', { name: label }).click();
}

describe('every command commits the number being typed first', () => {
  it('Ctrl+S saves the pending 5 with its total, and the report is clean', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    expect(await dirty(page)).toBe('true');
    await page.keyboard.press('Control+s');
    await expect.poll(() => dirty(page)).toBe('false');
    expect(onDisk().cells[NEW]).toBe(5);
    expect(onDisk().cells[TOTAL]).toBe(5);
    expect(await shown(page, TOTAL)).toBe('5');
    expect(await page.locator('.cell-editor-box.editing').count()).toBe(0);
  });

  it('the 保存 button saves it (the click moves the focus out of the cell first)', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => onDisk().cells[NEW]).toBe(5);
    await expect.poll(() => dirty(page)).toBe('false');
  });

  it('另存为 (Ctrl+Shift+S) writes it to the new file', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    savePath = join(dir, '另存.nianbao');
    await page.keyboard.press('Control+Shift+s');
    await expect.poll(() => existsSync(savePath ?? '') && onDisk().cells[NEW]).toBe(5);
    await expect.poll(() => dirty(page)).toBe('false');
  });

  it('导出PDF exports it (read back from the data the PDF carries); the report stays unsaved', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    savePath = join(dir, '导出.pdf');
    await page.getByRole('button', { name: '导出PDF' }).click();
    await acceptErrors(page, '仍然导出 PDF');
    await expect.poll(() => notice(page), { timeout: 20_000 }).toContain('已导出');
    const data = await readPdfData(new Uint8Array(await readFile(savePath)));
    if (!data.ok) throw new Error(data.message);
    const exported = reportOf(parseReportFile(data.text));
    expect(exported.cells[NEW]).toBe(5);
    expect(exported.cells[TOTAL]).toBe(5);
    expect(await dirty(page)).toBe('true');
  }, 60_000);

  it('导出Word exports it', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '4321');
    savePath = join(dir, '导出.docx');
    await page.getByRole('button', { name: '导出Word' }).click();
    await acceptErrors(page, '仍然导出 Word');
    await expect.poll(() => notice(page), { timeout: 20_000 }).toContain('导出.docx');
    const xml = execFileSync('unzip', ['-p', savePath, 'word/document.xml'], { encoding: 'utf8' });
    // The cell and its row total.
    expect(xml.match(/>4321</g)?.length).toBe(2);
    expect(await dirty(page)).toBe('true');
  }, 60_000);

  it('打印 (Ctrl+P) prints it', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '4321');
    await page.keyboard.press('Control+p');
    await acceptErrors(page, '仍然打印');
    await expect.poll(() => app?.printed.length).toBe(1);
    expect(app?.printed[0]?.match(/>4321</g)?.length).toBe(2);
  });

  it('预览 shows it', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '4321');
    await page.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => app?.rendered.length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('.preview-page img').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const pdf = join(dir, 'preview.pdf');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(pdf, app?.rendered[0] ?? new Uint8Array());
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(text.match(/\b4321\b/g)?.length).toBe(2);
  }, 60_000);

  it('Ctrl+Z while typing gives the cell its value back, as WPS does; 撤销 on the toolbar too', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    await page.keyboard.press('Control+z');
    expect(await shown(page, NEW)).toBe('');
    expect(await page.locator('.cell-editor-box.editing').count()).toBe(0);
    expect(await dirty(page)).toBe('false');

    await typePending(page, NEW, '5');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await shown(page, NEW)).toBe('');
    expect(await shown(page, TOTAL)).toBe('');
    expect(await dirty(page)).toBe('false');
    // Nothing half-done is left to redo into a surprise: redo puts the 5 back, as typed.
    await page.getByRole('button', { name: '重做' }).click();
    expect(await shown(page, NEW)).toBe('5');
  });

  it('Ctrl+Y while typing commits the number (a new step: there is nothing left to redo)', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    await page.keyboard.press('Control+y');
    expect(await shown(page, TOTAL)).toBe('5');
    expect(await dirty(page)).toBe('true');
    await page.keyboard.press('Control+z');
    expect(await shown(page, NEW)).toBe('');
  });

  it('首页 asks to save the pending number and saves it', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    await page.getByRole('button', { name: '首页' }).click();
    await page.waitForSelector('.modal');
    expect(await page.locator('#modal-message').textContent()).toContain('有未保存的修改');
    await page.locator('.modal').getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForSelector('.start');
    expect(onDisk().cells[NEW]).toBe(5);
  });

  it('a file opened from outside (double-click while running) asks to save the pending number first', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    const other = join(dir, '示例.nianbao');
    await copyFile(SAMPLE_PATH, other);
    const opened = await app?.files.open(other);
    if (!opened?.ok) throw new Error('sample did not open');
    await app?.emit('file:opened', opened.value);
    await page.locator('.modal').getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(() => page.locator('.doc-title-input').inputValue())
      .toBe('示例镇人民政府2025年政府信息公开工作年度报告');
    expect(onDisk().cells[NEW]).toBe(5);
  });

  it('closing the window: main learns of the pending edit, and the hand-over carries the 5', async () => {
    const page = await startSaved();
    expect(app?.files.isDirty()).toBe(false);
    await typePending(page, NEW, '5');
    // Without this main would close the window without asking (it asks only for unsaved reports).
    await expect.poll(() => app?.files.isDirty()).toBe(true);
    await app?.emit('app:closeRequested', null);
    await expect.poll(() => app?.files.dirtyDocs()[0]?.report.cells[NEW]).toBe(5);
    expect(app?.files.dirtyDocs()[0]?.report.cells[TOTAL]).toBe(5);
    // Esc before closing: main is told again that nothing is unsaved.
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await typePending(page, 'T3.new.commercial', '7');
    await expect.poll(() => app?.files.isDirty()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => app?.files.isDirty()).toBe(false);
  });

  it('clicking into a text box commits the number (totals follow) and typing goes to the text', async () => {
    const page = await startSaved();
    await typePending(page, NEW, '5');
    await page.locator('#part-text-overview').click();
    expect(await shown(page, TOTAL)).toBe('5');
    await page.keyboard.type('全年');
    expect(await page.locator('#part-text-overview').inputValue()).toBe('全年');
    expect(await shown(page, NEW)).toBe('5');
  });

  it('a text that is not a number stops the command: nothing is saved, the cell and the status line say why', async () => {
    const page = await startSaved();
    const before = await readFile(savePath ?? '', 'utf8');
    await typePending(page, NEW, '一');
    await page.keyboard.press('Control+s');
    expect(await page.locator('.cell-error').textContent()).toContain('“一”不是数字');
    expect(await notice(page)).toContain('未保存：“一、本年新收政府信息公开申请数量·自然人”中的“一”不是有效数字');
    expect(await readFile(savePath ?? '', 'utf8')).toBe(before);
    // The clerk can go on typing in the cell at once.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cell-editor');

    // Clicking into a text box does not leave the wrong text behind either: the focus comes back.
    await page.locator('#part-text-overview').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('cell-editor');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await page.keyboard.press('Control+s');
    await expect.poll(() => onDisk().cells[NEW]).toBe(3);
  });

  it('text typed through an input method (IME) reaches the report before Ctrl+S, in text boxes and cells', async () => {
    const page = await startSaved();
    const cdp = await page.context().newCDPSession(page);
    await page.locator('#part-text-overview').click();
    await cdp.send('Input.imeSetComposition', { text: 'quan', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.insertText', { text: '全年' });
    await cell(page, NEW).click();
    await cdp.send('Input.imeSetComposition', { text: '５', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '５' });
    await page.keyboard.press('Control+s');
    await expect.poll(() => dirty(page)).toBe('false');
    expect(onDisk().parts.overview).toBe('全年');
    expect(onDisk().cells[NEW]).toBe(5);
  });
});
