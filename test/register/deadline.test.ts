import { describe, expect, it } from 'vitest';
import { emptyReport } from '@shared/report';
import { evaluate } from '@shared/rules';
import {
  calendarWarning,
  dueDate,
  HOLIDAY_NOTICES,
  openDeadlines,
  uncoveredYears,
  workCalendar,
  workdaysLeft,
} from '@shared/register';
import type { Application } from '@shared/register';

const app = (over: Partial<Application>): Application => ({
  id: 'x',
  number: '1',
  received: '2021-09-10',
  channel: '当面',
  applicant: 'natural',
  subject: '',
  ...over,
});
const official = workCalendar();
const due = (over: Partial<Application>, calendar = official) => dueDate(app(over), calendar);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the holiday data', () => {
  it('has a notice for every year 2019–2026, and every 调休 working day is a Saturday or Sunday', () => {
    expect(HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const n of HOLIDAY_NOTICES) {
      expect(n.notice).toMatch(/^国务院办公厅关于\d{4}年部分节假日安排的通知（国办发明电〔\d{4}〕\d+号）$/);
      for (const d of n.work) expect([d, weekday(d)]).toSatisfy(([, w]: [string, number]) => w === 0 || w === 6);
    }
  });
});

describe('第三十三条 due dates, counted by hand', () => {
  it('across 中秋 and 国庆 2021 with the 9月18日, 9月26日 and 10月9日 working weekends', () => {
    // After Fri 9/10: 9/13–17 (5), Sat 9/18 (6), 9/22–24 (9), Sun 9/26 (10), 9/27–30 (14), 10/8 (15),
    // Sat 10/9 (16), 10/11–14 (20). Monday to Friday alone would say 10/8.
    expect(due({})).toEqual({ due: '2021-10-14', estimated: false });
  });

  it('延期 adds 20 working days once: 10/15 (1), 10/18–11/5 (16), 11/8–11 (20)', () => {
    expect(due({ extended: '2021-10-12' })).toEqual({ due: '2021-11-11', estimated: false });
  });

  it('补正 runs the period anew from the reply, across the 2022 春节 and its working weekend', () => {
    // Reply Fri 1/28: Sat 1/29 (1), Sun 1/30 (2), 1/31–2/6 off, 2/7–11 (7), 2/14–25 (17), 2/28–3/2 (20).
    const corrected = { received: '2022-01-20', correction: { notified: '2022-01-21', replied: '2022-01-28' } };
    expect(due(corrected)).toEqual({ due: '2022-03-02', estimated: false });
    expect(due({ received: '2022-01-20', correction: { notified: '2022-01-21' } })).toEqual({
      due: null,
      reason: '等待申请人补正，期限暂停',
    });
    // Not a pause: the days before the notice do not carry over. Received Mon 1/10, notified 1/11, reply
    // Fri 1/28 gives 3/2 as above; pausing instead would have left 19 days from 1/28, i.e. 3/1.
    expect(
      due({ ...corrected, received: '2022-01-10', correction: { notified: '2022-01-11', replied: '2022-01-28' } }),
    ).toEqual({ due: '2022-03-02', estimated: false });
    expect(
      due({ received: '2022-01-20', correction: { notified: '2022-01-25', replied: '2022-01-24' } }).due,
    ).toBeNull();
  });

  it('the days of a 第三方 consultation are not counted, and 清明 2023 is a day off', () => {
    // After Wed 3/1: 3/2–3 (2), 3/6–17 consulting, 3/20–31 (12), 4/3–4 (14), 4/5 清明, 4/6–7 (16), 4/10–13 (20).
    const consulted = { received: '2023-03-01', consultation: { from: '2023-03-06', to: '2023-03-17' } };
    expect(due(consulted)).toEqual({ due: '2023-04-13', estimated: false });
    expect(due({ received: '2023-03-01' })).toEqual({ due: '2023-03-29', estimated: false });
    expect(due({ received: '2023-03-01', consultation: { from: '2023-03-06' } }).due).toBeNull();
  });

  it('the nine-day 2026 春节 with Saturdays 2月14日 and 2月28日 at work', () => {
    // After Tue 2/10: 2/11–13 (3), Sat 2/14 (4), 2/15–23 off, 2/24–27 (8), Sat 2/28 (9), 3/2–13 (19), Mon 3/16 (20).
    expect(due({ received: '2026-02-10' })).toEqual({ due: '2026-03-16', estimated: false });
  });

  it('the 2020 春节 extended to 2月2日: Saturday 2月1日 was no longer a working day', () => {
    // After Thu 1/23: 1/24–2/2 off, 2/3–7 (5), 2/10–28 (20).
    expect(due({ received: '2020-01-23' })).toEqual({ due: '2020-02-28', estimated: false });
  });

  it('the clerk’s correction of a day moves the date; a year without a notice is marked estimated', () => {
    expect(due({}, workCalendar({ '2021-10-13': 'off' })).due).toBe('2021-10-15');
    expect(due({ received: '2027-03-01' })).toEqual({ due: '2027-03-29', estimated: true });
  });

  it('names the years the data does not cover, for the warning shown in the editor and the CLI', () => {
    const rows = openDeadlines({ applications: [app({ received: '2026-12-21' }), app({ id: 'y' })] }, '2026-12-22');
    expect(rows.map((r) => [r.due, r.estimated])).toEqual([
      ['2021-10-14', false],
      ['2027-01-18', true],
    ]);
    expect(uncoveredYears(rows)).toEqual([2027]);
    expect(calendarWarning([2027])).toMatch(/^2027年的法定节假日和调休安排未收录在本程序中/);
  });
});

describe('kept with each application', () => {
  it('an edited application (a new object) is counted anew, an unchanged one is not recounted wrongly', () => {
    const first = app({ id: 'a' });
    const register = { applications: [first] };
    expect(openDeadlines(register, '2021-10-15')[0]?.state).toBe('overdue');
    const extended = { applications: [{ ...first, extended: '2021-10-12' }] };
    expect(openDeadlines(extended, '2021-10-15')[0]).toMatchObject({ state: 'running', due: '2021-11-11' });
    // The same list on another day, and with the clerk's corrected calendar, is not answered from before.
    expect(openDeadlines(register, '2021-10-14')[0]?.state).toBe('soon');
    const corrected = { ...register, calendar: { '2021-10-13': 'off' as const } };
    expect(openDeadlines(corrected, '2021-10-15')[0]).toMatchObject({ state: 'soon', due: '2021-10-15' });
  });
});

describe('即将到期 / 已超期', () => {
  it('counts working days left and sorts the open applications by urgency', () => {
    expect(workdaysLeft('2021-10-11', '2021-10-14', official)).toBe(3);
    expect(workdaysLeft('2021-10-15', '2021-10-14', official)).toBe(-1);
    const rows = openDeadlines(
      {
        applications: [
          app({ id: 'late', received: '2021-09-10' }),
          app({ id: 'fresh', received: '2021-10-11' }),
          app({ id: 'paused', received: '2021-10-11', correction: { notified: '2021-10-12' } }),
          app({ id: 'done', received: '2021-09-01', answered: '2021-09-20', outcome: 'open' }),
        ],
      },
      '2021-10-15',
    );
    expect(rows.map((r) => [r.app.id, r.state, r.due, r.left])).toEqual([
      ['late', 'overdue', '2021-10-14', -1],
      // Received Mon 10/11: 10/12–15 (4), 10/18–11/5 (19), 11/8 (20); from Fri 10/15 that leaves 10/18–11/8 = 16.
      ['fresh', 'running', '2021-11-08', 16],
      ['paused', 'paused', null, null],
    ]);
    expect(openDeadlines({ applications: [app({})] }, '2021-10-11')[0]?.state).toBe('soon');
  });
});

describe('rule R1', () => {
  it('warns of an open application past its due date on the day of the check, and only then', () => {
    const report = {
      ...emptyReport({ year: 2021, unitName: '某镇人民政府', kind: 'township', region: '' }),
      register: { applications: [app({ number: '2021-007' })] },
    };
    const r1 = (today?: string) => evaluate(report, today ? { today } : {}).filter((f) => f.rule === 'R1');
    expect(r1('2021-10-14')).toEqual([]);
    expect(r1()).toEqual([]);
    expect(r1('2021-10-18')).toEqual([
      {
        rule: 'R1',
        severity: 'warning',
        cells: [],
        part: 'requests',
        message:
          '登记台账第“2021-007”号申请（2021-09-10收到）答复期限为2021-10-14，至2021-10-18已超期 2 个工作日，仍未答复。',
      },
    ]);
  });
});
