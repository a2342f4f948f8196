import type { AppCommand } from '@shared/ipc/app-commands';
import { accelerator, COMMAND_KEYS, PENDING_COMMANDS } from '@shared/ipc/app-commands';

/**
 * The application menu and the right-click menu as plain data (tested in Node); menu.ts turns a
 * `command` into a click that sends `menu:command` to the renderer.
 */
export type EditRole = 'cut' | 'copy' | 'paste' | 'selectAll';
export type MenuRole = EditRole | 'quit' | 'togglefullscreen' | 'reload' | 'toggleDevTools';

export interface MenuEntry {
  label?: string;
  command?: AppCommand;
  role?: MenuRole;
  accelerator?: string;
  /**
   * Always false: the page answers every key itself (the same table drives it), so the menu only
   * shows the key; registering it too would run a command twice.
   */
  registerAccelerator?: false;
  enabled?: boolean;
  type?: 'separator';
  submenu?: MenuEntry[];
}

const separator: MenuEntry = { type: 'separator' };

function command(label: string, id: AppCommand): MenuEntry {
  const key = COMMAND_KEYS[id];
  return {
    label,
    command: id,
    ...(key ? { accelerator: accelerator(key), registerAccelerator: false as const } : {}),
    enabled: !(PENDING_COMMANDS as readonly AppCommand[]).includes(id),
  };
}

const edit = (label: string, role: EditRole, key: string): MenuEntry => ({
  label,
  role,
  accelerator: `CmdOrCtrl+${key}`,
  registerAccelerator: false,
});

export const EDIT_ITEMS: readonly MenuEntry[] = [
  edit('剪切', 'cut', 'X'),
  edit('复制', 'copy', 'C'),
  edit('粘贴', 'paste', 'V'),
  separator,
  edit('全选', 'selectAll', 'A'),
];

/** 文件 编辑 视图 帮助. Reload and DevTools only in a development build, never for a clerk. */
export function applicationMenu(options: { development: boolean }): MenuEntry[] {
  const develop: MenuEntry[] = options.development
    ? [
        separator,
        { label: '重新载入（开发）', role: 'reload' },
        { label: '开发者工具（开发）', role: 'toggleDevTools' },
      ]
    : [];
  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建…', 'new'),
        command('打开…', 'open'),
        separator,
        command('保存', 'save'),
        command('另存为…', 'saveAs'),
        separator,
        command('导出 PDF…', 'exportPdf'),
        command('导出 Word…', 'exportDocx'),
        separator,
        command('打印预览', 'preview'),
        command('打印…', 'print'),
        separator,
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('撤销', 'undo'),
        command('重做', 'redo'),
        separator,
        ...EDIT_ITEMS,
        separator,
        command('查找…', 'find'),
        command('替换…', 'replace'),
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        command('放大', 'zoomIn'),
        command('缩小', 'zoomOut'),
        command('实际大小', 'zoomReset'),
        separator,
        { label: '全屏', role: 'togglefullscreen' },
        ...develop,
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [command('帮助', 'help'), command('快捷键', 'shortcuts'), separator, command('关于年报编辑器', 'about')],
    },
  ];
}

/** What Electron's `context-menu` event tells about the place the clerk right-clicked. */
export interface ContextTarget {
  isEditable: boolean;
  selectionText: string;
}

/**
 * 剪切 复制 粘贴 全选 in text boxes and table cells (a focused cell is the table's own text box, and the
 * table answers cut, copy and paste for its selected cells); in other text only 复制 a selection.
 */
export function contextMenu(target: ContextTarget): MenuEntry[] {
  if (target.isEditable) return [...EDIT_ITEMS];
  if (target.selectionText.trim()) return EDIT_ITEMS.filter((e) => e.role === 'copy');
  return [];
}
