import { dataSentence, findDataSentence, insertDataSentences } from '@shared/report';
import type { DataSentenceId, Report } from '@shared/report';
import { statedCountSentence } from '@shared/rules';
import { ask } from '../../app/ask';
import { beforeCommand } from '../../app/before-command';
import { useStore } from '../../store/store';

const ABOUT: Readonly<Record<DataSentenceId, string>> = { requests: '申请数量', review: '行政复议、行政诉讼数量' };

/**
 * The clerk's own sentences that say what an inserted one would (「全年共收到政府信息公开申请6件…」):
 * the builder's sentence beside one of them would say it twice.
 */
function clerkSentences(report: Report, ids: readonly DataSentenceId[]): DataSentenceId[] {
  const text = report.parts.overview;
  return ids.filter((id) => !findDataSentence(text, id) && statedCountSentence(text, id));
}

/** Part 一 with the clerk's sentences put in the builder's place, the builder's words in them. */
function replaced(report: Report, ids: readonly DataSentenceId[]): Report {
  let text = report.parts.overview;
  for (const id of ids) {
    const at = statedCountSentence(text, id);
    if (at) text = text.slice(0, at.index) + dataSentence(report, id) + text.slice(at.index + at.length);
  }
  return { ...report, parts: { ...report.parts, overview: text } };
}

/**
 * 插入数据说明: writes (or brings up to date) the standard sentences in part 一 from tables three and
 * four as one undo step, then shows them there. A number still being typed is committed first, so the
 * sentence says what the table will hold. The clerk's own sentence on the same counts is never dropped
 * unasked: 替换 puts the builder's in its place, 另外插入 keeps both.
 */
export async function insertData(ids: readonly DataSentenceId[]): Promise<void> {
  if (!beforeCommand('插入数据说明')) return;
  let report = useStore.getState().report;
  if (!report) return;
  const theirs = clerkSentences(report, ids);
  let swapped: readonly DataSentenceId[] = [];
  if (theirs.length > 0) {
    const choice = await ask(
      '插入数据说明',
      `第一部分已有关于${theirs.map((id) => ABOUT[id]).join('和')}的句子，要替换为按表格生成的句子吗？`,
      [
        { id: 'replace', label: '替换', primary: true },
        { id: 'insert', label: '另外插入' },
        { id: 'cancel', label: '取消' },
      ],
    );
    if (choice === 'cancel') return;
    // The report may have changed while the question was open.
    report = useStore.getState().report;
    if (!report) return;
    if (choice === 'replace') [report, swapped] = [replaced(report, theirs), theirs];
  }
  const s = useStore.getState();
  const { text, updated, inserted } = insertDataSentences(report, ids);
  s.setTexts({ title: report.title, preamble: report.preamble, parts: { ...report.parts, overview: text } });
  s.say(
    [
      inserted.length > 0 ? '已在第一部分“总体情况”写入数据说明' : '',
      swapped.length > 0 ? '已把第一部分“总体情况”中原有的句子替换为按表格生成的数据说明' : '',
      updated.length > swapped.length ? '已按表格更新第一部分“总体情况”中的数据说明' : '',
    ]
      .filter(Boolean)
      .join('；') + '（可撤销）。',
  );
  const box = document.getElementById('part-text-overview');
  box?.scrollIntoView({ block: 'center' });
}
