import { formatIndex, T3_APPLICANTS, t3OutcomeRows } from '../format';
import type { FormatId } from '../format';
import type { Cells } from '../report/types';
import { outcomeRow } from './outcomes';
import { reusing } from './reuse';
import type { Application, Register } from './types';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Where one application counts in table three: the rows it adds 1 to (in its applicant column), or why none. */
export type Placement = { rows: string[] } | { rows: null; reason: string };

/**
 * Places one application of year `year` (spec §5): 一 if received in the year, 二 if carried in; then
 * either the outcome row of its answer (and （七）总计) if answered in the year, or 四 结转下年度 if not
 * answered by 31 December. An application that cannot be placed consistently is left out of every row,
 * never half counted, so 一+二 = （七）+四 holds by construction; the reason is shown to the clerk.
 */
export function placeApplication(app: Application, formatId: FormatId, year: number): Placement {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (!ISO.test(app.received)) return { rows: null, reason: '收到日期缺失或格式不对' };
  if (app.received > end) return { rows: null, reason: `收到日期在${year}年度之后` };
  const inflow = app.carriedIn || app.received < start ? 'carried_in' : 'new';
  if (app.answered && !ISO.test(app.answered)) return { rows: null, reason: '答复日期格式不对' };
  if (app.answered && app.answered < app.received) return { rows: null, reason: '答复日期早于收到日期' };
  if (app.answered && app.answered < start) return { rows: null, reason: `已于${year}年度之前答复，不属本年度` };
  if (!app.answered || app.answered > end) {
    if (app.outcome && !app.answered) return { rows: null, reason: '已填办理结果但缺答复日期' };
    return { rows: [inflow, 'carry_out'] };
  }
  const row = outcomeRow(app.outcome, formatId);
  if (!row) return { rows: null, reason: app.outcome ? '办理结果不属于本年度格式' : '已答复但未填办理结果' };
  return { rows: [inflow, row, 'result_total'] };
}

/** Every row key of table three, in printed order. */
function t3Rows(formatId: FormatId): string[] {
  return ['new', 'carried_in', ...t3OutcomeRows(formatId), 'result_total', 'carry_out'];
}

export interface RegisterCount {
  /** Every cell of table three as counted (zeros included): totals are sums, so H1–H3 hold. */
  cells: Cells;
  /** Applications left out of every row, with the reason. */
  skipped: { id: string; number: string; reason: string }[];
}

/** Where one application adds 1 (indexes into the counts of countAll), or why it adds nothing. */
type Counted = { at: number[] } | { reason: string };

/** The row and column layout of table three's counts, by format. */
function layout(formatId: FormatId) {
  const rows = t3Rows(formatId);
  const cols = T3_APPLICANTS.map((a) => a.id as string);
  return { rows, cols, rowAt: new Map(rows.map((r, i) => [r, i])), colAt: new Map(cols.map((c, i) => [c, i])) };
}
const LAYOUTS = { 'gov-2021': layout('gov-2021'), 'gov-2019': layout('gov-2019') } as const;

/** What counting depends on besides the application: one object per format and year, compared by identity. */
interface Year {
  formatId: FormatId;
  year: number;
}
const YEARS = new Map<string, Year>();
const yearOf = (formatId: FormatId, year: number): Year => {
  const key = `${formatId}:${year}`;
  let y = YEARS.get(key);
  if (!y) YEARS.set(key, (y = { formatId, year }));
  return y;
};

function counted(app: Application, { formatId, year }: Year): Counted {
  const { rowAt, colAt, cols } = LAYOUTS[formatId];
  const placed = placeApplication(app, formatId, year);
  if (placed.rows === null) return { reason: placed.reason };
  const col = colAt.get(app.applicant);
  if (col === undefined) return { reason: '申请人类型不明' };
  return { at: placed.rows.map((r) => (rowAt.get(r) ?? 0) * cols.length + col) };
}

// Kept for the last register counted: the editor counts one at a time (a batch of reports just counts each anew).
const countedAll = reusing(counted);
let lastCount: { applications: readonly Application[]; key: Year; count: RegisterCount } | undefined;

/**
 * Table three counted from the register. Pure and linear; after an edit only the edited application is
 * placed anew (see reusing), and the editor's recount and rule R2 of the same edit share one count.
 */
export function countRegister(register: Register, formatId: FormatId, year: number): RegisterCount {
  const key = yearOf(formatId, year);
  const { applications } = register;
  if (lastCount?.applications === applications && lastCount.key === key) return lastCount.count;
  const { rows, cols } = LAYOUTS[formatId];
  const counts = new Int32Array(rows.length * cols.length);
  const skipped: RegisterCount['skipped'] = [];
  countedAll(applications, key).forEach((c, i) => {
    if ('at' in c) for (const at of c.at) counts[at]! += 1;
    else {
      const app = applications[i] as Application;
      skipped.push({ id: app.id, number: app.number, reason: c.reason });
    }
  });
  const cells: Cells = {};
  rows.forEach((r, i) => {
    let total = 0;
    cols.forEach((c, j) => {
      const v = counts[i * cols.length + j] ?? 0;
      cells[`T3.${r}.${c}`] = v;
      total += v;
    });
    cells[`T3.${r}.total`] = total;
  });
  const count = { cells, skipped };
  lastCount = { applications, key, count };
  return count;
}

/**
 * The applications counted in one cell of table three (可核查): the cell's row, and its applicant
 * column unless it is a 总计 cell.
 */
export function applicationsInCell(register: Register, formatId: FormatId, year: number, cell: string): Application[] {
  const def = formatIndex(formatId).byId.get(cell);
  if (def?.table !== 'T3') return [];
  const col = cell.slice(def.row.length + 1);
  const row = def.row.slice('T3.'.length);
  return register.applications.filter((app) => {
    if (col !== 'total' && app.applicant !== col) return false;
    const placed = placeApplication(app, formatId, year);
    return placed.rows !== null && placed.rows.includes(row);
  });
}
