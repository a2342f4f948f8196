import type { RendererError } from '@shared/ipc/contract';
import type { AppLog } from './app-log';

export interface CrashDeps {
  log: AppLog;
  /** Writes the recovery copies of every open report; resolves whether all were written. */
  flush: () => Promise<boolean>;
  recoveryFolder: string;
  /** Shows the clerk a message (Electron's dialog in the app; a test records it). */
  show: (title: string, message: string) => void;
  now?: () => number;
}

/** What the clerk is told: what happened, where their work is, where the log is. */
export function crashNotice(
  kept: boolean,
  recoveryFolder: string,
  logPath: string,
): { title: string; message: string } {
  return {
    title: '年报编辑器遇到意外错误',
    message: [
      '程序内部出现了一个意外错误，当前操作可能没有完成。',
      kept
        ? `您正在编辑的内容已保存在恢复副本中（文件夹“${recoveryFolder}”），不会丢失；重新启动年报编辑器时可以选择“恢复”。`
        : `未能把正在编辑的内容写入恢复副本（文件夹“${recoveryFolder}”）：请立即用“另存为”把报告保存到其他位置。`,
      '建议先保存报告，再关闭并重新启动年报编辑器。',
      `错误已记录在日志文件“${logPath}”中（不含报告内容）。如需帮助，请把这个文件发给县里的信息技术人员。`,
    ].join('\n\n'),
  };
}

/** One dialog a minute at most: an error that repeats in a loop must not bury the window in dialogs. */
const DIALOG_GAP_MS = 60_000;

/**
 * Handles an error nothing else caught in main (in place of Electron's English dialog): logs it, writes
 * the recovery copies, then tells the clerk in Chinese. Never throws: it is the last line.
 */
export function crashHandler(deps: CrashDeps): (error: unknown, where?: 'main' | 'renderer') => Promise<void> {
  const now = deps.now ?? Date.now;
  let lastShown = -Infinity;
  return async (error, where = 'main') => {
    deps.log.error(where === 'main' ? 'uncaught' : 'renderer-uncaught', error);
    const kept = await deps.flush().catch(() => false);
    deps.log.event('recovery-after-error', { written: kept });
    if (now() - lastShown < DIALOG_GAP_MS) return;
    lastShown = now();
    const { title, message } = crashNotice(kept, deps.recoveryFolder, deps.log.path);
    try {
      deps.show(title, message);
    } catch {
      // no dialog possible (quitting): the log has it
    }
  };
}

/**
 * Routes main's uncaught exceptions and unhandled rejections to the handler (which keeps the app
 * running); returns the same handler for the renderer's errors, so both share the one-dialog-a-minute limit.
 */
export function installCrashHandler(
  target: Pick<NodeJS.Process, 'on'>,
  deps: CrashDeps,
): (error: RendererError) => void {
  const handle = crashHandler(deps);
  target.on('uncaughtException', (error) => void handle(error));
  target.on('unhandledRejection', (reason) => void handle(reason));
  return (error) => void handle(rendererErrorOf(error), 'renderer');
}

/** The renderer's report as an Error for the log (its stack is the renderer's, not main's). */
export function rendererErrorOf(error: RendererError): Error {
  const made = new Error(`[${error.kind}] ${error.message}`);
  made.stack = error.stack ?? made.message;
  return made;
}
