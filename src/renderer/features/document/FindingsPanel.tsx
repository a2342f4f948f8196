import { SEVERITY_LABELS, SEVERITY_ORDER, summarize } from '@shared/rules';
import type { Finding } from '@shared/rules';

export function FindingsPanel({ findings }: { findings: readonly Finding[] }) {
  const summary = summarize(findings);
  return (
    <aside className="findings" aria-label="检查结果">
      <h2>检查结果</h2>
      <p className="findings-summary">
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={`count ${s}`}>
            {SEVERITY_LABELS[s]} {summary[s]}
          </span>
        ))}
      </p>
      {findings.length === 0 ? (
        <p className="findings-clean">✓ 没有发现问题。</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i} className={f.severity}>
              <span className="rule">
                {SEVERITY_LABELS[f.severity]} {f.rule}
              </span>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
