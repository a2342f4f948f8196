import { HOLIDAY_NOTICES, HOLIDAY_YEARS } from './holidays';
import { reusing } from './reuse';
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
const knownYears = new Set(HOLIDAY_YEARS);

export interface WorkCalendar {
  isWorkday: (day: number) => boolean;
  /** Whether the 国务院办公厅 notice of that year is in the data (otherwise Monday–Friday is assumed). */
  known: (year: number) => boolean;
}

/** The official calendar with the clerk's corrections on top (one per corrections object, so due dates counted with it are taken over: see openDeadlines). */
export function workCalendar(corrections?: Register['calendar']): WorkCalendar {
  if (!corrections) return OFFICIAL;
  let calendar = calendars.get(corrections);
  if (!calendar) calendars.set(corrections, (calendar = buildCalendar(corrections)));
  return calendar;
}

function buildCalendar(corrections: Register['calendar'] = {}): WorkCalendar {
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

const OFFICIAL = buildCalendar();
const calendars = new WeakMap<NonNullable<Register['calendar']>, WorkCalendar>();

export type Due =
  | {
      due: string;
      /** Some day of the count lies in a year whose notice is not in the data: only weekends were left out. */
      estimated: boolean;
    }
  | { due: null; reason: string };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The last day to answer. The period runs from the day after receipt (the day of receipt is not
 * counted); with a 补正 it runs anew from the day the corrected application came back (第三十条:
 * 「答复期限自行政机关收到补正的申请之日起计算」) and stands still while the applicant has not replied;
 * the days of a 第三方 consultation, both ends included, are not counted (第三十三条第三款).
 */
export function dueDate(app: Application, calendar: WorkCalendar): Due {
  if (app.correction && !app.correction.replied) return { due: null, reason: '等待申请人补正，期限暂停' };
  if (app.consultation && !app.consultation.to) return { due: null, reason: '正在征求第三方意见，期限暂停' };
  if (!ISO.test(app.received)) return { due: null, reason: '收到日期缺失' };
  if (app.correction?.replied && app.correction.replied < app.correction.notified)
    return { due: null, reason: '补正回复日期早于补正通知日期，请核对' };
  const from = app.correction?.replied ?? app.received;
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

const duesOf = reusing((app: Application, calendar: WorkCalendar) => (app.answered ? null : dueDate(app, calendar)));
let lastRows:
  { applications: readonly Application[]; calendar: WorkCalendar; today: string; rows: DeadlineRow[] } | undefined;

/**
 * Every application not yet answered, most urgent first (overdue, then by due date; paused last). After
 * an edit only the edited application's due date is counted anew (see reusing), and the register's list
 * and rule R1 of the same edit share the rows.
 */
export function openDeadlines(register: Register, today: string): DeadlineRow[] {
  const calendar = workCalendar(register.calendar);
  const { applications } = register;
  const known = lastRows;
  if (known?.applications === applications && known.calendar === calendar && known.today === today) return known.rows;
  // A register has a few hundred distinct due dates.
  const lefts = new Map<string, number>();
  const rows: DeadlineRow[] = [];
  duesOf(applications, calendar).forEach((d, i) => {
    const app = applications[i] as Application;
    if (d === null) return;
    if (d.due === null) {
      rows.push({ app, state: 'paused', due: null, left: null, estimated: false, reason: d.reason });
      return;
    }
    let left = lefts.get(d.due);
    if (left === undefined) lefts.set(d.due, (left = workdaysLeft(today, d.due, calendar)));
    const state = today > d.due ? 'overdue' : left <= DUE_SOON_WORKDAYS ? 'soon' : 'running';
    rows.push({ app, state, due: d.due, left, estimated: d.estimated });
  });
  const order = (r: DeadlineRow) => r.due ?? '9999';
  rows.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
  lastRows = { applications, calendar, today, rows };
  return rows;
}

/** The years of these due dates whose holiday notice is not in the data (only weekends were left out). */
export function uncoveredYears(rows: readonly Pick<DeadlineRow, 'due' | 'estimated'>[]): number[] {
  const years = new Set<number>();
  for (const r of rows) {
    if (!r.estimated || !r.due) continue;
    for (const y of [Number(r.due.slice(0, 4)) - 1, Number(r.due.slice(0, 4))]) if (!knownYears.has(y)) years.add(y);
  }
  return [...years].sort();
}

/** What the editor and the CLI say when a due date falls in a year the holiday data does not cover. */
export function calendarWarning(years: readonly number[]): string {
  const list = years.map((y) => `${y}年`).join('、');
  return (
    `${list}的法定节假日和调休安排未收录在本程序中：计算涉及${list}的答复期限只扣除了周六、周日，` +
    `没有扣除节假日，也没有计入调休上班日，实际期限可能更晚或更早。请按国务院办公厅当年的节假日安排通知核对。`
  );
}
