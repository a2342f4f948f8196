import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
    let time = this.now();
    // Two saves in the same millisecond must not overwrite each other's backup.
    while (await this.exists(join(folder, `${time}-${reason}.nianbao`))) time++;
    await copyFile(path, join(folder, `${time}-${reason}.nianbao`));
    await this.prune(folder);
  }

  private async exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }

  async list(path: string): Promise<BackupEntry[]> {
    const folder = this.folder(path);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return [];
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const m = NAME.exec(name);
      if (!m?.[1] || !m[2]) continue;
      const info = await stat(join(folder, name));
      entries.push({
        id: name,
        time: new Date(Number(m[1])).toISOString(),
        reason: m[2] as BackupReason,
        bytes: info.size,
      });
    }
    return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
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

  private async prune(folder: string): Promise<void> {
    const names = (await readdir(folder))
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
    const keep = new Set(names.slice(0, BACKUP_POLICY.lastSaves));
    const oldest = this.now() - BACKUP_POLICY.days * 24 * 3600 * 1000;
    const days = new Set<string>();
    for (const name of names) {
      const ms = Number(name.slice(0, 13));
      if (ms < oldest) continue;
      const day = dayOf(ms);
      if (!days.has(day)) {
        days.add(day);
        keep.add(name);
      }
    }
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(folder, n), { force: true })));
  }
}
