import { create } from 'zustand';
import type { UnitStatus } from '@shared/county/assemble';
import type { CountyView } from '@shared/county/view';

export type SortKey = 'roster' | 'name' | 'status' | 'new' | 'errors' | 'warnings';

/** The 县级汇总 screen's session state: the workspace main read, and how the table is filtered and sorted. */
export interface CountyState {
  view: CountyView | null;
  /** Files read so far while main reads the workspace (null when idle). */
  progress: { done: number; total: number; file: string } | null;
  filter: UnitStatus | 'all' | 'off-roster';
  sort: { key: SortKey; descending: boolean };
  setView: (view: CountyView | null) => void;
  setProgress: (progress: CountyState['progress']) => void;
  setFilter: (filter: CountyState['filter']) => void;
  sortBy: (key: SortKey) => void;
}

export const useCounty = create<CountyState>()((set, get) => ({
  view: null,
  progress: null,
  filter: 'all',
  sort: { key: 'roster', descending: false },
  setView: (view) => set({ view }),
  setProgress: (progress) => set({ progress }),
  setFilter: (filter) => set({ filter }),
  sortBy: (key) => {
    const { sort } = get();
    set({ sort: { key, descending: sort.key === key ? !sort.descending : key !== 'roster' && key !== 'name' } });
  },
}));
