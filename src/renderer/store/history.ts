import type { Report } from '@shared/report';

/**
 * Undo history as snapshots of the report (edits replace the report object, so a snapshot costs one
 * pointer). Every edit says how it merges: typing in one text field within a short pause is one step.
 */
export interface History {
  past: Report[];
  future: Report[];
  mergeKey: string | null;
  mergedAt: number;
}

export const HISTORY_LIMIT = 500;
const MERGE_PAUSE_MS = 1500;

export const emptyHistory = (): History => ({ past: [], future: [], mergeKey: null, mergedAt: 0 });

/** Records that `before` was replaced; `mergeKey` joins a run of edits to the same field into one step. */
export function record(h: History, before: Report, mergeKey: string | null, now: number): History {
  if (mergeKey !== null && mergeKey === h.mergeKey && now - h.mergedAt < MERGE_PAUSE_MS) {
    return { ...h, future: [], mergedAt: now };
  }
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(before);
  return { past, future: [], mergeKey, mergedAt: now };
}

export function undo(h: History, current: Report): { history: History; report: Report } | undefined {
  const report = h.past[h.past.length - 1];
  if (!report) return undefined;
  return {
    report,
    history: { past: h.past.slice(0, -1), future: [current, ...h.future], mergeKey: null, mergedAt: 0 },
  };
}

export function redo(h: History, current: Report): { history: History; report: Report } | undefined {
  const [report, ...future] = h.future;
  if (!report) return undefined;
  return { report, history: { past: [...h.past, current], future, mergeKey: null, mergedAt: 0 } };
}
