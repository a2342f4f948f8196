import { useEffect, useMemo, useState } from 'react';
import { UNIT_STATUSES } from '@shared/county/assemble';
import type { UnitStatus } from '@shared/county/assemble';
import { CROSS_RULES } from '@shared/county/cross-rules';
import type { CountyView, UnitView } from '@shared/county/view';
import { FORMATS } from '@shared/format';
import { UNIT_KIND_LABELS } from '@shared/report/types';
import { SEVERITY_LABELS } from '@shared/rules';
import { useStore } from '../../store/store';
import {
  chooseRoster,
  chooseWorkspace,
  exportSummary,
  newCountyReport,
  openUnit,
  refreshCounty,
  saveRoster,
  setIncluded,
  chooseFile,
  startCountyProgress,
} from './county-commands';
import { useCounty } from './county-store';
import type { CountyState, SortKey } from './county-store';
import { CountyTables } from './CountyTables';
import './county.css';

const STATUS_ORDER: readonly UnitStatus[] = ['missing', 'mismatch', 'errors', 'review', 'warnings', 'ok'];
const crossIds = new Set<string>(Object.keys(CROSS_RULES));

function sorted(units: readonly UnitView[], sort: CountyState['sort']): UnitView[] {
  const value = (u: UnitView, i: number): number | string => {
    switch (sort.key) {
      case 'name':
        return u.name;
      case 'status':
        return STATUS_ORDER.indexOf(u.status);
      case 'new':
        return u.totals?.new ?? -1;
      case 'errors':
        return u.counts.error;
      case 'warnings':
        return u.counts.warning;
      default:
        return i;
    }
  };
  const keyed = units.map((u, i) => ({ u, v: value(u, i), i }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'string' ? a.v.localeCompare(String(b.v), 'zh') : a.v - Number(b.v);
    return (sort.descending ? -c : c) || a.i - b.i;
  });
  return keyed.map((k) => k.u);
}

function SortHeader({ label, k }: { label: string; k: SortKey }) {
  const sort = useCounty((s) => s.sort);
  const sortBy = useCounty((s) => s.sortBy);
  const active = sort.key === k;
  return (
    <th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button className="link" onClick={() => sortBy(k)}>
        {label}
        {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}

function UnitTable({ view }: { view: CountyView }) {
  const filter = useCounty((s) => s.filter);
  const sort = useCounty((s) => s.sort);
  const [open, setOpen] = useState<string | null>(null);
  const units = useMemo(() => {
    const shown = view.units.filter((u) =>
      filter === 'all'
        ? true
        : filter === 'off-roster'
          ? !u.onRoster && view.rosterSource !== null
          : u.status === filter,
    );
    return sorted(shown, sort);
  }, [view, filter, sort]);
  return (
    <table className="county-units">
      <thead>
        <tr>
          <SortHeader label="序号" k="roster" />
          <SortHeader label="单位" k="name" />
          <SortHeader label="状态" k="status" />
          <th>文件</th>
          <SortHeader label="新收" k="new" />
          <th>办结</th>
          <th>复议</th>
          <th>诉讼</th>
          <SortHeader label="错误" k="errors" />
          <SortHeader label="警告" k="warnings" />
          <th>汇总</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <UnitRowView
            key={u.key}
            u={u}
            n={view.units.indexOf(u) + 1}
            open={open === u.key}
            toggle={() => setOpen(open === u.key ? null : u.key)}
          />
        ))}
      </tbody>
    </table>
  );
}

function UnitRowView({ u, n, open, toggle }: { u: UnitView; n: number; open: boolean; toggle: () => void }) {
  return (
    <>
      <tr data-unit={u.name} data-status={u.status} className={open ? 'open' : undefined}>
        <td>{n}</td>
        <td>
          <button className="link unit-name" onClick={toggle} aria-expanded={open}>
            {u.name}
          </button>
          {u.own ? <small> 本级</small> : u.kind ? <small> {UNIT_KIND_LABELS[u.kind]}</small> : null}
          {!u.onRoster ? <small className="off-roster"> 不在名单中</small> : null}
          {u.choice ? (
            <small className="conflict" title={u.choice.reason}>
              {' '}
              {u.files.filter((f) => f.readable).length} 份文件
            </small>
          ) : null}
        </td>
        <td>
          <span className={`status status-${u.status}`}>{u.statusLabel}</span>
        </td>
        <td className="files">
          {u.files.map((f, i) =>
            f.readable ? (
              <button
                key={f.rel}
                className="link"
                title={`打开副本（原文件不会被改动）：${f.rel}`}
                onClick={() => void openUnit(u.key, i)}
              >
                {f.rel}
              </button>
            ) : (
              <span key={f.rel} className="broken" title={f.reason ?? ''}>
                {f.rel}（无法读取）
              </span>
            ),
          )}
        </td>
        <td className="num">{u.totals?.new ?? ''}</td>
        <td className="num">{u.totals?.concluded ?? ''}</td>
        <td className="num">{u.totals?.review ?? ''}</td>
        <td className="num">{u.totals?.suit ?? ''}</td>
        <td className="num">{u.files.length ? u.counts.error : ''}</td>
        <td className="num">{u.files.length ? u.counts.warning : ''}</td>
        <td>
          {u.included ? '计入' : u.excluded ? <small title={u.excluded}>未计入</small> : ''}
          {u.own || u.mismatchedFormat ? (
            <label className="include">
              <input type="checkbox" checked={u.included} onChange={(e) => void setIncluded(u.key, e.target.checked)} />
              计入
            </label>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="details">
          <td />
          <td colSpan={10}>
            {u.excluded ? <p>未计入汇总：{u.excluded}</p> : null}
            {u.choice ? <FileChoice u={u} /> : null}
            {u.findings.length === 0 ? (
              <p className="muted">{u.files.length ? '没有发现问题。' : '没有收到这个单位的报告。'}</p>
            ) : null}
            <ul className="unit-findings">
              {u.findings.map((f, i) => (
                <li key={i} data-rule={f.rule} className={`sev-${f.severity}`}>
                  [{f.rule}
                  {crossIds.has(f.rule) ? ' 跨单位' : ''} · {SEVERITY_LABELS[f.severity]}] {f.message}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}

const modifiedAt = (ms: number | null) =>
  ms === null ? '时间不详' : new Date(ms).toLocaleString('zh-CN', { hour12: false }).replace(/:\d\d$/, '');

/** Two versions of one unit's report: which counts (the latest by 落款日期 unless the clerk chose), and the choice. */
function FileChoice({ u }: { u: UnitView }) {
  return (
    <fieldset className="file-choice" data-choice={u.choice?.by}>
      <legend>{u.choice?.reason}。计入汇总的文件：</legend>
      {u.files.map((f, i) =>
        f.readable ? (
          <label key={f.rel}>
            <input
              type="radio"
              name={`choice-${u.key}`}
              checked={f.counted}
              onChange={() => void chooseFile(u.key, i)}
            />
            {f.rel}
            <small>
              {' '}
              落款日期 {f.date || '未填写'}，保存于 {modifiedAt(f.modified)}
            </small>
          </label>
        ) : null,
      )}
    </fieldset>
  );
}

function Filters({ view }: { view: CountyView }) {
  const filter = useCounty((s) => s.filter);
  const setFilter = useCounty((s) => s.setFilter);
  const count = (s: UnitStatus) => view.units.filter((u) => u.status === s).length;
  const offRoster = view.rosterSource ? view.units.filter((u) => !u.onRoster).length : 0;
  const chip = (id: CountyState['filter'], label: string, n: number) => (
    <button
      key={id}
      className={`chip${filter === id ? ' active' : ''}`}
      aria-pressed={filter === id}
      onClick={() => setFilter(id)}
      data-filter={id}
    >
      {label} <b>{n}</b>
    </button>
  );
  return (
    <div className="county-filters" role="group" aria-label="按状态筛选">
      {chip('all', '全部', view.units.length)}
      {STATUS_ORDER.map((s) => chip(s, UNIT_STATUSES[s], count(s)))}
      {offRoster ? chip('off-roster', '不在名单中', offRoster) : null}
    </div>
  );
}

function CrossFindings({ view }: { view: CountyView }) {
  const items = view.units.flatMap((u) => u.findings.filter((f) => crossIds.has(f.rule)).map((f) => ({ u, f })));
  return (
    <section aria-label="跨单位检查">
      <h2>跨单位检查（{items.length}）</h2>
      <p className="muted">
        U1 正文与其他单位雷同（相似度 ≥ 90%）· U2 表格完全相同 · U3 主要数字与上年相比 ×5 或 ×0.2 · U4
        上年结转与本单位上年报告不符 · U5 “其他处理”占比远高于全县
      </p>
      {items.length === 0 ? <p className="muted">没有发现跨单位的问题。</p> : null}
      <ul className="cross-findings">
        {items.map(({ u, f }, i) => (
          <li key={i} data-rule={f.rule} className={`sev-${f.severity}`}>
            <b>{u.name}</b> [{f.rule}] {f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RosterEditor({ view }: { view: CountyView }) {
  const initial = view.roster
    .map((e) => [e.name, ...(e.aliases.length ? [e.aliases.join('、')] : [])].join('\t'))
    .join('\n');
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  return (
    <details className="roster-editor">
      <summary>
        名单（
        {view.rosterSource
          ? `${view.roster.length} 个单位，来自 ${view.rosterSource}`
          : '还没有名单：每份报告算一个单位'}
        ）
      </summary>
      <p className="muted">
        每行一个单位全称；别名（如“县发改局”）写在同一行，用 Tab 或“：”隔开，多个别名用“、”分隔。名单保存在工作文件夹的
        .nianbao-county.json 中。
      </p>
      <textarea aria-label="名单" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="row">
        <button className="primary" onClick={() => void saveRoster(text)} disabled={!text.trim()}>
          保存名单并重新汇总
        </button>
        <button onClick={() => void chooseRoster()}>从 Excel/CSV/文本导入名单…</button>
      </div>
    </details>
  );
}

export function CountyScreen() {
  const view = useCounty((s) => s.view);
  const progress = useCounty((s) => s.progress);
  useEffect(startCountyProgress, []);
  return (
    <div className="county" data-ready={view && !progress ? 'true' : 'false'}>
      <header className="county-toolbar">
        <button onClick={() => useStore.getState().setView('start')}>首页</button>
        <h1>县级汇总</h1>
        {view ? (
          <span className="muted" title={view.folder}>
            {view.year}年度 · {FORMATS[view.formatId].name} · {view.folder}
          </span>
        ) : null}
        <span className="spacer" />
        <button onClick={() => void chooseWorkspace()}>选择文件夹…</button>
        <button onClick={() => void refreshCounty()} disabled={!view}>
          重新读取
        </button>
        <button className="primary" onClick={() => void newCountyReport()} disabled={!view}>
          生成县级报告
        </button>
        <button onClick={() => void exportSummary('xlsx')} disabled={!view}>
          导出汇总表（Excel）
        </button>
        <button
          onClick={() => void exportSummary('csv')}
          disabled={!view}
          title="同一张汇总表存为纯文本 CSV，供其他程序或系统导入；日常查看和上报请用上一个 Excel 版"
        >
          导出CSV
        </button>
        <button
          onClick={() => void exportSummary('bundle')}
          disabled={!view}
          title="把各单位的报告 PDF 和一个目录页 index.html 放进同一个文件夹，可直接上传到政府网站集中公布"
        >
          集中公布包…
        </button>
        <button onClick={() => void exportSummary('print')} disabled={!view}>
          打印汇总表
        </button>
      </header>
      {progress ? (
        <div className="county-progress" role="status">
          <progress value={progress.done} max={progress.total} /> 正在读取 {progress.done}/{progress.total}：
          {progress.file}
        </div>
      ) : null}
      {!view ? (
        <p className="county-empty">
          请选择存放各单位报送报告的文件夹（.nianbao、PDF、Word、网页或文本文件，可含子文件夹）。源文件只读取，从不改动。
        </p>
      ) : (
        <main className="county-body">
          {view.changes ? (
            <p className="county-changes">
              与上次汇总（{new Date(view.changes.since).toLocaleString('zh-CN', { hour12: false })}）相比：新增{' '}
              {view.changes.added.length}
              、文件内容变化 {view.changes.changed.length}
              {view.changes.changed.length ? `（${view.changes.changed.join('、')}）` : ''}、不再计入{' '}
              {view.changes.removed.length}。
            </p>
          ) : null}
          {view.notes.map((n) => (
            <p key={n} className="county-note">
              {n}
            </p>
          ))}
          <Filters view={view} />
          <UnitTable view={view} />
          {view.broken.length > 0 || view.ignored.length > 0 ? (
            <section aria-label="无法读取的文件">
              <h2>无法读取或未读取的文件</h2>
              <ul>
                {view.broken.map((b) => (
                  <li key={b.rel} className="sev-error">
                    {b.rel}：{b.reason}
                  </li>
                ))}
                {view.ignored.map((b) => (
                  <li key={b.rel} className="muted">
                    {b.rel}：{b.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <CrossFindings view={view} />
          <CountyTables view={view} />
          <RosterEditor view={view} />
        </main>
      )}
    </div>
  );
}
