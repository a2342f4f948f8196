/**
 * The app's commands, named once: the menu sends them to the renderer (`menu:command`), the renderer's
 * keys and toolbar run the same functions. Each command's key lives here so the menu shows exactly the
 * key the editor answers to.
 */
export const APP_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'exportPdf',
  'exportDocx',
  'print',
  'preview',
  'undo',
  'redo',
  'find',
  'replace',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'showLastYear',
  'help',
  'shortcuts',
  'about',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/**
 * Each command's name, once: the menu shows it (with 「…」 where a dialog follows) and 帮助 lists the
 * keys under it.
 */
export const COMMAND_LABELS: Readonly<Record<AppCommand, string>> = {
  new: '新建',
  open: '打开',
  save: '保存',
  saveAs: '另存为',
  exportPdf: '导出 PDF',
  exportDocx: '导出 Word',
  print: '打印',
  preview: '打印预览',
  undo: '撤销',
  redo: '重做',
  find: '查找',
  replace: '替换',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '实际大小',
  showLastYear: '显示上年数',
  help: '帮助',
  shortcuts: '快捷键',
  about: '关于年报编辑器',
};

/** A key chord: `key` is KeyboardEvent.key (lower case for letters); Ctrl (⌘ on macOS) unless `bare`. */
export interface CommandKey {
  key: string;
  shift?: boolean;
  bare?: boolean;
}

export const COMMAND_KEYS: Partial<Record<AppCommand, CommandKey>> = {
  new: { key: 'n' },
  open: { key: 'o' },
  save: { key: 's' },
  saveAs: { key: 's', shift: true },
  print: { key: 'p' },
  undo: { key: 'z' },
  redo: { key: 'y' },
  find: { key: 'f' },
  replace: { key: 'h' },
  zoomIn: { key: '=' },
  zoomOut: { key: '-' },
  zoomReset: { key: '0' },
  help: { key: 'F1', bare: true },
};

/** Other chords the editor accepts for the same command, as spreadsheets do (not shown in the menu). */
export const ALTERNATE_KEYS: readonly (CommandKey & { command: AppCommand })[] = [
  { command: 'redo', key: 'z', shift: true },
  { command: 'zoomIn', key: '+' },
  { command: 'zoomIn', key: '+', shift: true },
];

/** A chord in Electron's accelerator syntax (`CmdOrCtrl+Shift+S`). */
export function accelerator(k: CommandKey): string {
  const key = k.key.length === 1 ? k.key.toUpperCase() : k.key;
  return [...(k.bare ? [] : ['CmdOrCtrl']), ...(k.shift ? ['Shift'] : []), key].join('+');
}

/** A chord as the clerk reads it in Chinese help (`Ctrl+Shift+S`). */
export function keyLabel(k: CommandKey): string {
  return accelerator(k).replace('CmdOrCtrl', 'Ctrl');
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const matches = (k: CommandKey, e: KeyPress): boolean =>
  !e.altKey &&
  (k.bare ? !(e.ctrlKey || e.metaKey) : e.ctrlKey || e.metaKey) &&
  Boolean(k.shift) === e.shiftKey &&
  (k.key.length === 1 ? e.key.toLowerCase() === k.key : e.key === k.key);

/** The command a key press means, if any. */
export function commandForKey(e: KeyPress): AppCommand | undefined {
  for (const command of APP_COMMANDS) {
    const k = COMMAND_KEYS[command];
    if (k && matches(k, e)) return command;
  }
  return ALTERNATE_KEYS.find((k) => matches(k, e))?.command;
}
