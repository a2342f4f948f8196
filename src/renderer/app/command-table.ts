import type { AppCommand } from '@shared/ipc/app-commands';
import { useStore } from '../store/store';
import { openFind } from '../features/find/find-commands';
import { openHelp, toggleHelp } from '../features/help/help-commands';
import { toggleLastYear } from '../features/last-year/last-year-commands';
import { showAbout } from './about';
import { backToStart, exportReport, openFile, previewReport, printReport, redo, save, saveAs, undo } from './commands';

const state = () => useStore.getState();

interface Action {
  run: () => unknown;
  /** Needs an open report (the editor); ignored on the start screen. */
  report: boolean;
}

/** Zoom applies to what is shown: the 打印预览 when it is open, else the editor. */
const zoom = (step: number | 'reset') => (state().preview ? state().previewZoomBy : state().zoomBy)(step);

const doc = (run: () => unknown): Action => ({ run, report: true });
const anywhere = (run: () => unknown): Action => ({ run, report: false });

export const COMMAND_ACTIONS: Record<AppCommand, Action> = {
  new: anywhere(backToStart),
  open: anywhere(openFile),
  save: doc(save),
  saveAs: doc(saveAs),
  exportPdf: doc(() => exportReport('pdf')),
  exportDocx: doc(() => exportReport('docx')),
  print: doc(printReport),
  preview: doc(previewReport),
  undo: doc(undo),
  redo: doc(redo),
  find: doc(() => openFind(false)),
  replace: doc(() => openFind(true)),
  zoomIn: doc(() => zoom(1)),
  zoomOut: doc(() => zoom(-1)),
  zoomReset: doc(() => zoom('reset')),
  showLastYear: doc(toggleLastYear),
  help: anywhere(toggleHelp),
  shortcuts: anywhere(() => openHelp('keys')),
  about: anywhere(showAbout),
};

/** What may run while 帮助 is open: its own tabs (F1 again closes it). */
const IN_HELP: readonly AppCommand[] = ['help', 'shortcuts'];

/**
 * Runs a command from the menu or a key, as the toolbar would (each command passes beforeCommand
 * itself). Returns whether it ran. Nothing runs behind an open dialog.
 */
export function runCommand(command: AppCommand): boolean {
  const action = COMMAND_ACTIONS[command];
  const s = state();
  if (s.modal || (s.help && !IN_HELP.includes(command)) || (action.report && s.view !== 'editor')) return false;
  void action.run();
  return true;
}
