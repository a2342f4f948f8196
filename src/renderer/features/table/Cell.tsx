import { memo } from 'react';
import type { CellDef } from '@shared/format';
import { isCountedCell } from '@shared/register';
import { SEVERITY_LABELS } from '@shared/rules';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { LastYearFigure } from '../last-year/LastYearFigure';
import type { TableModel } from './grid-model';
import { commitEditing, focusCellEditor, startEditing } from './cell-actions';

const BADGE = { error: '错', warning: '警', info: '提' } as const;

/** Whether `id` lies in the block between the two corners: a position test, run for every cell on every change. */
function inBlock(model: TableModel, id: string, anchor: string | null, focus: string | null): boolean {
  if (!anchor || !focus || anchor === focus) return false;
  const [p, q, c] = [model.byId.get(anchor), model.byId.get(focus), model.byId.get(id)];
  if (!p || !q || !c) return false;
  return (
    c.row >= Math.min(p.row, q.row) &&
    c.row <= Math.max(p.row, q.row) &&
    c.index >= Math.min(p.index, q.index) &&
    c.index <= Math.max(p.index, q.index)
  );
}

/**
 * One value cell. It subscribes to its own value, mark and focus only, so typing in one cell
 * re-renders that cell and the cells whose findings changed, never the whole table. Typing itself
 * goes to the table's CellEditor lying over the focused cell.
 */
export const Cell = memo(function Cell({ def, colSpan, model }: { def: CellDef; colSpan?: number; model: TableModel }) {
  const id = def.id;
  // One subscription per cell (not one per field): every store change calls it for all 200 cells.
  const [value, auto, severity, reasons, focused, selected, crossed] = useStore(
    useShallow((s) => {
      const mark = s.marks.get(id);
      const cross = s.crosshair ? model.byId.get(s.crosshair) : undefined;
      const me = cross ? model.byId.get(id) : undefined;
      return [
        s.report?.cells[id] ?? null,
        s.report && isCountedCell(s.report, id) ? 'counted' : Boolean(s.report?.settings.autoTotals && def.derived),
        mark?.severity,
        mark?.text,
        s.focus === id,
        inBlock(model, id, s.anchor, s.focus),
        Boolean(cross && me && (cross.row === me.row || cross.col === me.col)),
      ] as const;
    }),
  );

  const shown = value === null ? '' : String(value);
  const classes = [
    'cell',
    auto && 'auto',
    auto === 'counted' && 'counted',
    severity,
    focused && 'focused',
    selected && 'selected',
    crossed && 'crossed',
  ]
    .filter(Boolean)
    .join(' ');
  const state = severity ? `，${SEVERITY_LABELS[severity]}：${reasons ?? ''}` : '';
  return (
    <td
      role="gridcell"
      colSpan={colSpan}
      data-cell={id}
      className={classes}
      title={reasons}
      aria-label={`${def.rowLabel}，${def.colLabel}：${value === null ? '空白' : shown}${auto === 'counted' ? '（由登记台账统计）' : auto ? '（自动合计）' : ''}${state}`}
      aria-readonly={Boolean(auto)}
      aria-invalid={severity === 'error'}
      aria-selected={focused}
      onMouseDown={(e) => {
        e.preventDefault();
        const s = useStore.getState();
        if (s.editing && s.editing.cell !== id && !commitEditing()) return;
        s.select(id, e.shiftKey);
        focusCellEditor();
      }}
      onDoubleClick={() => startEditing(id, null, 'edit')}
    >
      <span className="cell-value">{shown}</span>
      <LastYearFigure id={id} />
      {severity ? (
        <span className={`badge ${severity}`} aria-hidden="true">
          {BADGE[severity]}
        </span>
      ) : null}
    </td>
  );
});
