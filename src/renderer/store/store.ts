import { create } from 'zustand';
import { createDocumentSlice } from './document-slice';
import type { DocumentSlice } from './document-slice';
import { createUiSlice } from './ui-slice';
import type { UiSlice } from './ui-slice';

export type Store = DocumentSlice & UiSlice;

export const useStore = create<Store>()((...a) => ({ ...createDocumentSlice(...a), ...createUiSlice(...a) }));

/**
 * A value typed into a cell and not yet committed, which differs from the cell's value. It counts as
 * unsaved (title bar, status bar, main's close check): every command commits it first (beforeCommand).
 */
export const hasPendingEdit = (s: Store): boolean => {
  if (!s.editing || !s.report) return false;
  const value = s.report.cells[s.editing.cell];
  return s.editing.text.trim() !== (value === null || value === undefined ? '' : String(value));
};

export const isDirty = (s: Store): boolean => (s.report !== null && s.report !== s.savedReport) || hasPendingEdit(s);

/** The report's name in the title bar and the status bar: an import not yet saved goes by its unit, not 未命名报告. */
export const docLabel = (s: Store): string | undefined =>
  s.doc?.imported && !s.doc.path
    ? `${s.report?.unit.name.trim() || '导入的报告'}（导入，尚未保存为文件）`
    : s.doc?.name;
