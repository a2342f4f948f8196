import type { StateCreator } from 'zustand';
import type { PreviewPage, RecoveryState } from '@shared/ipc/contract';
import { NO_FILTER } from '@shared/rules';
import type { FindingFilter } from '@shared/rules';
import type { Store } from './store';

export type View = 'loading' | 'start' | 'editor' | 'county';

export interface Editing {
  cell: string;
  text: string;
  /** `replace`: started by typing (arrows commit and move, as in a spreadsheet); `edit`: F2 or double-click. */
  mode: 'replace' | 'edit';
}

/** 打印预览 over the editor: the pages once main has rendered them (null while it does), at a zoom of its own. */
export interface Preview {
  pages: PreviewPage[] | null;
  zoom: number;
}

/** The find bar (Ctrl+F; with the replace field, Ctrl+H): what is sought and which match is current. */
export interface Find {
  replace: boolean;
  query: string;
  replacement: string;
  index: number;
}

/** The tabs of 帮助 (F1). */
export type HelpTab = 'steps' | 'guide' | 'keys' | 'rules';

export interface ModalAction {
  id: string;
  label: string;
  primary?: boolean;
}

export interface Modal {
  title: string;
  message: string;
  actions: ModalAction[];
}

/** Session state only: never saved to the report file. */
export interface UiSlice {
  view: View;
  /** The focused value cell, and the other corner of a selected block (Shift+arrows). */
  focus: string | null;
  anchor: string | null;
  /** The cell whose row and column are lit up after a finding was clicked (until the next selection). */
  crosshair: string | null;
  editing: Editing | null;
  /** A refused input, shown at its cell until the next keystroke there. */
  cellError: { cell: string; message: string } | null;
  zoom: number;
  /** Which side panels are hidden (small screens: 1024×640 keeps the document readable). */
  hidden: { outline: boolean; problems: boolean };
  togglePanel: (panel: 'outline' | 'problems') => void;
  /** The 原文对照 pane beside the document (only after an import, while its text is held). */
  sourceOpen: boolean;
  setSourceOpen: (open: boolean) => void;
  /** The notice that an import switched 自动合计 off, closed by the clerk for this session. */
  importNoticeClosed: boolean;
  closeImportNotice: () => void;
  modal: Modal | null;
  /** Messages shown briefly above the status bar. */
  notice: string | null;
  /** The open document's last recovery copy as main reported it: its time, or why it was not written. */
  recovery: RecoveryState | null;
  /** Saved, but something around the save failed (the backup, the folder's sync): shown until dismissed. */
  saveWarning: { docId: string; message: string } | null;
  preview: Preview | null;
  find: Find | null;
  /** 显示上年数: each cell shows last year's number beside this year's. */
  showLastYear: boolean;
  /** 帮助 (F1) is open at this tab. */
  help: HelpTab | null;
  /** What the findings panel lists (全部 / 只看错误, one part). */
  problemsFilter: FindingFilter;
  setShowLastYear: (on: boolean) => void;
  setHelp: (tab: HelpTab | null) => void;
  setProblemsFilter: (filter: Partial<FindingFilter>) => void;
  setView: (view: View) => void;
  select: (cell: string | null, extend?: boolean) => void;
  setEditing: (editing: Editing | null) => void;
  setCellError: (error: { cell: string; message: string } | null) => void;
  zoomBy: (step: number | 'reset') => void;
  setModal: (modal: Modal | null) => void;
  say: (notice: string | null) => void;
  setRecovery: (recovery: RecoveryState | null) => void;
  setSaveWarning: (warning: { docId: string; message: string } | null) => void;
  setPreview: (preview: Preview | null) => void;
  setFind: (find: Find | null) => void;
  previewZoomBy: (step: number | 'reset') => void;
}

/** Below this width the outline is hidden when 原文对照 opens. */
const NARROW = 1200;

const ZOOMS = [0.8, 0.9, 1, 1.1, 1.25, 1.5];
const PREVIEW_ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

function stepZoom(zooms: readonly number[], current: number, step: number | 'reset'): number {
  if (step === 'reset') return 1;
  const i = zooms.indexOf(current);
  return zooms[Math.min(zooms.length - 1, Math.max(0, i + step))] ?? 1;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  view: 'loading',
  focus: null,
  anchor: null,
  crosshair: null,
  editing: null,
  cellError: null,
  zoom: 1,
  hidden: { outline: false, problems: false },
  togglePanel: (panel) => set({ hidden: { ...get().hidden, [panel]: !get().hidden[panel] } }),
  sourceOpen: false,
  // On a small screen (1024×640) the document keeps a readable width: the outline gives way to the pane.
  setSourceOpen: (sourceOpen) =>
    set({
      sourceOpen,
      ...(sourceOpen && window.innerWidth < NARROW ? { hidden: { ...get().hidden, outline: true } } : {}),
    }),
  importNoticeClosed: false,
  closeImportNotice: () => set({ importNoticeClosed: true }),
  modal: null,
  notice: null,
  recovery: null,
  saveWarning: null,
  preview: null,
  find: null,
  showLastYear: false,
  help: null,
  problemsFilter: NO_FILTER,
  setShowLastYear: (showLastYear) => set({ showLastYear }),
  setHelp: (help) => set({ help }),
  setProblemsFilter: (filter) => set({ problemsFilter: { ...get().problemsFilter, ...filter } }),
  setView: (view) => set({ view }),
  select: (cell, extend = false) =>
    set({ focus: cell, anchor: extend ? (get().anchor ?? get().focus) : null, cellError: null, crosshair: null }),
  setEditing: (editing) => set({ editing }),
  setCellError: (cellError) => set({ cellError }),
  zoomBy: (step) => set({ zoom: stepZoom(ZOOMS, get().zoom, step) }),
  setModal: (modal) => set({ modal }),
  say: (notice) => set({ notice }),
  setRecovery: (recovery) => set({ recovery }),
  setSaveWarning: (saveWarning) => set({ saveWarning }),
  setPreview: (preview) => set({ preview }),
  setFind: (find) => set({ find }),
  previewZoomBy: (step) => {
    const preview = get().preview;
    if (preview) set({ preview: { ...preview, zoom: stepZoom(PREVIEW_ZOOMS, preview.zoom, step) } });
  },
});
