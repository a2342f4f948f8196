import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../src/main/app/handlers';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';
import { cell, editorPerTest, SCREENSHOTS, sharedBrowser, typeInto } from './harness';

const browser = sharedBrowser();

let dir: string;
let savePath: string | undefined;
let openPath: string | undefined;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(openPath),
  chooseSavePath: () => Promise.resolve(savePath),
};
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-e2e-'));
  savePath = join(dir, '某镇2025.nianbao');
  openPath = undefined;
});

const start = editorPerTest(() => ({ browser: browser(), userData: join(dir, 'userdata'), dialogs }));

async function newReport(page: Page, unit = '某镇人民政府'): Promise<void> {
  if (await page.locator('.editor').count()) await page.getByRole('button', { name: '首页' }).click();
  // The editor has a 单位全称 field too: fill the form only once the start screen is there.
  await page.waitForSelector('.start');
  await page.getByLabel('单位全称').fill(unit);
  await page.getByLabel('报告年度').selectOption('2025');
  await expect(page.locator('.format-note').textContent()).resolves.toContain('国办公开办函〔2021〕30号');
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await page.waitForSelector('.editor');
}

const text = (page: Page, id: string) => cell(page, id).locator('.cell-value').textContent();
const rules = (page: Page) =>
  page.locator('.problems li button').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));

describe('the editor in Chromium, on the real main-process modules', () => {
  it('opens the built-in sample on first run, offline', async () => {
    const app = await start();
    expect(await app.page.locator('.doc-title-input').inputValue()).toBe(
      '示例镇人民政府2025年政府信息公开工作年度报告',
    );
    expect(await app.page.locator('td[data-cell]').count()).toBe(200);
    expect(await app.page.locator('.problems-clean').textContent()).toContain('没有发现问题');
    expect(app.foreign).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('new report → T3 by keyboard → H1 on the right cells → fixed → saved → reopened identical', async () => {
    const { page, foreign, errors } = await start();
    await newReport(page);
    await typeInto(page, 'T3.new.natural', '5');
    // Enter moved down: the next digit lands in 上年结转.
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    expect(await text(page, 'T3.carried_in.natural')).toBe('1');
    expect(await text(page, 'T3.new.total')).toBe('5');

    expect(await rules(page)).toContain('H1');
    for (const id of ['T3.result_total.natural', 'T3.carry_out.natural', 'T3.new.natural', 'T3.carried_in.natural']) {
      await expect(cell(page, id).getAttribute('class')).resolves.toContain('error');
    }
    expect(await cell(page, 'T3.new.natural').getAttribute('title')).toContain(
      '新收+上年结转=6，办结+结转下年=0，相差6件',
    );
    await expect(cell(page, 'T3.new.commercial').getAttribute('class')).resolves.not.toContain('error');

    await typeInto(page, 'T3.open.natural', '5');
    await typeInto(page, 'T3.carry_out.natural', '1');
    expect(await rules(page)).not.toContain('H1');
    expect(await text(page, 'T3.result_total.total')).toBe('5');

    await page
      .locator('#part-text-overview')
      .fill('全年共收到政府信息公开申请5件。\n（一）主动公开\n主动公开信息20条。');
    expect(await page.title()).toBe('● 未命名报告 - 年报编辑器');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    expect(await page.title()).toBe('某镇2025.nianbao - 年报编辑器');
    const saved = loadReport(savePath ?? '');
    expect(saved.cells['T3.new.natural']).toBe(5);
    expect(saved.cells['T3.carried_in.total']).toBe(1);
    expect(saved.parts.overview).toBe('全年共收到政府信息公开申请5件。\n（一）主动公开\n主动公开信息20条。');

    // Reopen from the recent list: every value and text as saved.
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByRole('button', { name: /某镇2025\.nianbao/ }).click();
    await page.waitForSelector('.editor');
    for (const [id, v] of Object.entries(saved.cells))
      expect(await text(page, id), id).toBe(v === null ? '' : String(v));
    expect(await page.locator('#part-text-overview').inputValue()).toBe(saved.parts.overview);
    expect(await page.locator('.doc-title-input').inputValue()).toBe('某镇人民政府2025年政府信息公开工作年度报告');

    // 历史版本: save twice more, then put the first saved version back.
    await typeInto(page, 'T3.new.commercial', '0');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    await page.getByRole('button', { name: '历史版本' }).click();
    await expect.poll(() => page.locator('.history li').count()).toBe(1);
    await page.getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => text(page, 'T3.new.commercial')).toBe('');
    expect(loadReport(savePath ?? '').cells['T3.new.commercial']).toBeNull();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('pastes a block from Excel as one undo step; undo and redo', async () => {
    const { page } = await start();
    await newReport(page);
    await cell(page, 'T3.new.natural').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '3\t1\t0\t0\t0\t0\r\n1\t0\t0\t0\t0\t0\r\n');
      (document.activeElement ?? document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    expect(await text(page, 'T3.new.natural')).toBe('3');
    expect(await text(page, 'T3.new.commercial')).toBe('1');
    expect(await text(page, 'T3.carried_in.natural')).toBe('1');
    expect(await text(page, 'T3.new.total')).toBe('4');
    expect(await page.locator('.status-notice').textContent()).toContain('已粘贴 12 个数字');

    await page.keyboard.press('Control+z');
    expect(await text(page, 'T3.new.natural')).toBe('');
    expect(await text(page, 'T3.carried_in.natural')).toBe('');
    await page.keyboard.press('Control+y');
    expect(await text(page, 'T3.new.natural')).toBe('3');
    expect(await text(page, 'T3.carried_in.natural')).toBe('1');

    // Typing in a text merges into one step; undo takes the whole run back.
    await page.locator('#part-text-problems').click();
    await page.keyboard.type('一是公开不及时。');
    await page.keyboard.press('Control+z');
    expect(await page.locator('#part-text-problems').inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    expect(await page.locator('#part-text-problems').inputValue()).toBe('一是公开不及时。');
  });

  it('automatic totals: shown and not editable when on; typed and checked when off', async () => {
    const { page } = await start();
    await newReport(page);
    await typeInto(page, 'T3.new.natural', '2');
    await expect(cell(page, 'T3.new.total').getAttribute('class')).resolves.toContain('auto');
    await cell(page, 'T3.new.total').click();
    await page.keyboard.type('9');
    expect(await page.locator('.cell-editor-box .cell-error').textContent()).toContain('自动合计');
    expect(await text(page, 'T3.new.total')).toBe('2');

    await page.getByRole('checkbox', { name: '自动合计' }).uncheck();
    await typeInto(page, 'T3.new.total', '9');
    expect(await text(page, 'T3.new.total')).toBe('9');
    expect(await rules(page)).toContain('H2');
    await expect(cell(page, 'T3.new.total').getAttribute('class')).resolves.toContain('error');

    await page.getByRole('checkbox', { name: '自动合计' }).check();
    expect(await text(page, 'T3.new.total')).toBe('2');
    expect(await rules(page)).not.toContain('H2');
  });

  it('refuses what is not a number, at the cell, and keeps the value', async () => {
    const { page } = await start();
    await newReport(page);
    await typeInto(page, 'T2.a20_5.licensing.decisions', '１，５６０');
    expect(await text(page, 'T2.a20_5.licensing.decisions')).toBe('1560');
    await cell(page, 'T2.a20_5.licensing.decisions').click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    expect(await page.locator('.cell-editor-box .cell-error').textContent()).toContain('“abc”不是数字');
    await page.keyboard.press('Escape');
    expect(await text(page, 'T2.a20_5.licensing.decisions')).toBe('1560');
    await typeInto(page, 'T3.new.natural', '-3');
    expect(await page.locator('.cell-editor-box .cell-error').textContent()).toContain('不能为负数');
  });

  it('moves with the keyboard: Tab, arrows, Ctrl+arrows, Delete, F2', async () => {
    const { page } = await start();
    await newReport(page);
    await cell(page, 'T3.new.natural').click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    expect(await text(page, 'T3.new.commercial')).toBe('7');
    await page.keyboard.press('Control+ArrowDown');
    expect(await page.locator('.cell.focused').getAttribute('data-cell')).toBe('T3.carry_out.research');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cell-editor');
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    expect(await text(page, 'T3.new.commercial')).toBe('');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('F2');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    expect(await text(page, 'T3.new.commercial')).toBe('71');
    // Screen readers hear the row and column, the value, and what is wrong with it.
    expect(await cell(page, 'T3.new.commercial').getAttribute('aria-label')).toMatch(
      /^一、本年新收政府信息公开申请数量，商业企业：71，错误：/,
    );
  });
});

describe('exports from the editor', () => {
  it('asks before exporting a report with errors, then writes the PDF and the Word file', async () => {
    const app = await start();
    const page = app.page;
    await newReport(page);
    await typeInto(page, 'T3.new.natural', '4');
    savePath = join(dir, '导出.pdf');
    await page.getByRole('button', { name: '导出PDF' }).click();
    expect(await page.locator('.modal h2').textContent()).toMatch(/^报告还有 \d+ 个错误$/);
    expect(await page.locator('.modal p').textContent()).toContain('新收+上年结转=4，办结+结转下年=0，相差4件');
    await page.getByRole('button', { name: '导出 PDF（加“草稿”水印）' }).click();
    await expect.poll(() => page.locator('.status-notice').textContent(), { timeout: 20_000 }).toContain('已导出');
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', ['-raw', savePath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('某镇人民政府2025年政府信息公开工作年度报告');
    expect(text).toContain('草稿');
    // The export ends with 打开文件 / 打开所在文件夹: main opens what it wrote, by the id it handed out.
    expect(await page.locator('#modal-title').textContent()).toBe('导出 PDF完成');
    await page.getByRole('button', { name: '打开所在文件夹' }).click();
    expect(app.shellOpened).toEqual([`folder:${savePath}`]);

    savePath = join(dir, '导出.docx');
    await page.getByRole('button', { name: '导出Word' }).click();
    // The Word file has no watermark, so none is offered.
    await expect(page.locator('.modal-actions button').allTextContents()).resolves.toEqual([
      '返回修改',
      '仍然导出 Word',
    ]);
    await page.getByRole('button', { name: '仍然导出 Word' }).click();
    await expect.poll(() => page.locator('.status-notice').textContent(), { timeout: 20_000 }).toContain('导出.docx');
    await page.getByRole('button', { name: '打开文件' }).click();
    expect(app.shellOpened).toEqual([`folder:${join(dir, '导出.pdf')}`, `open:${savePath}`]);
    expect(execFileSync('unzip', ['-p', savePath, 'word/document.xml'], { encoding: 'utf8' })).toContain(
      '一、本年新收政府信息公开申请数量',
    );
  }, 60_000);
});

describe('从上一年报告新建, in the editor', () => {
  it('carries 上年结转 and shows last year’s texts as drafts that N8 checks', async () => {
    const { page } = await start();
    openPath = SAMPLE_PATH;
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByRole('button', { name: '从上一年报告新建…' }).click();
    await page.waitForSelector('.editor');
    // First what was carried over, in words (issue 11.4).
    expect(await page.locator('#modal-title').textContent()).toBe('从上一年报告新建');
    const summary = await page.locator('#modal-message').textContent();
    expect(summary).toContain('已从2025年度报告带入');
    expect(summary).toContain('上年结转1件（');
    expect(summary).toContain('正文3个部分沿用上年原文');
    await page.getByRole('button', { name: '确定' }).click();
    // H1 is worded for carry-over: the carried application is not yet anywhere.
    expect(await page.locator('.problems button[data-rule="H1"]').first().textContent()).toContain(
      '上年结转1件尚未计入办理结果或结转下年度',
    );
    expect(await page.locator('.doc-title-input').inputValue()).toBe('示例镇人民政府2026年政府信息公开工作年度报告');
    expect(await text(page, 'T3.carried_in.natural')).toBe('1');
    expect(await page.locator('.draft-note').count()).toBe(3);
    expect(await rules(page)).toContain('N8');
    await page.locator('#part-text-problems').fill('一是今年新发现的问题。二是将建立台账逐项整改。');
    expect(await page.locator('.draft-note').count()).toBe(2);
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
  });
});

describe('粘贴导入, in the editor', () => {
  /** Pastes into the focused element as the browser does: the clipboard's HTML and text together. */
  async function paste(page: Page, data: { html?: string; text: string }, into = true): Promise<void> {
    if (into) await page.getByLabel('粘贴报告内容').focus();
    else await page.locator('.start-header').click();
    await page.evaluate((d) => {
      const transfer = new DataTransfer();
      if (d.html) transfer.setData('text/html', d.html);
      transfer.setData('text/plain', d.text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, data);
  }

  it('imports a report copied from the county portal, tells what it read, and opens it unsaved', async () => {
    const { page, errors } = await start();
    await page.getByRole('button', { name: '首页' }).click();
    const html = new TextDecoder('gb18030').decode(await readFile(fixturePath('web/portal-2021.html')));
    await paste(page, { html, text: '城关镇2021年政府信息公开工作年度报告 …' });
    await expect(page.locator('.paste-status').textContent()).resolves.toContain('网页内容（含表格）');
    await page.screenshot({ path: join(SCREENSHOTS, 'paste-import.png') });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForSelector('.modal');
    expect(await page.locator('#modal-title').textContent()).toBe('导入结果');
    const summary = await page.locator('#modal-message').textContent();
    expect(summary).toContain('已从原文填入 200 个单元格，空白 0 个。');
    expect(summary).toContain('“另存为”');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-result.png') });
    await page.getByRole('button', { name: '确定' }).click();
    expect(await page.locator('.doc-title-input').inputValue()).toBe('城关镇2021年政府信息公开工作年度报告');
    expect(await text(page, 'T3.new.natural')).toBe('5');
    expect(await text(page, 'T2.a20_5.licensing.decisions')).toBe('1024');
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('asks the clerk which reading of a row whose digits ran together is the printed one', async () => {
    const { page, errors } = await start();
    await page.getByRole('button', { name: '首页' }).click();
    const seed = await readFile(fixturePath('seeds/000_21d3bb4be097aba7.txt'), 'utf8');
    const text = seed.replace(
      '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '一、本年新收政府信息公开申请数量150010016',
    );
    await paste(page, { text });
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByRole('button', { name: '确定' }).click();
    expect(await rules(page)).toContain('I1');
    await expect(cell(page, 'T3.new.natural').getAttribute('class')).resolves.toContain('warning');
    await page.locator('.problems').screenshot({ path: join(SCREENSHOTS, 'split-choices.png') });
    await page.getByRole('button', { name: '填入 15 | 0 | 0 | 1 | 0 | 0 | 16' }).click();
    expect(await rules(page)).not.toContain('I1');
    expect(await page.locator('[data-cell="T3.new.welfare"] .cell-value').textContent()).toBe('1');
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await rules(page)).toContain('I1');
    expect(errors).toEqual([]);
  });

  it('marks rows placed by their order (seed 001) until the clerk says they are checked', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: '首页' }).click();
    // Ctrl+V on the start screen, not in the box: the paste still lands there.
    await paste(page, { text: await readFile(fixturePath('seeds/001_f490327802bf34e8.txt'), 'utf8') }, false);
    await expect(page.locator('.paste-status').textContent()).resolves.toContain('已粘贴文本');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.waitForSelector('.modal');
    expect(await page.locator('#modal-message').textContent()).toContain('原文没有标题，年度：2021年、单位：崇文镇');
    await page.getByRole('button', { name: '确定' }).click();
    expect(await rules(page)).toContain('I2');
    await expect(cell(page, 'T3.open.natural').getAttribute('class')).resolves.toContain('info');
    await cell(page, 'T3.open.natural').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-by-position.png') });
    await page.getByRole('button', { name: '已核对' }).click();
    expect(await rules(page)).not.toContain('I2');
    // Undoable, like every edit.
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await rules(page)).toContain('I2');
  });
});

describe('a 2019-format report in the editor', () => {
  it('lets the clerk say the unit of 采购总金额, which the template does not print', async () => {
    const { page, errors } = await start();
    openPath = fixturePath('ninghe-2020.nianbao');
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByRole('button', { name: '打开文件…' }).click();
    await page.waitForSelector('.editor');
    const unit = page.getByLabel('采购总金额的单位');
    expect(await unit.inputValue()).toBe('元');
    await unit.selectOption('万元');
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
    await unit.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'procurement-unit.png') });
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await unit.inputValue()).toBe('元');
    await unit.selectOption('');
    expect(await unit.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('recovery after a killed session, in the editor', () => {
  it('offers the unsaved edits at the next start and restores them', async () => {
    const { buildChild } = await import('../main/children/build');
    const { spawn } = await import('node:child_process');
    const { copyFile } = await import('node:fs/promises');
    const path = join(dir, '示例镇2025.nianbao');
    await copyFile(SAMPLE_PATH, path);
    const original = await readFile(path);
    const child = await buildChild();
    await new Promise<void>((resolve) => {
      const proc = spawn(process.execPath, [child, 'edit', join(dir, 'userdata'), path], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      proc.stdout.on('data', (c: Buffer) => c.toString().includes('flushed') && proc.kill('SIGKILL'));
      proc.on('exit', () => resolve());
    });

    const { page } = await start();
    await page.waitForSelector('.recovery');
    expect(await page.locator('.recovery li').textContent()).toContain('表格数字改动 1 处');
    await page.getByRole('button', { name: '恢复', exact: true }).click();
    await page.waitForSelector('.editor');
    expect(await text(page, 'T3.new.natural')).toBe('99');
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
    // Recovering is not undoable, and the file is untouched until saved.
    await expect(page.getByRole('button', { name: '撤销' }).isDisabled()).resolves.toBe(true);
    expect(await readFile(path)).toEqual(original);
  }, 60_000);
});

describe('screenshots', () => {
  it.each([
    [1024, 640],
    [1366, 768],
    [1920, 1080],
  ])('at %i×%i', async (width, height) => {
    const { page, errors } = await start({ width, height });
    // The unit's fields wrap in a narrow column instead of running off the page's right edge.
    const sheet = await page.locator('.document').boundingBox();
    const region = await page.getByLabel('所在地区').boundingBox();
    expect(sheet && region && region.x + region.width <= sheet.x + sheet.width).toBe(true);
    // Column heads break between their two-character words as the template prints them (商业/企业), never
    // inside one (商业企/业), and a three-character head is one word (自然人, not 自然/人): the characters of
    // each word share a line.
    const splitWords = await page.locator('.report-table th.head').evaluateAll((heads) =>
      heads.flatMap((th) => {
        const whole = /^[\u4e00-\u9fff]{3}$/u.test(th.textContent ?? '');
        if (!whole && !/^(?:[\u4e00-\u9fff]{2}){2,}$/u.test(th.textContent ?? '')) return [];
        const tops: number[] = [];
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            tops.push(Math.round(range.getBoundingClientRect().top));
          }
        }
        const text = th.textContent ?? '';
        return tops.filter((top, i) => (whole ? i > 0 : i % 2 === 1) && top !== tops[i - 1]).map(() => text);
      }),
    );
    expect(splitWords).toEqual([]);
    await typeInto(page, 'T3.new.natural', '6');
    await page.locator('#part-T3, #part-requests').first().scrollIntoViewIfNeeded();
    await cell(page, 'T3.new.natural').click();
    await page.screenshot({ path: join(SCREENSHOTS, `editor-${width}x${height}.png`) });
    await page.locator('.document-scroll').evaluate((e) => e.scrollTo(0, 0));
    // The copy kept for a crash is said as what the app did, not as if this were a recovered copy.
    await expect.poll(() => page.locator('.status-bar').textContent()).toMatch(/已自动保存恢复副本 \d\d:\d\d(?!:)/);
    await page.screenshot({ path: join(SCREENSHOTS, `editor-top-${width}x${height}.png`) });
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByRole('button', { name: '不保存' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, `start-${width}x${height}.png`) });
    expect(errors).toEqual([]);
  });
});
