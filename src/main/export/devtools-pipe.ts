import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** One DevTools-protocol event: its method, its parameters, and the page session it came from. */
export interface DevToolsEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

export interface DevToolsConnection {
  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Calls `listener` for every event until the returned function is called. */
  listen(listener: (event: DevToolsEvent) => void): () => void;
  /** Resolves once the browser process has ended, with the error that commands still waiting were given. */
  ended: Promise<Error>;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * Starts Chromium with its DevTools protocol on a pipe (`--remote-debugging-pipe`: it reads commands on fd 3
 * and writes answers and events on fd 4, each message JSON ended by a NUL byte). That is the whole of what
 * the export needs of a browser driver: Playwright speaks the same protocol over the same pipe, but loading
 * it took 1–1.5 s of a CLI export on a loaded machine (bench export.cli.*), longer than printing the report.
 * No port is opened. If Node dies, the pipe closes and Chromium quits with it.
 */
export function startDevTools(executablePath: string, args: readonly string[]): DevToolsConnection {
  const child = spawn(executablePath, [...args, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const commands = child.stdio[3] as Writable;
  const answers = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(event: DevToolsEvent) => void>();
  let nextId = 0;
  let gone: Error | undefined;

  const fail = (error: Error) => {
    gone ??= error;
    for (const { reject } of pending.values()) reject(gone);
    pending.clear();
  };
  const ended = new Promise<Error>((resolve) => {
    const end = (error: Error) => {
      fail(error);
      resolve(gone ?? error);
    };
    child.once('error', (error) => end(new Error(`无法启动 Chromium（${executablePath}）：${error.message}`)));
    child.once('exit', (code, signal) =>
      end(new Error(`Chromium 意外退出（${signal ?? `退出码 ${code}`}），PDF 没有生成。`)),
    );
  });
  // Chromium may already be gone when a late command is written: the exit above tells why.
  commands.on('error', () => undefined);

  const dispatch = (text: string) => {
    const message = JSON.parse(text) as Message;
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`Chromium 拒绝了 PDF 打印的一步：${message.error.message}`));
      else waiting?.resolve(message.result ?? {});
    } else if (message.method) {
      const event: DevToolsEvent = { method: message.method, params: message.params ?? {} };
      if (message.sessionId) event.sessionId = message.sessionId;
      for (const listener of listeners) listener(event);
    }
  };
  // A message may arrive in several chunks (a printed PDF is hundreds of KB of base64), or several in one.
  let partial: Buffer[] = [];
  answers.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      partial.push(chunk.subarray(start, end));
      const text = Buffer.concat(partial).toString('utf8');
      partial = [];
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  });

  return {
    send: <T>(method: string, params: object = {}, sessionId?: string) =>
      new Promise<T>((resolve, reject) => {
        if (gone) return reject(gone);
        const id = ++nextId;
        pending.set(id, { resolve: resolve as (result: Record<string, unknown>) => void, reject });
        commands.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`);
      }),
    listen: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    ended,
  };
}
