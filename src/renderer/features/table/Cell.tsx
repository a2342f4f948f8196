import { memo, useEffect, useRef } from 'react';
import type { CellDef } from '@shared/format';
import { SEVERITY_LABELS } from '@shared/rules';
import { useStore } from '../../store/store';
import { block } from './grid-model';
import type { TableModel } from './grid-model';
import { startEditing } from './cell-actions';

const BADGE = { error: '错', warning: '警', info: '提' } as const;

function inBlock(model: TableModel, id: string, anchor: string | null, focus: string | null): boolean {
  if (!anchor || !focus || anchor === focus) return false;
  return block(model, anchor, focus).some((row) => row.includes(id));
}

/**
 * One value cell. It subscribes to its own value, mark and focus only, so typing in one cell
 * re-renders that cell and the cells whose findings changed, never the whole table.
 */
export const Cell = memo(function Cell({ def, colSpan, model }: { def: CellDef; colSpan?: number; model: TableModel }) {
  const id = def.id;
  const value = useStore((s) => s.report?.cells[id] ?? null);
  const auto = useStore((s) => Boolean(s.report?.settings.autoTotals && def.derived));
  const severity = useStore((s) => s.marks.get(id)?.severity);
  const reasons = useStore((s) => s.marks.get(id)?.text);
  const focused = useStore((s) => s.focus === id);
  const selected = useStore((s) => inBlock(model, id, s.anchor, s.focus));
  const editing = useStore((s) => (s.editing?.cell === id ? s.editing.text : null));
  const error = useStore((s) => (s.cellError?.cell === id ? s.cellError.message : null));
  const ref = useRef<HTMLTableCellElement>(null);
  const proxy = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focused && editing === null && document.activeElement !== proxy.current) proxy.current?.focus();
  }, [focused, editing]);

  const shown = value === null ? '' : String(value);
  const classes = [
    'cell',
    auto && 'auto',
    severity,
    focused && 'focused',
    selected && 'selected',
    editing !== null && 'editing',
  ]
    .filter(Boolean)
    .join(' ');
  const state = severity ? `，${SEVERITY_LABELS[severity]}：${reasons ?? ''}` : '';
  const label = `${def.rowLabel}，${def.colLabel}：${value === null ? '空白' : shown}${auto ? '（自动合计）' : ''}${state}`;
  return (
    <td
      ref={ref}
      role="gridcell"
      colSpan={colSpan}
      tabIndex={-1}
      data-cell={id}
      className={classes}
      title={reasons}
      aria-label={label}
      aria-readonly={auto}
      aria-invalid={severity === 'error'}
      onMouseDown={(e) => {
        if (editing !== null) return;
        e.preventDefault();
        useStore.getState().select(id, e.shiftKey);
        proxy.current?.focus();
      }}
      onDoubleClick={() => startEditing(id, null, 'edit')}
    >
      {editing !== null ? (
        <input
          className="cell-input"
          autoFocus
          value={editing}
          aria-label={`${def.rowLabel}，${def.colLabel}`}
          inputMode={def.kind === 'amount' ? 'decimal' : 'numeric'}
          onChange={(e) =>
            useStore
              .getState()
              .setEditing({ cell: id, text: e.target.value, mode: useStore.getState().editing?.mode ?? 'edit' })
          }
          onFocus={(e) => e.target.setSelectionRange(e.target.value.length, e.target.value.length)}
        />
      ) : (
        <span className="cell-value">{shown}</span>
      )}
      {focused && editing === null ? (
        // The focused cell listens through an empty text box, so what is typed, pasted with an input
        // method (拼音, full-width digits) or inserted by a screen reader starts the edit.
        <input
          ref={proxy}
          className="cell-proxy"
          aria-label={label}
          value=""
          onChange={(e) => {
            if (!(e.nativeEvent as InputEvent).isComposing && e.target.value)
              startEditing(id, e.target.value, 'replace');
          }}
          onCompositionEnd={(e) => e.currentTarget.value && startEditing(id, e.currentTarget.value, 'replace')}
        />
      ) : null}
      {severity ? (
        <span className={`badge ${severity}`} aria-hidden="true">
          {BADGE[severity]}
        </span>
      ) : null}
      {error ? (
        <span className="cell-error" role="alert">
          {error}
        </span>
      ) : null}
    </td>
  );
});
