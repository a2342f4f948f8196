import { Fragment, useEffect, useMemo, useState } from 'react';
import { T3_APPLICANTS } from '@shared/format';
import type { FormatId } from '@shared/format';
import { describeCell } from '@shared/report';
import {
  applicationsInCell,
  calendarWarning,
  CHANNELS,
  DEADLINE_STATE_LABELS,
  localIsoDate,
  openDeadlines,
  outcomeChoices,
  outcomeLabel,
  outcomeRow,
  uncoveredYears,
} from '@shared/register';
import type { Application, ApplicantKind, Channel, DeadlineRow, Register } from '@shared/register';
import { useStore } from '../../store/store';
import { CalendarCorrections } from './CalendarCorrections';
import { chooseSheet, exportRegisterXlsx } from './register-commands';
import { RegisterImport } from './RegisterImport';
import { revealApplication, useReveal } from './reveal';
import './register.css';

/** More rows than a clerk reads on screen; the filters narrow a big register down. */
const SHOWN = 200;

type StateFilter = 'all' | 'open' | 'answered' | 'due';

const st = useStore.getState;

function update(register: Register, id: string, change: Partial<Application>, field: string): void {
  const applications = register.applications.map((a) => {
    if (a.id !== id) return a;
    const next: Application = { ...a, ...change };
    // An emptied optional field leaves the file rather than staying as ''.
    for (const [k, v] of Object.entries(change)) if (v === '' || v === undefined) delete next[k as keyof Application];
    return next;
  });
  st().setRegister({ ...register, applications }, `register:${id}:${field}`);
}

/** A new application of the report's year: received today, or on 31 December when the year is over. */
function newApplication(register: Register, year: number, today: string): Application {
  const end = `${year}-12-31`;
  const n = register.applications.filter((a) => a.number.startsWith(String(year))).length + 1;
  return {
    id: `a${Date.now().toString(36)}${register.applications.length}`,
    number: `${year}-${String(n).padStart(3, '0')}`,
    received: today < end ? today : end,
    channel: '当面',
    applicant: 'natural',
    subject: '',
  };
}

function DateInput(props: { label: string; value: string | undefined; onChange: (v: string) => void }) {
  return (
    <input
      type="date"
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** The columns of the table: narrow ones fixed, 申请内容 takes what is left and wraps. */
const COLUMNS = [
  { head: '登记号', className: 'c-number' },
  { head: '收到日期', className: 'c-received' },
  { head: '申请人类型', className: 'c-kind' },
  { head: '申请内容', className: 'c-subject' },
  { head: '办理结果', className: 'c-outcome' },
  { head: '答复日期', className: 'c-answered' },
  { head: '答复期限', className: 'c-due' },
  { head: '', className: 'c-more' },
] as const;

/** A cell's class and its column's name, shown above the field when a narrow table wraps each row. */
function cellOf(className: (typeof COLUMNS)[number]['className'], extra?: string) {
  const head = COLUMNS.find((c) => c.className === className)?.head ?? '';
  return { className: extra ? `${className} ${extra}` : className, 'data-head': head };
}

function dueText(row: DeadlineRow | undefined, app: Application): string {
  if (app.answered) return '已答复';
  if (!row) return '';
  if (row.due === null) return DEADLINE_STATE_LABELS.paused;
  // With its year, as everywhere else in the register: a deadline of January is next year's.
  return `${row.due}${row.estimated ? '*' : ''}`;
}

function ApplicationRow(props: {
  app: Application;
  register: Register;
  formatId: FormatId;
  deadline: DeadlineRow | undefined;
  open: boolean;
  onToggle: () => void;
}) {
  const { app, register, formatId, deadline } = props;
  const set = (change: Partial<Application>, field: string) => update(register, app.id, change, field);
  const who = app.number || '新申请';
  return (
    <tr data-application={app.id} className={props.open ? 'open' : undefined}>
      <td {...cellOf('c-number')}>
        <input
          aria-label={`${who} 登记号`}
          value={app.number}
          onChange={(e) => set({ number: e.target.value }, 'number')}
        />
      </td>
      <td {...cellOf('c-received')}>
        <DateInput
          label={`${who} 收到日期`}
          value={app.received}
          onChange={(v) => v && set({ received: v }, 'received')}
        />
      </td>
      <td {...cellOf('c-kind')}>
        <select
          aria-label={`${who} 申请人类型`}
          value={app.applicant}
          onChange={(e) => set({ applicant: e.target.value as ApplicantKind }, 'applicant')}
        >
          {T3_APPLICANTS.map((a) => (
            <option key={a.id} value={a.id}>
              {a.id === 'other_org' ? '其他组织' : a.label}
            </option>
          ))}
        </select>
      </td>
      <td {...cellOf('c-subject')}>
        <textarea
          className="subject"
          rows={1}
          aria-label={`${who} 申请内容`}
          value={app.subject}
          onChange={(e) => set({ subject: e.target.value }, 'subject')}
        />
      </td>
      <td {...cellOf('c-outcome')}>
        <select
          aria-label={`${who} 办理结果`}
          title={app.outcome ? outcomeLabel(app.outcome, formatId) : '办理中'}
          value={outcomeRow(app.outcome, formatId) ?? ''}
          onChange={(e) => set({ outcome: e.target.value }, 'outcome')}
        >
          <option value="">（办理中）</option>
          {outcomeChoices(formatId).map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td {...cellOf('c-answered')}>
        <DateInput label={`${who} 答复日期`} value={app.answered} onChange={(v) => set({ answered: v }, 'answered')} />
      </td>
      <td {...cellOf('c-due', `due ${deadline?.state ?? ''}`)} title={deadline?.reason ?? deadline?.due ?? undefined}>
        {dueText(deadline, app)}
      </td>
      <td {...cellOf('c-more')}>
        <button aria-expanded={props.open} aria-label={`${who} 详情`} onClick={props.onToggle}>
          {props.open ? '收起' : '详情'}
        </button>
      </td>
    </tr>
  );
}

/** The long and rare fields of one application, under its row: applicant, 补正, 延期, 征求意见, 收费, 结转. */
function ApplicationDetail({ app, register }: { app: Application; register: Register }) {
  const set = (change: Partial<Application>, field: string) => update(register, app.id, change, field);
  const who = app.number || '新申请';
  return (
    <tr className="detail" data-detail={app.id}>
      <td colSpan={COLUMNS.length}>
        <div className="detail-grid" role="group" aria-label={`${who} 详情`}>
          <fieldset className="personal">
            <legend>申请人（不导出）</legend>
            <label>
              姓名或名称
              <input
                aria-label={`${who} 申请人`}
                value={app.name ?? ''}
                onChange={(e) => set({ name: e.target.value }, 'name')}
              />
            </label>
            <label>
              联系方式
              <input
                aria-label={`${who} 联系方式`}
                value={app.contact ?? ''}
                onChange={(e) => set({ contact: e.target.value }, 'contact')}
              />
            </label>
          </fieldset>
          <fieldset>
            <legend title="《条例》第三十条：答复期限自收到补正的申请之日起重新计算">补正（重新计算期限）</legend>
            <label>
              告知补正
              <DateInput
                label={`${who} 补正通知日期`}
                value={app.correction?.notified}
                onChange={(v) => set({ correction: v ? { ...app.correction, notified: v } : undefined }, 'correction')}
              />
            </label>
            <label>
              收到补正
              <DateInput
                label={`${who} 补正回复日期`}
                value={app.correction?.replied}
                onChange={(v) =>
                  app.correction &&
                  set({ correction: { notified: app.correction.notified, ...(v ? { replied: v } : {}) } }, 'correction')
                }
              />
            </label>
          </fieldset>
          <fieldset>
            <legend title="《条例》第三十二条、第三十三条：征求第三方意见所需时间不计算在期限内">
              征求第三方意见（不计入期限）
            </legend>
            <label>
              开始
              <DateInput
                label={`${who} 征求意见开始`}
                value={app.consultation?.from}
                onChange={(v) =>
                  set({ consultation: v ? { ...app.consultation, from: v } : undefined }, 'consultation')
                }
              />
            </label>
            <label>
              结束
              <DateInput
                label={`${who} 征求意见结束`}
                value={app.consultation?.to}
                onChange={(v) =>
                  app.consultation &&
                  set({ consultation: { from: app.consultation.from, ...(v ? { to: v } : {}) } }, 'consultation')
                }
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>其他</legend>
            <label>
              渠道
              <select
                aria-label={`${who} 渠道`}
                value={app.channel}
                onChange={(e) => set({ channel: e.target.value as Channel }, 'channel')}
              >
                {CHANNELS.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
            <label>
              延期告知
              <DateInput
                label={`${who} 延期日期`}
                value={app.extended}
                onChange={(v) => set({ extended: v }, 'extended')}
              />
            </label>
            <label>
              收费通知
              <DateInput
                label={`${who} 收费通知日期`}
                value={app.feeNotice}
                onChange={(v) => set({ feeNotice: v }, 'feeNotice')}
              />
            </label>
            <label className="inline">
              <input
                type="checkbox"
                aria-label={`${who} 上年结转`}
                checked={Boolean(app.carriedIn)}
                onChange={(e) => set({ carriedIn: e.target.checked || undefined }, 'carriedIn')}
              />
              上年结转
            </label>
            <button
              aria-label={`删除 ${who}`}
              onClick={() =>
                st().setRegister({ ...register, applications: register.applications.filter((a) => a.id !== app.id) })
              }
            >
              删除这件申请
            </button>
          </fieldset>
        </div>
      </td>
    </tr>
  );
}

function DeadlineList({ rows }: { rows: DeadlineRow[] }) {
  const urgent = rows.filter((r) => r.state === 'overdue' || r.state === 'soon');
  const uncovered = uncoveredYears(rows);
  return (
    <>
      {uncovered.length > 0 ? (
        <p className="calendar-warning" role="alert">
          {calendarWarning(uncovered)}
          台账中标“*”的答复期限即为这样的估算。可在下方「校正节假日」中逐日添加该年的放假日和调休上班日。
        </p>
      ) : null}
      {urgent.length > 0 ? <UrgentList rows={urgent} /> : null}
    </>
  );
}

function UrgentList({ rows: urgent }: { rows: DeadlineRow[] }) {
  return (
    <ul className="deadlines" aria-label="即将到期和已超期的申请">
      {urgent.map((r) => (
        <li key={r.app.id} className={r.state}>
          <strong>{DEADLINE_STATE_LABELS[r.state]}</strong> {r.app.number} {r.app.subject}：答复期限 {r.due}
          {r.left !== null && r.left >= 0 ? `，还剩 ${r.left} 个工作日` : `，已超期 ${-(r.left ?? 0)} 个工作日`}
          {r.estimated ? '（只扣除周末的估算，见上方说明）' : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * The 依申请公开登记台账 under table three: applications are added, answered and filtered here, table
 * three can be counted from them, and selecting a cell of table three lists what it counts (可核查).
 */
export function RegisterSection() {
  const report = useStore((s) => s.report);
  const focus = useStore((s) => s.focus);
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  // 「显示全部」 lifts the filter of the selected cell until another cell is selected.
  const [unfilteredAt, setUnfilteredAt] = useState<string | null>(null);
  const register: Register = report?.register ?? { applications: [] };
  const [openId, setOpenId] = useState<string | null>(null);
  const [sheet, setSheet] = useState<{ name: string; rows: string[][] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = localIsoDate();
  const deadlines = useMemo(() => openDeadlines(register, today), [register, today]);
  const deadlineOf = useMemo(() => new Map(deadlines.map((d) => [d.app.id, d])), [deadlines]);
  const t3Focus = focus?.startsWith('T3.') && register.applications.length > 0 ? focus : null;
  const cellFilter = t3Focus !== unfilteredAt ? t3Focus : null;
  // Opened from the start screen at an application: every filter off, its details open, in view.
  const reveal = useReveal((r) => r.id);
  const revealed = reveal !== null && register.applications.some((a) => a.id === reveal);
  useEffect(() => {
    if (!revealed) return;
    setOpenId(reveal);
    setStateFilter('all');
    setUnfilteredAt(t3Focus);
    revealApplication(null);
    requestAnimationFrame(() =>
      document.querySelector(`[data-application="${CSS.escape(reveal)}"]`)?.scrollIntoView({ block: 'center' }),
    );
  }, [revealed, reveal, t3Focus]);
  // The applications of the selected cell as it was selected: answering one keeps it in sight
  // while it moves to another row of table three.
  const [traced, setTraced] = useState<{ cell: string; ids: string[] } | null>(null);
  if (report && cellFilter && traced?.cell !== cellFilter) {
    const ids = applicationsInCell(register, report.formatId, report.year, cellFilter).map((a) => a.id);
    setTraced({ cell: cellFilter, ids });
  }
  if (!report) return null;
  const inCell = cellFilter ? new Set(traced?.ids) : null;
  let list = inCell ? register.applications.filter((a) => inCell.has(a.id)) : register.applications;
  if (stateFilter !== 'all') {
    const due = new Set(deadlines.filter((d) => d.state === 'overdue' || d.state === 'soon').map((d) => d.app.id));
    list = list.filter((a) =>
      stateFilter === 'open' ? !a.answered : stateFilter === 'answered' ? Boolean(a.answered) : due.has(a.id),
    );
  }
  return (
    <section className="register" aria-label="登记台账">
      <header>
        <h3>依申请公开登记台账（{register.applications.length} 件）</h3>
        <label className="toggle" title="开启时第三部分表格的数字全部由台账统计，不能手工填写">
          <input
            type="checkbox"
            checked={Boolean(register.countsTable)}
            onChange={(e) => st().setRegister({ ...register, countsTable: e.target.checked })}
          />
          由登记台账统计第三部分表格
        </label>
        <label>
          筛选
          <select
            aria-label="按办理状态筛选"
            value={stateFilter}
            onChange={(e) => setStateFilter(e.target.value as StateFilter)}
          >
            <option value="all">全部</option>
            <option value="open">未答复</option>
            <option value="answered">已答复</option>
            <option value="due">即将到期或已超期</option>
          </select>
        </label>
        <button
          className="primary"
          onClick={() => {
            // The new application must be in sight, whatever cell of table three was selected, with its details.
            setUnfilteredAt(t3Focus);
            const added = newApplication(register, report.year, today);
            setOpenId(added.id);
            st().setRegister({ ...register, applications: [...register.applications, added] });
          }}
        >
          新增申请
        </button>
        <button
          title="从 Excel、WPS 表格（.xlsx）或 .csv 读入申请：先逐列核对，再导入"
          onClick={() =>
            void chooseSheet().then((read) => {
              setDone(null);
              setSheet(read);
            })
          }
        >
          从Excel导入…
        </button>
        <button
          title="把登记台账写成 .xlsx（含申请人姓名和联系方式，请妥善保管）"
          disabled={register.applications.length === 0}
          onClick={() => void exportRegisterXlsx()}
        >
          导出Excel
        </button>
      </header>
      {sheet ? (
        <RegisterImport
          sheet={sheet}
          register={register}
          formatId={report.formatId}
          onDone={(message) => {
            setSheet(null);
            setDone(message);
          }}
        />
      ) : null}
      {done ? (
        <p className="import-done" role="status">
          {done}
        </p>
      ) : null}
      <p className="register-note">
        申请人姓名和联系方式只保存在本报告文件中，不会出现在打印件、PDF、Word 和县级汇总中。
      </p>
      <DeadlineList rows={deadlines} />
      <CalendarCorrections register={register} />
      {cellFilter ? (
        <p className="cell-filter" role="status">
          {describeCell(report.formatId, cellFilter)}计入的申请：{list.length} 件
          <button onClick={() => setUnfilteredAt(cellFilter)}>显示全部</button>
        </p>
      ) : t3Focus ? (
        <p className="cell-filter">
          <button onClick={() => setUnfilteredAt(null)}>只看所选单元格计入的申请</button>
        </p>
      ) : null}
      {list.length > 0 ? (
        <div className="register-scroll">
          <table className="register-table" aria-label="申请列表">
            <colgroup>
              {COLUMNS.map((c, i) => (
                <col key={i} className={c.className} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {COLUMNS.map((c, i) => (
                  <th key={i}>{c.head}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.slice(0, SHOWN).map((app) => (
                <Fragment key={app.id}>
                  <ApplicationRow
                    app={app}
                    register={register}
                    formatId={report.formatId}
                    deadline={deadlineOf.get(app.id)}
                    open={openId === app.id}
                    onToggle={() => setOpenId(openId === app.id ? null : app.id)}
                  />
                  {openId === app.id ? <ApplicationDetail app={app} register={register} /> : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          {list.length > SHOWN ? <p>只显示前 {SHOWN} 件，请用筛选缩小范围。</p> : null}
        </div>
      ) : (
        <p className="register-empty">
          {register.applications.length === 0 ? '尚未登记申请。' : '没有符合筛选条件的申请。'}
        </p>
      )}
    </section>
  );
}
