import { openDeadlines, uncoveredYears } from '@shared/register';
import type { DueAcross, DueItem } from '@shared/ipc/contract';
import type { RecentFiles } from '../files/recent';
import { readReportFile } from '../files/read-report';

/**
 * The applications 已超期 or 即将到期 (DUE_SOON_WORKDAYS working days or fewer) in the registers of the
 * recently opened reports, for the start screen: most urgent first. Files are read through the loader
 * (a file that no longer loads is passed over); nothing personal leaves main — no name, no contact.
 */
export async function dueAcrossRecent(recent: RecentFiles, today: string): Promise<DueAcross> {
  const items: DueItem[] = [];
  const estimated: { due: string; estimated: boolean }[] = [];
  for (const entry of await recent.list()) {
    if (!entry.exists || !entry.path.toLowerCase().endsWith('.nianbao')) continue;
    const loaded = await readReportFile(entry.path).catch(() => undefined);
    if (!loaded?.ok || !loaded.report.register) continue;
    for (const row of openDeadlines(loaded.report.register, today)) {
      if ((row.state !== 'overdue' && row.state !== 'soon') || row.due === null || row.left === null) continue;
      items.push({
        recentId: entry.id,
        file: entry.name,
        title: loaded.report.title,
        applicationId: row.app.id,
        number: row.app.number,
        subject: row.app.subject,
        state: row.state,
        due: row.due,
        left: row.left,
        estimated: row.estimated,
      });
      estimated.push({ due: row.due, estimated: row.estimated });
    }
  }
  items.sort((a, b) => a.left - b.left || a.file.localeCompare(b.file, 'zh-CN'));
  return { items, calendarMissing: uncoveredYears(estimated) };
}
