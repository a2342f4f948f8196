import type { KeyboardEvent } from 'react';
import { useStore } from '../../store/store';
import { cancelEditing, commitEditing, fillBlockWithEditing, setValues, startEditing } from './cell-actions';
import { block, move } from './grid-model';
import type { Move, TableModel } from './grid-model';

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Spreadsheet keys for one table: arrows, Tab, Enter, F2, Esc, Delete, Home/End, Ctrl+arrows. Typing
 * itself reaches the focused cell's text box (see Cell), so input methods work too.
 */
export function handleTableKey(e: KeyboardEvent, model: TableModel): void {
  const s = useStore.getState();
  const focus = s.focus;
  if (!focus || !model.byId.has(focus)) return;
  const go = (where: Move, extend = false) => s.select(move(model, focus, where, e.ctrlKey || e.metaKey), extend);

  if (s.editing) {
    const arrow = ARROWS[e.key];
    const to = (where: Move) => move(model, focus, where, e.ctrlKey || e.metaKey);
    if (e.key === 'Escape') cancelEditing();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey))
      fillBlockWithEditing(s.anchor ? block(model, s.anchor, focus).flat() : [focus]);
    else if (e.key === 'Enter') commitEditing(to(e.shiftKey ? 'up' : 'down'));
    else if (e.key === 'Tab') commitEditing(to(e.shiftKey ? 'prev' : 'next'));
    else if (arrow && s.editing.mode === 'replace') commitEditing(to(arrow));
    else return;
    e.preventDefault();
    return;
  }

  const arrow = ARROWS[e.key];
  if (arrow) go(arrow, e.shiftKey);
  else if (e.key === 'Tab') go(e.shiftKey ? 'prev' : 'next');
  else if (e.key === 'Enter') go(e.shiftKey ? 'up' : 'down');
  else if (e.key === 'Home') go('home');
  else if (e.key === 'End') go('end');
  else if (e.key === 'F2') startEditing(focus, null, 'edit');
  else if (e.key === 'Delete' || e.key === 'Backspace') {
    const cells = s.anchor ? block(model, s.anchor, focus).flat() : [focus];
    setValues(cells.map((id) => [id, null]));
  } else return;
  e.preventDefault();
}
