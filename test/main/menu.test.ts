import { describe, expect, it } from 'vitest';
import { ALTERNATE_KEYS, APP_COMMANDS, COMMAND_LABELS, commandForKey } from '@shared/ipc/app-commands';
import type { KeyPress } from '@shared/ipc/app-commands';
import { applicationMenu, contextMenu } from '../../src/main/menu-template';
import type { MenuEntry } from '../../src/main/menu-template';

const items = (entries: readonly MenuEntry[]): MenuEntry[] =>
  entries.flatMap((e) => (e.submenu ? [e, ...items(e.submenu)] : [e]));
const packaged = applicationMenu({ development: false });
const all = items(packaged);
const CHINESE = /[\u4e00-\u9fff]/;

/** Reads an accelerator the way Electron does, into the key press a clerk makes (Ctrl on Windows/Linux). */
function pressFor(acc: string): KeyPress {
  const parts = acc.split('+');
  const key = parts.at(-1) ?? '';
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('CmdOrCtrl'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  };
}

describe('the application menu', () => {
  it('is 文件 编辑 视图 帮助, every item labelled in Chinese', () => {
    expect(packaged.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    for (const e of all.filter((x) => x.type !== 'separator')) expect(e.label).toMatch(CHINESE);
  });

  it('holds the file, edit, zoom and help commands the brief names', () => {
    const labels = all.map((e) => e.label);
    for (const l of ['新建…', '打开…', '保存', '另存为…', '导出 PDF…', '导出 Word…', '打印…', '打印预览', '退出'])
      expect(labels).toContain(l);
    for (const l of ['撤销', '重做', '剪切', '复制', '粘贴', '全选', '查找…', '替换…', '放大', '缩小', '实际大小'])
      expect(labels).toContain(l);
    for (const l of ['帮助', '快捷键', '关于年报编辑器']) expect(labels).toContain(l);
  });

  it('offers every app command exactly once, under the name 帮助 lists its key by', () => {
    const commands = all.flatMap((e) => (e.command ? [e.command] : []));
    expect([...commands].sort()).toEqual([...APP_COMMANDS].sort());
    for (const e of all.filter((x) => x.command))
      expect(e.label?.replace(/…$/, ''), e.label).toBe(COMMAND_LABELS[e.command ?? 'help']);
  });

  it('has 显示上年数 in 视图 and a working 帮助 (F1) in 帮助', () => {
    const menu = (label: string) => packaged.find((m) => m.label === label)?.submenu ?? [];
    expect(menu('视图(&V)').map((e) => e.command)).toContain('showLastYear');
    expect(menu('帮助(&H)')[0]).toEqual({
      label: '帮助',
      command: 'help',
      accelerator: 'F1',
      registerAccelerator: false,
    });
  });

  it('shows unique keys, each the one the editor answers to, and leaves the keys to the page', () => {
    const keyed = all.filter((e) => e.accelerator);
    const accs = keyed.map((e) => e.accelerator);
    expect(new Set(accs).size).toBe(accs.length);
    for (const e of keyed) {
      expect(e.registerAccelerator, e.label).toBe(false);
      if (e.command) expect(commandForKey(pressFor(e.accelerator ?? '')), e.label).toBe(e.command);
      // Cut, copy, paste and select-all are the text box's own keys, never an app command.
      else expect(commandForKey(pressFor(e.accelerator ?? '')), e.label).toBeUndefined();
    }
    expect(keyed.find((e) => e.command === 'save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(keyed.find((e) => e.command === 'saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(keyed.find((e) => e.command === 'help')?.accelerator).toBe('F1');
  });

  it('keeps the spreadsheet alternatives apart from every shown key', () => {
    const shown = new Set(all.map((e) => e.accelerator));
    for (const alt of ALTERNATE_KEYS) {
      const acc = [...(alt.shift ? ['Shift'] : []), alt.key.toUpperCase()].join('+');
      expect(shown.has(`CmdOrCtrl+${acc}`)).toBe(false);
      expect(
        commandForKey({ key: alt.key, ctrlKey: true, metaKey: false, shiftKey: Boolean(alt.shift), altKey: false }),
      ).toBe(alt.command);
    }
    expect(commandForKey({ key: 's', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined();
    expect(commandForKey({ key: 's', ctrlKey: true, metaKey: false, shiftKey: false, altKey: true })).toBeUndefined();
  });

  it('has no Reload or Developer Tools for a clerk; a dev build has them', () => {
    const roles = all.map((e) => e.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    expect(JSON.stringify(packaged)).not.toMatch(/reload|devtools|Reload|DevTools/i);
    const dev = items(applicationMenu({ development: true })).map((e) => e.role);
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });
});

describe('the right-click menu', () => {
  it('offers 剪切 复制 粘贴 全选 in text boxes and cells', () => {
    const menu = contextMenu({ isEditable: true, selectionText: '' }).filter((e) => e.type !== 'separator');
    expect(menu.map((e) => [e.label, e.role])).toEqual([
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
  });

  it('offers only 复制 on selected text elsewhere, and nothing on empty space', () => {
    expect(contextMenu({ isEditable: false, selectionText: '本年度' }).map((e) => e.label)).toEqual(['复制']);
    expect(contextMenu({ isEditable: false, selectionText: ' ' })).toEqual([]);
  });
});
