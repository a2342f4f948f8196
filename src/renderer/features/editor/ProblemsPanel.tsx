import { formatIndex } from '@shared/format';
import { splitCells } from '@shared/import/review';
import { SEVERITY_LABELS, SEVERITY_ORDER, summarize } from '@shared/rules';
import type { Finding } from '@shared/rules';
import { useStore } from '../../store/store';
import { beforeCommand } from '../../app/before-command';

/** Takes the clerk to what a finding is about: its first cell, or its paragraph. */
function reveal(f: Finding): void {
  if (!beforeCommand()) return;
  const cell = f.cells[0];
  if (cell) {
    useStore.getState().select(cell);
    document.querySelector(`[data-cell="${cell}"]`)?.scrollIntoView({ block: 'center' });
    return;
  }
  const target = document.getElementById(f.part ? `part-text-${f.part}` : 'details');
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/** The ways a row whose digits ran together could be read (finding I1): the clerk picks the one printed. */
function SplitChoices({ finding }: { finding: Finding }) {
  const formatId = useStore((s) => s.report?.formatId);
  const row = (formatId && formatIndex(formatId).byId.get(finding.cells[0] ?? '')?.row) ?? '';
  const splits = useStore((s) => s.report?.published?.splits?.[row]);
  if (!formatId || !splits) return null;
  return (
    <div className="choices">
      {splits.map((split) => (
        <button
          key={split.join()}
          className="confirm"
          title="按这种拆法填入这一行（可撤销）"
          onClick={() => useStore.getState().setCells(splitCells(formatId, row, split))}
        >
          填入 {split.join(' | ')}
        </button>
      ))}
    </div>
  );
}

export function ProblemsPanel() {
  const findings = useStore((s) => s.findings);
  const summary = summarize(findings);
  return (
    <aside className="problems" aria-label="检查结果">
      <h2>检查结果</h2>
      <p className="problems-summary" aria-live="polite">
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={`count ${s}`}>
            {SEVERITY_LABELS[s]} {summary[s]}
          </span>
        ))}
      </p>
      {findings.length === 0 ? (
        <p className="problems-clean">✓ 没有发现问题。</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={f.severity}>
              <button onClick={() => reveal(f)} data-rule={f.rule}>
                <span className="rule">
                  {SEVERITY_LABELS[f.severity]} {f.rule}
                </span>
                {f.message}
              </button>
              {f.rule === 'I1' ? <SplitChoices finding={f} /> : null}
              {f.rule === 'I2' ? (
                <button className="confirm" onClick={() => useStore.getState().confirmByPosition()}>
                  已核对
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
