import type { FileService } from '../files/documents';
import { suggestedFileName } from '../files/naming';
import type { Dialogs } from './handlers';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseAsk {
  /** 保存 / 不保存 / 取消 for one report with unsaved edits. */
  unsaved(name: string): Promise<CloseChoice>;
  /** A save failed: the window stays open and the clerk is told why. */
  failed(message: string): Promise<void>;
}

/**
 * Decides whether the window may close, after the renderer handed over its last state: every report
 * with unsaved edits is saved, discarded or keeps the window open, as the clerk chooses.
 */
export async function closeAll(files: FileService, ask: CloseAsk, dialogs: Dialogs): Promise<boolean> {
  for (const doc of files.dirtyDocs()) {
    const choice = await ask.unsaved(doc.name);
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      await files.close(doc.docId, { discard: true });
      continue;
    }
    let saved;
    if (doc.hasPath) {
      saved = await files.save(doc.docId, doc.report);
    } else {
      const path = await dialogs.chooseSavePath(suggestedFileName(doc.report, 'nianbao'));
      if (!path) return false;
      saved = await files.saveAs(doc.docId, doc.report, path);
    }
    if (!saved.ok) {
      await ask.failed(saved.error.message);
      return false;
    }
  }
  for (const id of files.openDocIds()) await files.close(id, { discard: false });
  return true;
}
