import { useLayoutEffect, useRef } from 'react';
import { formatIndex } from '@shared/format';
import { useStore } from '../../store/store';
import { beforeCommand } from '../../app/before-command';
import { commitEditing, startEditing } from './cell-actions';
import type { TableModel } from './grid-model';

/**
 * The one text box of a table. It lies over the focused cell: invisible while the clerk moves around
 * (it listens, so typing and input methods like 拼音 or full-width digits start an edit), visible while
 * a value is edited. Moving between cells moves the box instead of creating and focusing a new one,
 * which keeps a keystroke's work to a few milliseconds.
 */
export function CellEditor({ model, wrap }: { model: TableModel; wrap: React.RefObject<HTMLDivElement | null> }) {
  const focus = useStore((s) => (s.focus && model.byId.has(s.focus) ? s.focus : null));
  const editing = useStore((s) => (s.editing && s.editing.cell === s.focus ? s.editing : null));
  const error = useStore((s) => (s.cellError && s.cellError.cell === s.focus ? s.cellError.message : null));
  const label = useStore((s) => {
    if (!focus || !s.report) return '';
    const def = formatIndex(s.report.formatId).byId.get(focus);
    const v = s.report.cells[focus];
    const mark = s.marks.get(focus);
    return `${def?.rowLabel ?? ''}，${def?.colLabel ?? ''}：${v === null || v === undefined ? '空白' : v}${mark ? `，${mark.text}` : ''}`;
  });
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const td = focus ? wrap.current?.querySelector<HTMLElement>(`[data-cell="${focus}"]`) : null;
    const el = box.current;
    if (!td || !el) return;
    el.style.left = `${td.offsetLeft}px`;
    el.style.top = `${td.offsetTop}px`;
    el.style.width = `${td.offsetWidth}px`;
    el.style.height = `${td.offsetHeight}px`;
    // The reason shown under a refused value opens towards the table's inside, never clipped at its edge.
    const frame = wrap.current;
    el.toggleAttribute('data-flip-x', Boolean(frame && td.offsetLeft + 280 > frame.scrollWidth));
    el.toggleAttribute('data-flip-y', Boolean(frame && td.offsetTop + td.offsetHeight + 60 > frame.scrollHeight));
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (document.activeElement !== input.current) input.current?.focus({ preventScroll: true });
  }, [focus, wrap]);

  if (!focus) return null;
  return (
    <div ref={box} className={editing ? 'cell-editor-box editing' : 'cell-editor-box'}>
      <input
        ref={input}
        className="cell-editor"
        aria-label={label}
        value={editing ? editing.text : ''}
        onChange={(e) => {
          const s = useStore.getState();
          if (s.editing) s.setEditing({ ...s.editing, text: e.target.value });
          else if (!(e.nativeEvent as InputEvent).isComposing && e.target.value)
            startEditing(focus, e.target.value, 'replace');
        }}
        onBlur={() => {
          // Focus going to a text box, the toolbar or another window commits the value typed here; a
          // value that is not a number keeps the focus (after this blur has finished) and says why.
          if (!commitEditing()) requestAnimationFrame(() => beforeCommand());
        }}
        onCompositionEnd={(e) => {
          if (!useStore.getState().editing && e.currentTarget.value)
            startEditing(focus, e.currentTarget.value, 'replace');
        }}
      />
      {error ? (
        <span className="cell-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
