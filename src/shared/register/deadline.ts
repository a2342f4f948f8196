import { HOLIDAY_NOTICES } from './holidays';
import type { Application, DayKind, Register } from './types';

/** 第三十三条: answer within 20 working days of receipt; once extended, by at most 20 more. */
export const TIME_LIMIT_WORKDAYS = 20;
export const EXTENSION_WORKDAYS = 20;
/** An open application this many working days or fewer from its due date is listed as 即将到期. */
export const DUE_SOON_WORKDAYS = 5;

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

function expand(ranges: readonly string[], kind: DayKind, into: Map<number, DayKind>): void {
  for (const r of ranges) {
    const [a, b = a] = r.split('..') as [string, string?];
    for (let d = toDay(a); d <= toDay(b); d++) into.set(d, kind);
  }
}

const official = new Map<number, DayKind>();
for (const n of HOLIDAY_NOTICES) {
  expand(n.off, 'off', official);
  expand(n.work, 'work', official);
}
const knownYears = new Set(HOLIDAY_NOTICES.map((n) => n.year));

export interface WorkCalendar {
  isWorkday: (day: number) => boolean;
  /** Whether the 国务院办公厅 notice of that year is in the data (otherwise Monday–Friday is assumed). */
  known: (year: number) => boolean;
}

/** The official calendar with the clerk's corrections on top. */
export function workCalendar(corrections: Register['calendar'] = {}): WorkCalendar {
  const own = new Map<number, DayKind>();
  for (const [iso, kind] of Object.entries(corrections)) own.set(toDay(iso), kind);
  return {
    isWorkday: (day) => {
      const kind = own.get(day) ?? official.get(day);
      if (kind) return kind === 'work';
      const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
      return weekday !== 0 && weekday !== 6;
    },
    known: (year) => knownYears.has(year),
  };
}

export type Due =
  | { due: string; /** Some day of the count lies in a year whose notice is not in the data. */ estimated: boolean }
  | { due: null; reason: string };

/**
 * The last day to answer. The period runs from the day after receipt (the day of receipt is not
 * counted); with a 补正 it runs anew from the day the corrected application came back (第三十条:
 * 「答复期限自行政机关收到补正的申请之日起计算」) and stands still while the applicant has not replied;
 * the days of a 第三方 consultation, both ends included, are not counted (第三十三条第三款).
 */
export function dueDate(app: Application, calendar: WorkCalendar): Due {
  if (app.correction && !app.correction.replied) return { due: null, reason: '等待申请人补正，期限暂停' };
  if (app.consultation && !app.consultation.to) return { due: null, reason: '正在征求第三方意见，期限暂停' };
  const from = app.correction?.replied ?? app.received;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return { due: null, reason: '收到日期缺失' };
  const pauseFrom = app.consultation ? toDay(app.consultation.from) : Infinity;
  const pauseTo = app.consultation?.to ? toDay(app.consultation.to) : -Infinity;
  const days = TIME_LIMIT_WORKDAYS + (app.extended ? EXTENSION_WORKDAYS : 0);
  let day = toDay(from);
  let estimated = !calendar.known(Number(from.slice(0, 4)));
  for (let n = 0; n < days;) {
    day++;
    if (day >= pauseFrom && day <= pauseTo) continue;
    if (calendar.isWorkday(day)) n++;
  }
  const due = toIso(day);
  estimated ||= !calendar.known(Number(due.slice(0, 4)));
  return { due, estimated };
}

/** Working days after `today` up to and including `due` (0 on the due day, negative once past it). */
export function workdaysLeft(today: string, due: string, calendar: WorkCalendar): number {
  const [a, b] = [toDay(today), toDay(due)];
  let n = 0;
  if (b >= a) {
    for (let d = a + 1; d <= b; d++) if (calendar.isWorkday(d)) n++;
    return n;
  }
  for (let d = b + 1; d <= a; d++) if (calendar.isWorkday(d)) n--;
  return n;
}

export type DeadlineState = 'overdue' | 'soon' | 'running' | 'paused';

export interface DeadlineRow {
  app: Application;
  state: DeadlineState;
  due: string | null;
  left: number | null;
  estimated: boolean;
  /** Why the clock stands still, for paused applications. */
  reason?: string;
}

export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  overdue: '已超期',
  soon: '即将到期',
  running: '办理中',
  paused: '期限暂停',
};

/** Every application not yet answered, most urgent first (overdue, then by due date; paused last). */
export function openDeadlines(register: Register, today: string): DeadlineRow[] {
  const calendar = workCalendar(register.calendar);
  const rows: DeadlineRow[] = [];
  for (const app of register.applications) {
    if (app.answered) continue;
    const d = dueDate(app, calendar);
    if (d.due === null) {
      rows.push({ app, state: 'paused', due: null, left: null, estimated: false, reason: d.reason });
      continue;
    }
    const left = workdaysLeft(today, d.due, calendar);
    const state = today > d.due ? 'overdue' : left <= DUE_SOON_WORKDAYS ? 'soon' : 'running';
    rows.push({ app, state, due: d.due, left, estimated: d.estimated });
  }
  return rows.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999'));
}
