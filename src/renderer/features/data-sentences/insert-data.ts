import { insertDataSentences } from '@shared/report';
import type { DataSentenceId } from '@shared/report';
import { beforeCommand } from '../../app/before-command';
import { useStore } from '../../store/store';

/**
 * 插入数据说明: writes (or brings up to date) the standard sentences in part 一 from tables three and
 * four as one undo step, then shows them there. A number still being typed is committed first, so the
 * sentence says what the table will hold.
 */
export function insertData(ids: readonly DataSentenceId[]): void {
  if (!beforeCommand('插入数据说明')) return;
  const s = useStore.getState();
  const report = s.report;
  if (!report) return;
  const { text, updated, inserted } = insertDataSentences(report, ids);
  s.setTexts({ title: report.title, preamble: report.preamble, parts: { ...report.parts, overview: text } });
  s.say(
    [
      inserted.length > 0 ? '已在第一部分“总体情况”写入数据说明' : '',
      updated.length > 0 ? '已按表格更新第一部分“总体情况”中的数据说明' : '',
    ]
      .filter(Boolean)
      .join('；') + '（可撤销）。',
  );
  const box = document.getElementById('part-text-overview');
  box?.scrollIntoView({ block: 'center' });
}
