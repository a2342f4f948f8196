import { useLayoutEffect, useRef } from 'react';
import type { ClipboardEvent } from 'react';
import { formatIndex } from '@shared/format';
import type { FormatId, TableDef } from '@shared/format';
import { describeCell, parseCellInput } from '@shared/report';
import type { CellValue } from '@shared/report';
import { useStore } from '../../store/store';
import { Cell } from './Cell';
import { CellEditor } from './CellEditor';
import { setValues } from './cell-actions';
import { parseClipboard, toClipboard } from './clipboard';
import { block, pasteTargets, tableModel } from './grid-model';
import { handleTableKey } from './keyboard';
import { hasHeadWords, headWords } from './head-words';

function paste(e: ClipboardEvent, formatId: FormatId, table: TableDef): void {
  const s = useStore.getState();
  if (s.editing || !s.focus) return;
  e.preventDefault();
  const model = tableModel(table);
  const { targets, outside } = pasteTargets(model, s.focus, parseClipboard(e.clipboardData.getData('text/plain')));
  const byId = formatIndex(formatId).byId;
  const values: [string, CellValue][] = [];
  for (const [id, text] of targets) {
    const parsed = parseCellInput(text, byId.get(id)?.kind ?? 'count');
    if (!parsed.ok) {
      // All or nothing: a block with one bad value is not half pasted.
      // The clerk sees why at the cell and in the status line; select() first, since it clears the reason.
      s.select(id);
      s.setCellError({ cell: id, message: `未粘贴：${parsed.message}` });
      s.say(`未粘贴：${describeCell(formatId, id)}中的${parsed.message}`);
      return;
    }
    values.push([id, parsed.value]);
  }
  const count = setValues(values);
  s.say(
    `已粘贴 ${count} 个数字${outside > 0 ? `；超出表格的 ${outside} 个未粘贴` : ''}${count < values.length ? '；自动合计的单元格按各项重新计算' : ''}。`,
  );
}

function copy(e: ClipboardEvent, table: TableDef): void {
  const s = useStore.getState();
  if (s.editing || !s.focus || !s.report) return;
  e.preventDefault();
  const cells = s.report.cells;
  const ids = block(tableModel(table), s.anchor ?? s.focus, s.focus);
  e.clipboardData.setData('text/plain', toClipboard(ids.map((row) => row.map((id) => cells[id]))));
}

/** A table exactly as the official format prints it, every value cell editable from the keyboard. */
export function TableEditor({ formatId, table, caption }: { formatId: FormatId; table: TableDef; caption: string }) {
  const model = tableModel(table);
  const defs = formatIndex(formatId).byId;
  const wrap = useRef<HTMLDivElement>(null);
  const rows = [...table.head.map((r) => ({ r, head: true })), ...table.body.map((r) => ({ r, head: false }))];
  // Header rows stick at the top of the table's frame, each below the ones above it.
  useLayoutEffect(() => {
    for (const tr of wrap.current?.querySelectorAll<HTMLTableRowElement>('tr.head') ?? []) {
      for (const th of tr.cells) th.style.top = `${tr.offsetTop}px`;
    }
  }, [table]);
  return (
    <div
      ref={wrap}
      className="table-wrap"
      onKeyDown={(e) => handleTableKey(e, model)}
      onPaste={(e) => paste(e, formatId, table)}
      onCopy={(e) => copy(e, table)}
    >
      <table className={`report-table report-table-${table.id}`} role="grid" aria-label={caption}>
        <tbody>
          {rows.map(({ r, head }, i) => (
            <tr key={i} className={head ? 'head' : undefined}>
              {r.map((c, j) => {
                if (c.type === 'label') {
                  return (
                    <th
                      key={j}
                      rowSpan={c.rowspan}
                      colSpan={c.colspan}
                      className={c.role === 'head' && hasHeadWords(c.text) ? 'head words' : c.role}
                      scope={c.role ? 'col' : 'row'}
                    >
                      {c.role === 'head' ? headWords(c.text) : c.text}
                    </th>
                  );
                }
                const def = defs.get(c.cell);
                return def ? <Cell key={c.cell} def={def} colSpan={c.colspan} model={model} /> : null;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <CellEditor model={model} wrap={wrap} />
    </div>
  );
}
