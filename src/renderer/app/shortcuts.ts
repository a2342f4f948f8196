import { useStore } from '../store/store';
import { printReport, redo, save, saveAs, undo } from './commands';

/** Editor-wide keys; each command first commits the value being typed into a cell (see beforeCommand). */
export function handleShortcut(e: KeyboardEvent): void {
  const s = useStore.getState();
  if (s.view !== 'editor' || s.modal || !(e.ctrlKey || e.metaKey)) return;
  const key = e.key.toLowerCase();
  if (key === 's') void (e.shiftKey ? saveAs() : save());
  else if (key === 'z') (e.shiftKey ? redo : undo)();
  else if (key === 'y') redo();
  else if (key === 'p') void printReport();
  else if (key === '=' || key === '+') s.zoomBy(1);
  else if (key === '-') s.zoomBy(-1);
  else if (key === '0') s.zoomBy('reset');
  else return;
  e.preventDefault();
}
