import { ALTERNATE_KEYS, APP_COMMANDS, COMMAND_KEYS, COMMAND_LABELS, keyLabel } from '@shared/ipc/app-commands';
import { useStore } from '../../store/store';
import type { HelpTab } from '../../store/ui-slice';

/** 帮助 (F1): opens at the first steps; F1 again closes it, whichever tab is shown. */
export function toggleHelp(): void {
  const s = useStore.getState();
  s.setHelp(s.help ? null : 'steps');
}

export const openHelp = (tab: HelpTab): void => useStore.getState().setHelp(tab);

export const closeHelp = (): void => useStore.getState().setHelp(null);

export interface ShortcutRow {
  keys: string[];
  name: string;
}

/** The editor's keys, from the table the keys and the menu run on (never a list of its own). */
export function commandShortcuts(): ShortcutRow[] {
  return APP_COMMANDS.flatMap((command) => {
    const k = COMMAND_KEYS[command];
    if (!k) return [];
    // Ctrl++ and Ctrl+Shift++ are Ctrl+= on other keyboard layouts: only a different letter is worth telling.
    const others = ALTERNATE_KEYS.filter((a) => a.command === command && /^[a-z]$/.test(a.key)).map(keyLabel);
    return [{ keys: [keyLabel(k), ...others], name: COMMAND_LABELS[command] }];
  });
}

/** The table's own keys, as in WPS 表格 (keyboard.ts answers them). */
export const TABLE_KEYS: readonly ShortcutRow[] = [
  { keys: ['方向键', 'Tab', 'Shift+Tab'], name: '在单元格间移动' },
  { keys: ['Enter'], name: '填入并下移' },
  { keys: ['直接输入'], name: '覆盖单元格的数字' },
  { keys: ['F2', '双击'], name: '修改单元格的数字' },
  { keys: ['Esc'], name: '取消正在输入的数字' },
  { keys: ['Delete'], name: '清空所选单元格' },
  { keys: ['Home', 'End'], name: '到本行的第一格、最后一格' },
  { keys: ['Ctrl+方向键'], name: '到本行或本列的尽头' },
  { keys: ['Shift+方向键'], name: '选中一片单元格' },
  { keys: ['Ctrl+Enter'], name: '把输入的数字填入全部选中的单元格' },
  { keys: ['Ctrl+C', 'Ctrl+V'], name: '复制、粘贴一组数字（可从 Excel、WPS 或网页复制）' },
];
