import { useStore } from '../store/store';
import { printReport, save, saveAs } from './commands';

/** Editor-wide keys. A cell being edited keeps Ctrl+Z for its own text box. */
export function handleShortcut(e: KeyboardEvent): void {
  const s = useStore.getState();
  if (s.view !== 'editor' || s.modal || !(e.ctrlKey || e.metaKey)) return;
  const key = e.key.toLowerCase();
  if (key === 's') void (e.shiftKey ? saveAs() : save());
  else if (key === 'z' && !s.editing) (e.shiftKey ? s.redo : s.undo)();
  else if (key === 'y' && !s.editing) s.redo();
  else if (key === 'p') void printReport();
  else if (key === '=' || key === '+') s.zoomBy(1);
  else if (key === '-') s.zoomBy(-1);
  else if (key === '0') s.zoomBy('reset');
  else return;
  e.preventDefault();
}
