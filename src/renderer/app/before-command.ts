import { formatIndex } from '@shared/format';
import { commitEditing, focusCellEditor } from '../features/table/cell-actions';
import { useStore } from '../store/store';

/**
 * The one gate every command passes first (save, export, print, preview, undo/redo, leaving the
 * editor, the close hand-over, menu commands): the value being typed into a cell is committed, so no
 * command works on a report that lacks what the clerk sees on screen. When the text is not a number,
 * the command does not run: the cell keeps the text and says why, the status line tells what was
 * refused, and the cell's text box gets the focus back so the clerk can fix it (or press Esc).
 * Text boxes need nothing here: they are controlled and write every keystroke to the store.
 */
export function beforeCommand(what?: string): boolean {
  const { editing, report } = useStore.getState();
  if (!editing || commitEditing()) return true;
  const def = report ? formatIndex(report.formatId).byId.get(editing.cell) : undefined;
  const where = def ? `“${def.rowLabel}·${def.colLabel}”` : '单元格';
  useStore
    .getState()
    .say(`${what ? `未${what}：` : ''}${where}中的“${editing.text.trim()}”不是有效数字。请改正，或按 Esc 取消。`);
  // Not select(): that would clear the reason shown at the cell.
  if (useStore.getState().focus !== editing.cell) useStore.setState({ focus: editing.cell, anchor: null });
  document.querySelector(`[data-cell="${editing.cell}"]`)?.scrollIntoView({ block: 'nearest' });
  focusCellEditor();
  return false;
}
