import { describeChanges } from '@shared/report';
import type { Report } from '@shared/report';
import type { BackupEntry } from './backups';

/** A kept version with what changed: from the version before it, and from then to the current report. */
export interface DescribedBackup extends BackupEntry {
  changes: string;
  sinceThen: string;
}

/**
 * 历史版本 says what each version changed, in the words of the recovery offer (one describeChanges):
 * against the next older version kept, and against the report as it is now (unsaved edits included). A
 * version that cannot be read says so instead of hiding the list.
 */
export async function describeBackups(
  entries: readonly BackupEntry[],
  read: (id: string) => Promise<Report>,
  current: Report | undefined,
): Promise<DescribedBackup[]> {
  // Newest first, as listed: each version is compared with the one after it in the list (the older one).
  const reports = await Promise.all(entries.map((e) => read(e.id).catch(() => undefined)));
  return entries.map((entry, i) => {
    const report = reports[i];
    const older = reports[i + 1];
    if (!report) return { ...entry, changes: '这个版本无法读取（可能已损坏）', sinceThen: '' };
    const changes =
      i === entries.length - 1
        ? '没有更早的版本可比较'
        : older
          ? describeChanges(older, report, '与前一版本相同')
          : '前一版本无法读取';
    const sinceThen = current ? describeChanges(report, current, '与当前报告相同') : '';
    return { ...entry, changes, sinceThen };
  });
}
