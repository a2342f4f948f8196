import { formatIndex } from '@shared/format';
import { parseCellInput, rowsLeftBlank } from '@shared/report';
import { isCountedCell } from '@shared/register';
import type { CellValue } from '@shared/report';
import { useStore } from '../../store/store';
import type { UiSlice } from '../../store/ui-slice';

const state = () => useStore.getState();

/** Whether automatic totals own this cell right now (it is shown, not typed). */
export function isAutoTotal(cell: string): boolean {
  const report = state().report;
  if (report && isCountedCell(report, cell)) return true;
  return Boolean(report?.settings.autoTotals && formatIndex(report.formatId).byId.get(cell)?.derived);
}

export const COUNTED_MESSAGE =
  '这个数字由登记台账统计，请在下方“登记台账”中登记或修改申请；如需手工填写，请关闭“由登记台账统计”。';

/** Focuses the text box of whichever table holds the focused cell (after a click on a cell). */
export function focusCellEditor(): void {
  document.querySelector<HTMLInputElement>('.cell-editor')?.focus({ preventScroll: true });
}

export const AUTO_TOTAL_MESSAGE = '这是自动合计，会随各项数字自动更新；如需手工填写，请在工具栏关闭“自动合计”。';

export function startEditing(cell: string, text: string | null, mode: 'replace' | 'edit'): void {
  if (isAutoTotal(cell)) {
    const report = state().report;
    state().setCellError({
      cell,
      message: report && isCountedCell(report, cell) ? COUNTED_MESSAGE : AUTO_TOTAL_MESSAGE,
    });
    return;
  }
  const current = state().report?.cells[cell];
  state().setCellError(null);
  state().setEditing({ cell, text: text ?? (current === null || current === undefined ? '' : String(current)), mode });
}

/**
 * Commits the cell being edited, then moves the focus to `next` if given, in one store update.
 * Returns false (and says why at the cell) when the text is not a number.
 */
export function commitEditing(next?: string): boolean {
  const { editing, report } = state();
  if (!editing || !report) return true;
  const def = formatIndex(report.formatId).byId.get(editing.cell);
  if (!def) return true;
  const parsed = parseCellInput(editing.text, def.kind);
  if (!parsed.ok) {
    state().setCellError({ cell: editing.cell, message: parsed.message });
    return false;
  }
  const ui = { editing: null, cellError: null, ...(next ? { focus: next, anchor: null } : {}) };
  if (report.cells[editing.cell] !== parsed.value) state().setCells({ [editing.cell]: parsed.value }, null, ui);
  else useStore.setState(ui);
  return true;
}

export function cancelEditing(): void {
  state().setEditing(null);
  state().setCellError(null);
}

/** Sets several cells as one undo step; automatic totals are skipped (they follow their inputs). */
export function setValues(values: [string, CellValue][], ui: Partial<UiSlice> = {}): number {
  const cells = Object.fromEntries(values.filter(([id]) => !isAutoTotal(id)));
  if (Object.keys(cells).length > 0) state().setCells(cells, null, ui);
  else useStore.setState(ui);
  return Object.keys(cells).length;
}

/**
 * 「空白填0」: the blank cells among `ids` get `value`, as one undo step; numbers already there stay, and so
 * do the blanks of rows the import left blank on purpose (the clerk fills them from the source).
 */
export function fillBlanks(ids: readonly string[], value = 0): number {
  const report = state().report;
  if (!report) return 0;
  const kept = rowsLeftBlank(report);
  const rowOf = (id: string) => formatIndex(report.formatId).byId.get(id)?.row ?? '';
  const blank = ids.filter((id) => report.cells[id] == null);
  const skipped = new Set(blank.map(rowOf).filter((row) => kept.has(row))).size;
  const count = setValues(blank.filter((id) => !kept.has(rowOf(id))).map((id) => [id, value]));
  const filled = count > 0 ? `已在 ${count} 个空白单元格填入${value}（可撤销）。` : '';
  const left = skipped > 0 ? `已跳过导入时未能确定的${skipped}行，请对照原文填写。` : '';
  state().say(filled + left || '没有空白单元格。');
  return count;
}

/**
 * Ctrl+Enter while typing, as in Excel and WPS: the value goes into every cell of the selected block
 * (or the one cell), as one undo step. Returns false (and says why at the cell) when it is not a number.
 */
export function fillBlockWithEditing(ids: readonly string[]): boolean {
  const { editing, report } = state();
  if (!editing || !report) return true;
  const parsed = parseCellInput(editing.text, formatIndex(report.formatId).byId.get(editing.cell)?.kind ?? 'count');
  if (!parsed.ok) {
    state().setCellError({ cell: editing.cell, message: parsed.message });
    return false;
  }
  const count = setValues(
    ids.map((id) => [id, parsed.value]),
    { editing: null, cellError: null },
  );
  if (ids.length > 1) state().say(`已在选中的 ${count} 个单元格填入${parsed.value ?? '空白'}（可撤销）。`);
  return true;
}
