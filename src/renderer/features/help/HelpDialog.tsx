import { useEffect, useRef } from 'react';
import { FORMAT_NOTES_2021, FORMATS } from '@shared/format';
import { CHECKS, SEVERITY_LABELS } from '@shared/rules';
import { useStore } from '../../store/store';
import type { HelpTab } from '../../store/ui-slice';
import { closeHelp, commandShortcuts, TABLE_KEYS } from './help-commands';
import type { ShortcutRow } from './help-commands';
import { HelpSteps } from './HelpSteps';
import './help.css';

const TABS: readonly [HelpTab, string][] = [
  ['steps', '使用步骤'],
  ['guide', '填写说明'],
  ['rules', '检查规则'],
  ['keys', '快捷键'],
];

/** The official notes: the open report's format for each part, and the 2021 format's general notes. */
function Guide() {
  const formatId = useStore((s) => s.report?.formatId ?? 'gov-2021');
  const format = FORMATS[formatId];
  return (
    <div className="help-guide">
      <p className="help-lead">
        以下为《{format.name}》（{format.document}）的原文说明。
      </p>
      {format.parts.map((p) => (
        <section key={p.id}>
          <h3>{p.heading}</h3>
          {p.guidance.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </section>
      ))}
      <h3 className="help-notes-title">{FORMATS['gov-2021'].document} 的其他要求</h3>
      {FORMAT_NOTES_2021.map((n) => (
        <section key={n.heading}>
          <h4>{n.heading}</h4>
          {n.text.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </section>
      ))}
    </div>
  );
}

/** Every check the editor runs, from the rules' own definitions, with how often it fires in this report. */
function Rules() {
  const findings = useStore((s) => s.findings);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return (
    <table className="help-rules">
      <thead>
        <tr>
          <th>编号</th>
          <th>级别</th>
          <th>检查什么</th>
          <th>本报告</th>
        </tr>
      </thead>
      <tbody>
        {CHECKS.map((r) => (
          <tr key={r.id} data-rule={r.id}>
            <td>{r.id}</td>
            <td className={r.severity}>{SEVERITY_LABELS[r.severity]}</td>
            <td>{r.title}</td>
            <td>{counts.get(r.id) ? `${counts.get(r.id)} 条` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function KeyTable({ rows, caption }: { rows: readonly ShortcutRow[]; caption: string }) {
  return (
    <table className="help-keys">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              {r.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' / ' : ''}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
            <td>{r.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 帮助 (F1): the first steps, the official guidance, what each check means, the keys. Esc or F1 closes it. */
export function HelpDialog() {
  const tab = useStore((s) => s.help);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.focus();
    body.current?.scrollTo({ top: 0 });
  }, [tab]);
  if (!tab) return null;
  return (
    <div className="modal-backdrop help-backdrop" onKeyDown={(e) => e.key === 'Escape' && closeHelp()}>
      <div className="help-dialog" role="dialog" aria-modal="true" aria-label="帮助">
        <header className="help-head">
          <h2>帮助</h2>
          <div role="tablist" aria-label="帮助内容">
            {TABS.map(([id, label]) => (
              <button
                key={id}
                role="tab"
                aria-selected={tab === id}
                className={tab === id ? 'selected' : undefined}
                onClick={() => useStore.getState().setHelp(id)}
              >
                {label}
              </button>
            ))}
          </div>
          <button className="help-close" onClick={closeHelp} aria-label="关闭帮助">
            关闭
          </button>
        </header>
        <div className="help-body" ref={body} tabIndex={-1} role="tabpanel">
          {tab === 'steps' ? <HelpSteps /> : null}
          {tab === 'guide' ? <Guide /> : null}
          {tab === 'rules' ? <Rules /> : null}
          {tab === 'keys' ? (
            <>
              <KeyTable rows={commandShortcuts()} caption="编辑器" />
              <KeyTable rows={TABLE_KEYS} caption="表格中（与 WPS 表格相同）" />
              <p className="help-lead">文本框和表格中右键可剪切、复制、粘贴、全选。</p>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
