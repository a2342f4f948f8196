import { useStore } from '../../store/store';
import { beforeCommand } from '../../app/before-command';
import './import-review.css';

/** What 「按各项重新计算合计」 did, said in the status line: how many published totals it replaced. */
export function recomputeTotals(): void {
  if (!beforeCommand('重新计算合计')) return;
  const changed = useStore.getState().recomputeTotals();
  useStore
    .getState()
    .say(
      changed > 0
        ? `已按各项重新计算合计：${changed} 个合计与原文不同，已改为各项之和（可撤销），自动合计已开启。`
        : '已按各项重新计算合计：原文的合计都等于各项之和，没有改动；自动合计已开启。',
    );
}

/**
 * After an import the published totals are kept as printed, so 自动合计 is off: the clerk is told so, and
 * offered to compute them from the items — the one way a published number changes, and only on that click.
 */
export function ImportNotice() {
  const shown = useStore((s) => Boolean(s.report?.published && !s.report.settings.autoTotals && !s.importNoticeClosed));
  const hasSource = useStore((s) => s.source !== null);
  const sourceOpen = useStore((s) => s.sourceOpen);
  if (!shown) return null;
  return (
    <div className="import-notice" role="note" aria-label="导入说明">
      <p>
        <b>这份报告是导入的。</b>为保留原文公布的数字，“自动合计”已关闭：各“总计”照原文填入，不平衡的由检查指出。
      </p>
      <div className="import-notice-actions">
        <button className="primary" onClick={recomputeTotals} title="按各项重新计算全部合计，开启自动合计（可撤销）">
          按各项重新计算合计
        </button>
        {hasSource ? (
          <button onClick={() => useStore.getState().setSourceOpen(!sourceOpen)} aria-pressed={sourceOpen}>
            {sourceOpen ? '关闭原文对照' : '原文对照'}
          </button>
        ) : null}
        <button onClick={() => useStore.getState().closeImportNotice()} title="保留原文的合计，不再显示这条说明">
          保留原文合计
        </button>
      </div>
    </div>
  );
}
