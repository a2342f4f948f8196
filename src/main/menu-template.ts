import type { AppCommand } from '@shared/ipc/app-commands';
import { accelerator, COMMAND_KEYS, COMMAND_LABELS } from '@shared/ipc/app-commands';

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
  type?: 'separator';
  submenu?: MenuEntry[];
}

const separator: MenuEntry = { type: 'separator' };

/** `dialog`: the command asks something first, which the label says with 「…」 as desktop menus do. */
function command(id: AppCommand, options: { dialog?: boolean } = {}): MenuEntry {
  const key = COMMAND_KEYS[id];
  return {
    label: `${COMMAND_LABELS[id]}${options.dialog ? '…' : ''}`,
    command: id,
    ...(key ? { accelerator: accelerator(key), registerAccelerator: false as const } : {}),
  };
}
const dialog = { dialog: true };

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
        command('new', dialog),
        command('open', dialog),
        separator,
        command('save'),
        command('saveAs', dialog),
        separator,
        command('exportPdf', dialog),
        command('exportDocx', dialog),
        separator,
        command('preview'),
        command('print', dialog),
        separator,
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('undo'),
        command('redo'),
        separator,
        ...EDIT_ITEMS,
        separator,
        command('find', dialog),
        command('replace', dialog),
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        command('zoomIn'),
        command('zoomOut'),
        command('zoomReset'),
        separator,
        command('showLastYear'),
        separator,
        { label: '全屏', role: 'togglefullscreen' },
        ...develop,
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [command('help'), command('shortcuts'), separator, command('about')],
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
