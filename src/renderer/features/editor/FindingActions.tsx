import { formatIndex } from '@shared/format';
import { splitCells } from '@shared/import/review';
import { suggestTitle } from '@shared/report';
import { isWordingFinding } from '@shared/rules';
import type { Finding } from '@shared/rules';
import { useStore } from '../../store/store';
import { fillBlanks } from '../table/cell-actions';

/** The ways a row whose digits ran together could be read (finding I1): the clerk picks the one printed. */
function SplitChoices({ finding }: { finding: Finding }) {
  const formatId = useStore((s) => s.report?.formatId);
  const row = (formatId && formatIndex(formatId).byId.get(finding.cells[0] ?? '')?.row) ?? '';
  const splits = useStore((s) => s.report?.published?.splits?.[row]);
  if (!formatId || !splits) return null;
  return (
    <div className="choices">
      {splits.map((split) => (
        <button
          key={split.join()}
          className="confirm"
          title="按这种拆法填入这一行（可撤销）"
          onClick={() => useStore.getState().setCells(splitCells(formatId, row, split))}
        >
          填入 {split.join(' | ')}
        </button>
      ))}
    </div>
  );
}

/** C6: the title names another year; one click puts the suggested title of the report's own year. */
function SuggestedTitle() {
  const suggested = useStore((s) => s.report && suggestTitle(s.report.unit.name, s.report.year));
  if (!suggested) return null;
  return (
    <button
      className="confirm"
      title={`标题改为“${suggested}”（可撤销）`}
      onClick={() => useStore.getState().setFields({ title: suggested }, 'title')}
    >
      使用建议标题
    </button>
  );
}

/** What the clerk can do about a finding in one click, wherever the finding is shown. */
export function FindingActions({ finding }: { finding: Finding }) {
  if (finding.rule === 'I1') return <SplitChoices finding={finding} />;
  if (finding.rule === 'I2')
    return (
      <button className="confirm" onClick={() => useStore.getState().confirmByPosition()}>
        已核对
      </button>
    );
  if (isWordingFinding(finding))
    return (
      <button
        className="confirm"
        title="导出时按官方用语印出：本报告不再显示这类用语提示（保存在报告中，可撤销）"
        onClick={() => useStore.getState().acknowledgeWording()}
      >
        知道了
      </button>
    );
  if (finding.rule === 'C6') return <SuggestedTitle />;
  if (finding.rule === 'B1')
    return (
      <button
        className="confirm"
        title="这张表格的空白单元格全部填0（一次撤销）"
        onClick={() => fillBlanks(finding.cells)}
      >
        空白填0
      </button>
    );
  return null;
}
