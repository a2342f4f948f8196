import { FORMATS } from '@shared/format';
import type { FormatId } from '@shared/format';
import { filterFindings, SEVERITY_LABELS, SEVERITY_ORDER, summarize, worstFirst } from '@shared/rules';
import type { Finding } from '@shared/rules';
import { useStore } from '../../store/store';
import { beforeCommand } from '../../app/before-command';
import { focusCellEditor, isAutoTotal } from '../table/cell-actions';
import { FindingActions } from './FindingActions';
import { FindingText } from './FindingText';
import { fieldOf } from './finding-field';

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
  const target = document.getElementById(fieldOf(f));
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/** 全部 / 只看错误, and 全部 / 一 … 六: what the list shows (the counts above stay the whole report's). */
function ProblemsFilter({ formatId }: { formatId: FormatId }) {
  const filter = useStore((s) => s.problemsFilter);
  const set = useStore((s) => s.setProblemsFilter);
  return (
    <div className="problems-filter" role="group" aria-label="筛选检查结果">
      <div className="segmented">
        <button aria-pressed={!filter.errorsOnly} onClick={() => set({ errorsOnly: false })}>
          全部
        </button>
        <button aria-pressed={filter.errorsOnly} onClick={() => set({ errorsOnly: true })}>
          只看错误
        </button>
      </div>
      <div className="segmented" aria-label="按部分">
        <button aria-pressed={filter.part === null} onClick={() => set({ part: null })} aria-label="全部部分">
          全部
        </button>
        {FORMATS[formatId].parts.map((p) => (
          <button
            key={p.id}
            aria-pressed={filter.part === p.id}
            onClick={() => set({ part: p.id })}
            title={`只看${p.heading}`}
            aria-label={`只看第${p.number}部分`}
          >
            {p.number}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ProblemsPanel() {
  const findings = useStore((s) => s.findings);
  const formatId = useStore((s) => s.report?.formatId ?? 'gov-2021');
  const filter = useStore((s) => s.problemsFilter);
  const summary = summarize(findings);
  const listed = worstFirst(filterFindings(formatId, findings, filter));
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
        <>
          <ProblemsFilter formatId={formatId} />
          {listed.length < findings.length ? (
            <p className="problems-shown">
              显示 {listed.length} / {findings.length} 条
            </p>
          ) : null}
          {listed.length === 0 ? <p className="problems-none">没有符合筛选条件的问题。</p> : null}
          <ul>
            {listed.map((f, i) => (
              <li key={`${f.rule}-${i}`} className={f.severity}>
                <button onClick={() => reveal(f)} data-rule={f.rule}>
                  <FindingText finding={f} />
                </button>
                <FindingActions finding={f} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
