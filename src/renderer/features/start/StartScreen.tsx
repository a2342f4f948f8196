import { useEffect, useState } from 'react';
import { FIRST_SUPPORTED_YEAR, FORMATS, formatForYear } from '@shared/format';
import { latestNewReportYear } from '@shared/report/load';
import type { RecentItem, RecoveryItem } from '@shared/ipc/contract';
import type { UnitKind } from '@shared/report';
import {
  acceptRecovery,
  discardRecovery,
  newFromLastYear,
  newReport,
  openFile,
  openRecent,
  openSample,
} from '../../app/commands';
import { bridge } from '../../bridge/api';
import { openCounty } from '../county/county-commands';
import { UnitKindSelect } from '../common/UnitKindSelect';
import { DueApplications } from './DueApplications';
import { PasteImport } from './PasteImport';

function NewReportForm() {
  // Reports are written in January about the year before (in December, about this one).
  const now = new Date();
  const latest = latestNewReportYear(now);
  const lastYear = Math.min(latest - 1, Math.max(now.getFullYear() - (now.getMonth() < 11 ? 1 : 0), latest - 2));
  const [unitName, setUnitName] = useState('');
  const [kind, setKind] = useState<UnitKind>('township');
  const [region, setRegion] = useState('');
  const [year, setYear] = useState(lastYear);
  const years = Array.from({ length: latest + 1 - FIRST_SUPPORTED_YEAR }, (_, i) => latest - i);
  const format = FORMATS[formatForYear(year)];
  return (
    <form
      className="new-report"
      aria-label="新建报告"
      onSubmit={(e) => {
        e.preventDefault();
        if (unitName.trim()) void newReport({ year, unitName: unitName.trim(), kind, region: region.trim() });
      }}
    >
      <h2>新建报告</h2>
      <label>
        单位全称
        <input
          name="unitName"
          required
          placeholder="如：某某镇人民政府"
          value={unitName}
          onChange={(e) => setUnitName(e.target.value)}
        />
      </label>
      <label>
        单位类型
        <UnitKindSelect value={kind} onChange={setKind} />
      </label>
      <label>
        所在地区
        <input
          name="region"
          placeholder="如：某省某市某县"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
        />
      </label>
      <label>
        报告年度
        <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </label>
      <p className="format-note" data-format={format.id}>
        将使用：{format.name}（{format.document}）
      </p>
      <button className="primary" type="submit" disabled={!unitName.trim()}>
        新建
      </button>
    </form>
  );
}

export function StartScreen() {
  const [recent, setRecent] = useState<RecentItem[]>([]);
  const [offers, setOffers] = useState<RecoveryItem[]>([]);
  const refresh = () => {
    void bridge
      .recentFiles()
      .then(setRecent)
      .catch(() => setRecent([]));
    void bridge
      .recoveryList()
      .then(setOffers)
      .catch(() => setOffers([]));
  };
  useEffect(refresh, []);
  return (
    <div className="start" data-ready="true">
      <header className="start-header">
        <h1>年报编辑器</h1>
        <p>政府信息公开工作年度报告 · 离线编辑与检查</p>
      </header>
      {offers.length > 0 ? (
        <section className="recovery" aria-label="可恢复的修改">
          <h2>上次有未保存的修改</h2>
          <p>年报编辑器上次没有正常关闭。下面的修改还没有保存到文件，请选择恢复或放弃：</p>
          <ul>
            {offers.map((o) => (
              <li key={o.id} data-recovery={o.id}>
                <div>
                  <strong>{o.name}</strong> · {o.title}
                  <br />
                  <small>
                    {new Date(o.savedAt).toLocaleString('zh-CN', { hour12: false })} · {o.changes}
                  </small>
                </div>
                <button className="primary" onClick={() => void acceptRecovery(o.id)}>
                  恢复
                </button>
                <button onClick={() => void discardRecovery(o.id).then(refresh)}>放弃这些修改</button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="start-columns">
        <NewReportForm />
        <section className="open" aria-label="打开报告">
          <h2>打开报告</h2>
          <button onClick={() => void openFile()}>打开文件…</button>
          <button
            onClick={() => void newFromLastYear()}
            title="选择上一年的报告文件：单位信息、上年结转和正文草稿自动带入"
          >
            从上一年报告新建…
          </button>
          <button onClick={() => void openSample()}>查看示例报告</button>
          <button
            onClick={() => void openCounty()}
            title="县政府信息公开主管部门：读取各单位报送的报告，查看未报、有错误的单位，逐格汇总全县表格"
          >
            县级汇总…
          </button>
          <PasteImport />
          <h3>最近打开</h3>
          {recent.length === 0 ? <p className="muted">还没有打开过报告。</p> : null}
          <ul className="recent">
            {recent.map((r) => (
              <li key={r.id}>
                <button disabled={!r.exists} onClick={() => void openRecent(r.id)} title={`${r.folder}\n${r.title}`}>
                  {r.name}
                  <small>{r.exists ? r.folder : '文件已不存在'}</small>
                </button>
              </li>
            ))}
          </ul>
          <DueApplications />
        </section>
      </div>
    </div>
  );
}
