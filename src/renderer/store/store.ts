import { create } from 'zustand';
import { createDocumentSlice } from './document-slice';
import type { DocumentSlice } from './document-slice';
import { createUiSlice } from './ui-slice';
import type { UiSlice } from './ui-slice';

export type Store = DocumentSlice & UiSlice;

export const useStore = create<Store>()((...a) => ({ ...createDocumentSlice(...a), ...createUiSlice(...a) }));

export const isDirty = (s: Store): boolean => s.report !== null && s.report !== s.savedReport;
