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
 * with unsaved edits is saved, discarded or keeps the window open, as the clerk chooses. What is
 * pending is read again after every answer: the renderer's hand-over can arrive late, or an edit be
 * made while a dialog is open, and an answer about older edits must never throw newer ones away.
 */
export async function closeAll(files: FileService, ask: CloseAsk, dialogs: Dialogs): Promise<boolean> {
  for (let doc = files.dirtyDocs()[0]; doc; doc = files.dirtyDocs()[0]) {
    const choice = await ask.unsaved(doc.name);
    if (choice === 'cancel') return false;
    const report = files.pendingReport(doc.docId);
    // Changed while the clerk was answering: ask again about what is there now.
    if (report !== doc.report || !report) continue;
    if (choice === 'discard') {
      await files.close(doc.docId, { discard: true });
      continue;
    }
    let saved;
    if (doc.hasPath) {
      saved = await files.save(doc.docId, report);
    } else {
      const path = await dialogs.chooseSavePath(suggestedFileName(report, 'nianbao'));
      if (!path) return false;
      saved = await files.saveAs(doc.docId, files.pendingReport(doc.docId) ?? report, path);
    }
    if (!saved.ok) {
      await ask.failed(saved.error.message);
      return false;
    }
    // Edits that arrived during the save stay pending: the loop asks about them.
  }
  for (const id of files.openDocIds()) await files.close(id, { discard: false });
  return true;
}

/**
 * The window's close, as Electron drives it: every close first asks the renderer to hand over its
 * last state (main cannot know about an edit the renderer has not sent yet), waits for it at most
 * `waitMs`, then decides once. A hand-over arriving after the wait or while a dialog is open does not
 * start a second decision: `closeAll` reads it after the next answer.
 */
export class WindowClose {
  private state: 'open' | 'waiting' | 'deciding' | 'closed' = 'open';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: {
      requestHandOver: () => void;
      decide: () => Promise<boolean>;
      close: () => void;
      waitMs: number;
    },
  ) {}

  /** The window's 'close' event: whether to let it close now (otherwise it is prevented). */
  closeRequested(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open') {
      this.state = 'waiting';
      this.deps.requestHandOver();
      this.timer = setTimeout(() => this.handedOver(), this.deps.waitMs);
    }
    return false;
  }

  /** The renderer handed over its last state (app:closeReady), or the wait ran out. */
  handedOver(): void {
    if (this.state !== 'waiting') return;
    clearTimeout(this.timer);
    this.state = 'deciding';
    this.deps.decide().then(
      (close) => {
        this.state = close ? 'closed' : 'open';
        if (close) this.deps.close();
      },
      () => {
        this.state = 'open';
      },
    );
  }
}
