import { useEffect, useMemo, useState } from 'react';
import { evaluate } from '@shared/rules';
import { appInfo } from '../bridge/api';
import { FindingsPanel } from '../features/document/FindingsPanel';
import { ReportView } from '../features/document/ReportView';
import { loadSampleReport } from './sample';

export function App() {
  const report = useMemo(loadSampleReport, []);
  const findings = useMemo(() => evaluate(report), [report]);
  const [version, setVersion] = useState<string>();

  useEffect(() => {
    void appInfo().then((info) => setVersion(info?.version));
  }, []);

  return (
    <div className="shell" data-ready="true">
      <header className="shell-bar">
        <span className="shell-name">年报编辑器</span>
        <span className="shell-file">{report.title}</span>
        <span className="shell-badge">示例报告 · 只读</span>
      </header>
      <main className="shell-body">
        <ReportView report={report} />
        <FindingsPanel findings={findings} />
      </main>
      <footer className="shell-status">
        <span>
          {report.year}年度 ·{' '}
          {report.formatId === 'gov-2021' ? '2021年格式（国办公开办函〔2021〕30号）' : '2019年试行格式'}
        </span>
        {version ? <span>版本 {version}</span> : null}
      </footer>
    </div>
  );
}
