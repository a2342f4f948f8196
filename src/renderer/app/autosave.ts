import { bridge } from '../bridge/api';
import { isDirty, useStore } from '../store/store';

/** How long after the last edit the renderer hands its state to main (main debounces its own writes). */
const HANDOVER_MS = 400;

/**
 * Keeps main's copy of the unsaved state current, so a crash loses at most the last moments of work:
 * main writes it as a recovery copy. A clean document tells main to drop its copy.
 */
export function startAutosaveFeed(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useStore.subscribe((s, before) => {
    // A value being typed into a cell counts too: main then knows to ask before the window closes.
    if (s.report === before.report && s.savedReport === before.savedReport && isDirty(s) === isDirty(before)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = useStore.getState();
      if (!now.doc || !now.report) return;
      const dirty = isDirty(now);
      // Main writes the copy and reports it (file:recovery): the status bar says when, or why it failed.
      void bridge.update(now.doc.docId, dirty ? now.report : null).catch(() => undefined);
    }, HANDOVER_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
