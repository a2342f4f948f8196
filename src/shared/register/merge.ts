import type { Application, Register } from './types';

/**
 * Adds imported applications to a register. One with the 登记号 of an application already there
 * replaces it (the clerk re-imports an updated spreadsheet), keeping its internal id; the rest are added.
 */
export function mergeApplications(
  register: Register | undefined,
  incoming: readonly Application[],
): { register: Register; added: number; updated: number } {
  const applications = [...(register?.applications ?? [])];
  const byNumber = new Map(applications.map((a, i) => [a.number, i] as const).filter(([n]) => n !== ''));
  let added = 0;
  let updated = 0;
  for (const app of incoming) {
    const at = app.number ? byNumber.get(app.number) : undefined;
    const existing = at === undefined ? undefined : applications[at];
    if (at !== undefined && existing) {
      applications[at] = { ...app, id: existing.id };
      updated++;
    } else {
      byNumber.set(app.number, applications.length);
      applications.push(app);
      added++;
    }
  }
  return { register: { ...register, applications }, added, updated };
}

/** Today as `YYYY-MM-DD` in the clerk's own time zone (deadlines are counted in local days). */
export function localIsoDate(date: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}
