import type { Api } from '@shared/ipc/bridge';
import type { Result } from '@shared/ipc/contract';

/** A failed call to main, with main's Chinese message. */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one place that touches window.api: each function returns the value or throws a BridgeError.
 * Outside Electron and the tests there is no bridge; saying so beats a blank window.
 */
function api(): Api {
  if (typeof window.api === 'undefined')
    throw new BridgeError('no-bridge', '年报编辑器的主进程没有响应（请从年报编辑器程序中打开本页面）。');
  return window.api;
}

async function value<T>(call: Promise<Result<T>>): Promise<T> {
  const r = await call;
  if (!r.ok) throw new BridgeError(r.error.code, r.error.message);
  return r.value;
}

type Methods = {
  [K in keyof Api]: Api[K] extends (...a: infer A) => Promise<Result<infer T>> ? (...a: A) => Promise<T> : Api[K];
};

export const bridge = new Proxy({} as Methods, {
  get(_target, name: string) {
    const fn = api()[name as keyof Api] as (...a: unknown[]) => unknown;
    if (name.startsWith('on')) return fn;
    return (...args: unknown[]) => value(fn(...args) as Promise<Result<unknown>>);
  },
});
