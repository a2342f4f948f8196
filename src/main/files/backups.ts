import { copyFile, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReportFile } from '@shared/report/load';
import type { Report } from '@shared/report';
import { writeFileAtomic } from './atomic-write';
import { pathKey } from './store-paths';

export type BackupReason = 'save' | 'restore';

export interface BackupEntry {
  id: string;
  time: string;
  reason: BackupReason;
  bytes: number;
}

/** Keep the last saves, and the newest of each recent day (spec of the files issue). */
export const BACKUP_POLICY = { lastSaves: 10, days: 30 } as const;

const NAME = /^(\d{13})-(save|restore)\.nianbao$/;

function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Previous versions of each report, in the user-data folder. A version is the file's exact bytes as
 * they were before a save replaced them; restoring one first backs up what it replaces, so a restore
 * can itself be undone from the same list.
 */
export class BackupStore {
  constructor(
    readonly root: string,
    private readonly now: () => number = Date.now,
  ) {}

  private folder(path: string): string {
    return join(this.root, pathKey(path));
  }

  /** Copies the file at `path` (if any) into its history, then applies the policy. */
  async keep(path: string, reason: BackupReason): Promise<void> {
    try {
      await stat(path);
    } catch {
      return; // nothing to keep yet: the first save of a new file
    }
    const folder = this.folder(path);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'source.txt'), path);
    // The name orders the versions as they were written: never before the newest one, so a clock set
    // back (a PC's dead CMOS battery) cannot make the newest version look oldest and get it pruned.
    // The clock's own reading goes into the file's time, which the list shows and the daily rule uses.
    const written = this.now();
    const newest = (await this.names(folder))[0];
    const order = Math.max(written, newest ? Number(newest.slice(0, 13)) + 1 : 0);
    const file = join(folder, `${String(order).padStart(13, '0')}-${reason}.nianbao`);
    await copyFile(path, file);
    await utimes(file, written / 1000, written / 1000);
    await this.prune(folder);
  }

  /** The backups in a folder, newest written first. */
  private async names(folder: string): Promise<string[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
  }

  async list(path: string): Promise<BackupEntry[]> {
    const folder = this.folder(path);
    const entries: BackupEntry[] = [];
    for (const name of await this.names(folder)) {
      const info = await stat(join(folder, name)).catch(() => undefined);
      if (!info) continue;
      entries.push({
        id: name,
        time: new Date(info.mtimeMs).toISOString(),
        reason: NAME.exec(name)?.[2] as BackupReason,
        bytes: info.size,
      });
    }
    return entries;
  }

  /** The report a backup holds, validated like any file. */
  async read(path: string, id: string): Promise<{ bytes: Buffer; report: Report }> {
    if (!NAME.test(id)) throw new Error(`没有这个历史版本：${id}`);
    const bytes = await readFile(join(this.folder(path), id));
    const result = parseReportFile(bytes.toString('utf8'));
    if (!result.ok) throw new Error(`历史版本已损坏，无法恢复：${result.errors[0]?.message ?? ''}`);
    return { bytes, report: result.report };
  }

  /** Puts a backup back in place of the file; what it replaces becomes a backup of its own. */
  async restore(path: string, id: string): Promise<{ bytes: Buffer; report: Report }> {
    const version = await this.read(path, id);
    await this.keep(path, 'restore');
    await writeFileAtomic(path, version.bytes);
    return version;
  }

  /**
   * The last saves by the order they were written, and the newest of each of the last 30 days by the time
   * they were written. A time ahead of the clock (a clock that ran fast, then was corrected) earns no
   * day: such a version stays only while it is among the last saves.
   */
  private async prune(folder: string): Promise<void> {
    const names = await this.names(folder);
    const keep = new Set(names.slice(0, BACKUP_POLICY.lastSaves));
    const now = this.now();
    const oldest = now - BACKUP_POLICY.days * 24 * 3600 * 1000;
    const days = new Set<string>();
    for (const name of names) {
      const ms = await stat(join(folder, name)).then(
        (info) => info.mtimeMs,
        () => Number.NaN,
      );
      if (!(ms >= oldest && ms <= now)) continue;
      const day = dayOf(ms);
      if (!days.has(day)) {
        days.add(day);
        keep.add(name);
      }
    }
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(folder, n), { force: true })));
  }
}
