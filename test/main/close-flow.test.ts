import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '@shared/report';
import { closeAll, WindowClose } from '../../src/main/app/close-flow';
import type { CloseAsk, CloseChoice } from '../../src/main/app/close-flow';
import type { Dialogs } from '../../src/main/app/handlers';
import { FileService } from '../../src/main/files/documents';
import { loadReport, tempSampleCopy } from '../helpers';

let dir: string;
let path: string;
let files: FileService;
const dialogs: Dialogs = {
  chooseOpenPath: () => Promise.resolve(undefined),
  chooseSavePath: () => Promise.resolve(undefined),
};

beforeEach(async () => {
  ({ dir, path } = await tempSampleCopy('close'));
  files = new FileService({ userData: join(dir, 'ud'), autosaveMs: 10_000 });
});

async function openDirty(preamble: string): Promise<{ docId: string; report: Report }> {
  const opened = await files.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const report = { ...opened.value.report, preamble };
  files.update(opened.value.docId, report);
  return { docId: opened.value.docId, report };
}

/** The clerk's answers in order; `during` runs while a dialog is open (what the renderer sends meanwhile). */
function clerk(answers: CloseChoice[], during: (n: number) => void = () => undefined) {
  const asked: number[] = [];
  let open = 0;
  const ask: CloseAsk = {
    unsaved: async () => {
      open++;
      expect(open).toBe(1); // never two close dialogs at once
      asked.push(asked.length);
      during(asked.length);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return answers.shift() ?? 'cancel';
    },
    failed: () => Promise.resolve(),
  };
  return { ask, asked };
}

const recoveryPreambles = async () =>
  Promise.all((await files.recovery.list()).map(async (o) => (await files.recovery.read(o.id)).report.preamble));

describe('closing never loses edits that are still pending', () => {
  it('an edit made while the close dialog is open is asked about again, and 不保存 about the older one keeps its copy', async () => {
    const { docId, report } = await openDirty('关闭前的修改');
    const { ask, asked } = clerk(['discard', 'cancel'], (n) => {
      if (n === 1) files.update(docId, { ...report, preamble: '对话框打开时的修改' });
    });
    expect(await closeAll(files, ask, dialogs)).toBe(false);
    expect(asked).toHaveLength(2);
    await files.flush();
    expect(await recoveryPreambles()).toEqual(['对话框打开时的修改']);
    expect(files.pendingReport(docId)?.preamble).toBe('对话框打开时的修改');
  });

  it('保存 saves the latest state, including an edit made while the dialog was open', async () => {
    const { docId, report } = await openDirty('关闭前的修改');
    const { ask } = clerk(['save', 'save'], (n) => {
      if (n === 1) files.update(docId, { ...report, preamble: '对话框打开时的修改' });
    });
    expect(await closeAll(files, ask, dialogs)).toBe(true);
    expect(loadReport(path).preamble).toBe('对话框打开时的修改');
    expect(await files.recovery.list()).toEqual([]);
  });

  it("the renderer's hand-over arriving after main's wait joins the decision already under way instead of starting another", async () => {
    const { docId, report } = await openDirty('交给主进程的修改');
    let decisions = 0;
    let closed = false;
    const { ask, asked } = clerk(['discard', 'cancel'], (n) => {
      if (n !== 1) return;
      // Late: main already asks. The renderer's last state arrives, then its closeReady.
      files.update(docId, { ...report, preamble: '晚到的交接' });
      windowClose.handedOver();
    });
    let requested = 0;
    const windowClose = new WindowClose({
      requestHandOver: () => requested++,
      decide: async () => {
        decisions++;
        return closeAll(files, ask, dialogs);
      },
      close: () => (closed = true),
      waitMs: 20,
    });
    expect(windowClose.closeRequested()).toBe(false);
    expect(windowClose.closeRequested()).toBe(false); // a second click while waiting asks nothing more
    await expect.poll(() => asked.length).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect({ requested, decisions, closed }).toEqual({ requested: 1, decisions: 1, closed: false });
    await files.flush();
    expect(await recoveryPreambles()).toEqual(['晚到的交接']);
  });

  it('asks the renderer to hand over even when main holds no unsaved edits (the renderer may not have sent its last one)', async () => {
    await files.open(path);
    let requested = 0;
    let closed = false;
    const windowClose = new WindowClose({
      requestHandOver: () => requested++,
      decide: () => closeAll(files, clerk([]).ask, dialogs),
      close: () => (closed = true),
      waitMs: 10_000,
    });
    expect(windowClose.closeRequested()).toBe(false);
    expect(requested).toBe(1);
    windowClose.handedOver();
    await expect.poll(() => closed).toBe(true);
    expect(windowClose.closeRequested()).toBe(true); // the close main itself then makes goes through
  });

  it('after 取消 a later close asks again', async () => {
    await openDirty('还没保存');
    const { ask, asked } = clerk(['cancel', 'cancel']);
    const windowClose = new WindowClose({
      requestHandOver: () => undefined,
      decide: () => closeAll(files, ask, dialogs),
      close: () => undefined,
      waitMs: 5,
    });
    windowClose.closeRequested();
    await expect.poll(() => asked.length).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    windowClose.closeRequested();
    await expect.poll(() => asked.length).toBe(2);
  });
});
