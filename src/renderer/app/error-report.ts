import type { RendererError } from '@shared/ipc/contract';
import { bridge } from '../bridge/api';

/** Renderer errors are hostile-sized input for main: cut before sending (the contract caps them too). */
const MESSAGE_MAX = 4000;
const STACK_MAX = 16_000;

/** Tells main about an error nothing caught here: main logs it, writes the recovery copies, tells the clerk. */
export function reportError(kind: RendererError['kind'], error: unknown): void {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, MESSAGE_MAX);
  const stack = error instanceof Error && error.stack ? error.stack.slice(0, STACK_MAX) : undefined;
  // Reporting must never raise a second error (no bridge outside the app, main gone while quitting).
  try {
    void bridge.reportError({ kind, message, ...(stack ? { stack } : {}) }).catch(() => undefined);
  } catch {
    // nothing more can be done from here
  }
}

/** Errors thrown in event handlers and timers, and promises nobody awaited. */
export function installErrorReport(target: Window): void {
  target.addEventListener('error', (event) => reportError('error', event.error ?? event.message));
  target.addEventListener('unhandledrejection', (event) => reportError('rejection', event.reason));
}
