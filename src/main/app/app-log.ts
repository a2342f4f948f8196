import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface LogOptions {
  /** A file is rotated once it would grow past this. */
  maxBytes?: number;
  /** Files kept: the current one and the rotated ones (nianbao.1.log is the newest of those). */
  keep?: number;
  now?: () => Date;
  /** The user's home folder, written as ~ so a path does not carry the clerk's account name. */
  home?: string;
}

type Detail = Record<string, string | number | boolean | undefined>;

/** Quoted text in an error message may be a report's own words (a cell, a title, a JSON snippet). */
const QUOTED = /“[^”]*”|"[^"]*"|'[^']*'|「[^」]*」/g;

/**
 * The app's log in the user-data folder, for the county's IT when something went wrong: events and
 * errors only, never a report's contents or the clerk's data (quoted text in error messages is cut,
 * the home folder written as ~). Size-capped and rotated. Writes are synchronous so the crash handler
 * can log before anything else happens, and never throw: a log that cannot be written loses only itself.
 */
export class AppLog {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private readonly home: string;

  constructor(
    readonly folder: string,
    options: LogOptions = {},
  ) {
    this.path = join(folder, 'nianbao.log');
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = Math.max(1, options.keep ?? 3);
    this.now = options.now ?? (() => new Date());
    this.home = options.home ?? homedir();
  }

  event(name: string, detail: Detail = {}): void {
    const fields = Object.entries(detail)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${this.clean(String(v))}`);
    this.append(['INFO', name, ...fields].join(' '));
  }

  /** An error by its type, code, message with quoted text cut, and stack frames (file and line). */
  error(where: string, error: unknown): void {
    const e = error instanceof Error ? (error as NodeJS.ErrnoException) : undefined;
    const message = e ? e.message : String(error);
    const frames = (e?.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 12)
      .map((line) => line.trim());
    const parts = [
      'ERROR',
      where,
      e?.name ?? typeof error,
      ...(e?.code ? [`code=${e.code}`] : []),
      this.clean(message.replace(QUOTED, '“…”')).slice(0, 300),
      ...frames.map((f) => this.clean(f)),
    ];
    this.append(parts.join(' | '));
  }

  private clean(text: string): string {
    const home = this.home ? text.split(this.home).join('~') : text;
    return home.replace(/[\r\n\t]+/g, ' ');
  }

  private append(line: string): void {
    const text = `${this.now().toISOString()} ${line}\n`;
    try {
      mkdirSync(this.folder, { recursive: true });
      const size = (() => {
        try {
          return statSync(this.path).size;
        } catch {
          return 0;
        }
      })();
      if (size > 0 && size + Buffer.byteLength(text) > this.maxBytes) this.rotate();
      appendFileSync(this.path, text);
    } catch {
      // A full disk or a locked folder: the app goes on without its log.
    }
  }

  /** nianbao.log → nianbao.1.log → … ; the oldest beyond `keep` goes. */
  private rotate(): void {
    const name = (i: number) => (i === 0 ? this.path : join(this.folder, `nianbao.${i}.log`));
    rmSync(name(this.keep - 1), { force: true });
    for (let i = this.keep - 2; i >= 0; i--) {
      try {
        renameSync(name(i), name(i + 1));
      } catch {
        // that file did not exist yet
      }
    }
  }
}
