import { FORMATS } from '@shared/format';
import { describeCell } from '@shared/report';
import type { Finding } from '@shared/rules';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { AUTO_TOTAL_MESSAGE, fillBlanks, isAutoTotal, setValues } from '../table/cell-actions';
import { block, tableModel } from '../table/grid-model';
import { FindingActions } from './FindingActions';
import { FindingText } from './FindingText';
import { fieldFindings } from './finding-field';
import { useFocusedField } from './focused-field';
import type { FocusedField } from './focused-field';

/** The cells of the selected block, or none when a single cell is focused. */
function selectedBlock(): string[] {
  const { report, focus, anchor } = useStore.getState();
  if (!report || !focus || !anchor || anchor === focus) return [];
  const table = Object.values(FORMATS[report.formatId].tables).find((t) => tableModel(t).byId.has(focus));
  return table && tableModel(table).byId.has(anchor) ? block(tableModel(table), anchor, focus).flat() : [];
}

/**
 * One line under the toolbar that says, without hovering, what is wrong with the focused cell and
 * how to fix it; for a selected block, what can be done to all of it at once.
 */
export function MessageStrip() {
  const [focus, anchor, value, findings] = useStore(
    useShallow((s) => [s.focus, s.anchor, s.focus ? (s.report?.cells[s.focus] ?? null) : null, s.findings] as const),
  );
  const formatId = useStore((s) => s.report?.formatId);
  const field = useFocusedField();
  if (field) return <FieldStrip field={field} findings={fieldFindings(findings, field.id)} />;
  if (!formatId || !focus) {
    return (
      <div className="message-strip muted" role="status">
        选中一个单元格，这里会说明它的检查结果；按住 Shift 或拖动可选中一片单元格一起填写。
      </div>
    );
  }
  const cells = anchor && anchor !== focus ? selectedBlock() : [];
  if (cells.length > 1) {
    return (
      <div className="message-strip" role="status">
        <span>已选中 {cells.length} 个单元格。</span>
        <button className="chip" onClick={() => fillBlanks(cells)}>
          空白填0
        </button>
        <button
          className="chip"
          onClick={() =>
            useStore.getState().say(`已清空 ${setValues(cells.map((id) => [id, null]))} 个单元格（可撤销）。`)
          }
        >
          清空
        </button>
        <span className="muted">也可以输入一个数字后按 Ctrl+Enter，填入全部选中的单元格。</span>
      </div>
    );
  }
  const own = findings.filter((f) => f.cells.includes(focus));
  return (
    <div className="message-strip" role="status" aria-live="polite">
      <span className="where">
        {describeCell(formatId, focus)}：{value === null ? '空白' : value}
      </span>
      {isAutoTotal(focus) ? <span className="muted">{AUTO_TOTAL_MESSAGE}</span> : null}
      {own.length === 0 && !isAutoTotal(focus) ? <span className="ok">✓ 这一格没有问题。</span> : null}
      <StripFindings findings={own} />
    </div>
  );
}

function StripFindings({ findings }: { findings: readonly Finding[] }) {
  return findings.map((f, i) => (
    <span key={`${f.rule}-${i}`} className={`strip-finding ${f.severity}`}>
      <FindingText finding={f} />
      <FindingActions finding={f} />
    </span>
  ));
}

/** A text field has the focus: its own findings, or that it has none. */
function FieldStrip({ field, findings }: { field: FocusedField; findings: readonly Finding[] }) {
  return (
    <div className="message-strip" role="status" aria-live="polite">
      <span className="where">{field.name}</span>
      {findings.length === 0 ? <span className="ok">✓ 这里没有问题。</span> : <StripFindings findings={findings} />}
    </div>
  );
}
