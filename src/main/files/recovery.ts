import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describeChanges } from '@shared/report';
import { parseReportFile, serializeReadable } from '@shared/report/load';
import type { Report } from '@shared/report';
import { writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import { readReportFile } from './read-report';

/** What a start offers the clerk for each document that had unsaved edits when the app last stopped. */
export interface RecoveryOffer {
  id: string;
  /** The report's file, or null for a report never saved. */
  path: string | null;
  name: string;
  title: string;
  savedAt: string;
  /** 「表格数字改动 3 处；第一部分文字有改动」, against the file as it is on disk now. */
  changes: string;
}

interface RecoveryRecord {
  format: 'nianbao-recovery';
  version: 1;
  path: string | null;
  savedAt: string;
  /** The report file's text, exactly as a save would write it. */
  report: string;
}

const ID = /^[0-9a-f-]{36}$/;

/** A copy that could not be read back would be no copy at all: refused (and said) instead of written. */
function readableText(report: Report): string {
  const readable = serializeReadable(report);
  if (!readable.ok) throw new Error(`恢复副本无法写入：${readable.errors.map((e) => e.message).join('；')}`);
  return readable.text;
}

/**
 * Copies of unsaved edits in the user-data folder, one per open document. They are written while a
 * document is dirty and removed after a clean save or an explicit 不保存; a crash leaves them for the
 * next start, which offers them and never applies or discards one without asking.
 */
export class RecoveryStore {
  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private file(id: string): string {
    if (!ID.test(id)) throw new Error(`无效的恢复编号：${id}`);
    return join(this.root, `${id}.json`);
  }

  async write(id: string, path: string | null, report: Report): Promise<void> {
    const record: RecoveryRecord = {
      format: 'nianbao-recovery',
      version: 1,
      path,
      savedAt: this.now().toISOString(),
      report: readableText(report),
    };
    await mkdir(this.root, { recursive: true });
    const file = this.file(id);
    await withFileLock(file, () => writeFileAtomic(file, JSON.stringify(record)));
  }

  async remove(id: string): Promise<void> {
    const file = this.file(id);
    await withFileLock(file, () => rm(file, { force: true }));
  }

  async read(id: string): Promise<{ path: string | null; report: Report; savedAt: string }> {
    const record = JSON.parse(await readFile(this.file(id), 'utf8')) as RecoveryRecord;
    const loaded = parseReportFile(record.report);
    if (!loaded.ok) throw new Error(`恢复副本已损坏：${loaded.errors[0]?.message ?? ''}`);
    return { path: record.path, report: loaded.report, savedAt: record.savedAt };
  }

  async list(): Promise<RecoveryOffer[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const offers: RecoveryOffer[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const id = name.slice(0, -'.json'.length);
      if (!ID.test(id)) continue;
      try {
        const { path, report, savedAt } = await this.read(id);
        const onDisk = path ? await readReportFile(path) : undefined;
        const changes =
          path && onDisk && !onDisk.ok
            ? '原文件已不存在或无法读取'
            : describeChanges(onDisk?.ok ? onDisk.report : undefined, report);
        offers.push({ id, path, name: path ? basename(path) : '未命名报告', title: report.title, savedAt, changes });
      } catch {
        // A damaged copy is kept on disk (never silently discarded) but cannot be offered for opening.
      }
    }
    return offers.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }
}
