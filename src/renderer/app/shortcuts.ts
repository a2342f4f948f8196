import { commandForKey } from '@shared/ipc/app-commands';
import type { KeyPress } from '@shared/ipc/app-commands';
import { runCommand } from './command-table';

/** Editor-wide keys: the same commands, from the same table, as the menu. */
export function handleShortcut(e: KeyPress & { preventDefault: () => void }): void {
  const command = commandForKey(e);
  if (command && runCommand(command)) e.preventDefault();
}
