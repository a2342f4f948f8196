import { SEVERITY_LABELS, SEVERITY_ORDER, summarize } from '@shared/rules';
import type { Finding } from '@shared/rules';
import { useStore } from '../../store/store';
import { beforeCommand } from '../../app/before-command';
import { focusCellEditor, isAutoTotal } from '../table/cell-actions';
import { FindingActions } from './FindingActions';

/** The field each completeness check is about. */
const FIELDS: Record<string, string> = {
  C1: 'field-title',
  C2: 'field-unit-name',
  C3: 'field-closing-unit',
  C4: 'field-closing-date',
};

/**
 * Takes the clerk to what a finding is about: the first of its cells the clerk can change (not an
 * automatic total), with its row and column lit up, or its paragraph.
 */
function reveal(f: Finding): void {
  if (!beforeCommand()) return;
  const cell = f.cells.find((id) => !isAutoTotal(id)) ?? f.cells[0];
  if (cell) {
    useStore.getState().select(cell);
    useStore.setState({ crosshair: cell });
    document.querySelector(`[data-cell="${cell}"]`)?.scrollIntoView({ block: 'center' });
    focusCellEditor();
    return;
  }
  const target = document.getElementById(FIELDS[f.rule] ?? (f.part ? `part-text-${f.part}` : 'details'));
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
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
              <FindingActions finding={f} />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
