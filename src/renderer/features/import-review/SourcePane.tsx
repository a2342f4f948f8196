import { useEffect, useMemo, useRef } from 'react';
import { formatIndex } from '@shared/format';
import { useStore } from '../../store/store';

/**
 * 原文对照: the text an import read, beside the document, while the clerk checks what it left uncertain.
 * Selecting a cell brings the source line of its row into view and marks it (I1 and I2 rows especially:
 * the glued digits, the rows placed by order).
 */
export function SourcePane() {
  const source = useStore((s) => s.source);
  const formatId = useStore((s) => s.report?.formatId);
  const focus = useStore((s) => s.focus);
  const list = useRef<HTMLOListElement>(null);
  const lines = useMemo(() => source?.text.split('\n') ?? [], [source]);
  const row = focus && formatId ? formatIndex(formatId).byId.get(focus)?.row : undefined;
  const line = row !== undefined ? source?.rows[row] : undefined;
  useEffect(() => {
    const box = list.current?.parentElement;
    const at = line === undefined ? null : list.current?.children[line];
    // Only the pane scrolls: scrollIntoView would move the document and the page as well.
    if (box && at instanceof HTMLElement) box.scrollTop = at.offsetTop - box.clientHeight / 3;
  }, [line]);
  if (!source) return null;
  return (
    <aside className="source-pane" aria-label="原文对照">
      <header>
        <h2>原文对照</h2>
        <button onClick={() => useStore.getState().setSourceOpen(false)} aria-label="关闭原文对照" title="关闭">
          ×
        </button>
      </header>
      <p className="muted">
        {line !== undefined
          ? `第 ${line + 1} 行是所选单元格所在行的原文。`
          : '导入时读到的文字（不保存到报告文件）。选中表格中的单元格，这里会滚动到它所在行的原文。'}
      </p>
      <div className="source-lines">
        <ol ref={list}>
          {lines.map((text, i) => (
            // Empty lines keep their place in the count (an import's rows name lines by it) but show no number.
            <li
              key={i}
              data-line={i + 1}
              data-number={text.trim() ? i + 1 : undefined}
              className={i === line ? 'current' : undefined}
            >
              {text || ' '}
            </li>
          ))}
        </ol>
      </div>
    </aside>
  );
}
