import { FORMATS, formatIndex, NARRATIVE_PARTS } from '../format';
import type { Report } from './types';

/**
 * What differs between two versions of a report, in one sentence (for recovery and history lists);
 * `same` is what is said when nothing does.
 */
export function describeChanges(before: Report | undefined, after: Report, same = '与已保存的文件相同'): string {
  if (!before) return '未保存过的新报告';
  const changes: string[] = [];
  const cells = formatIndex(after.formatId).cells.filter(
    (c) => (before.cells[c.id] ?? null) !== (after.cells[c.id] ?? null),
  );
  if (cells.length > 0) changes.push(`表格数字改动 ${cells.length} 处`);
  const parts = NARRATIVE_PARTS.filter((p) => before.parts[p] !== after.parts[p]);
  if (parts.length > 0) {
    const numbers = parts.map((p) => FORMATS[after.formatId].parts.find((d) => d.id === p)?.number ?? '');
    changes.push(`第${numbers.join('、')}部分文字有改动`);
  }
  if (before.title !== after.title) changes.push('标题有改动');
  if (before.preamble !== after.preamble) changes.push('引言有改动');
  if (JSON.stringify(before.unit) !== JSON.stringify(after.unit)) changes.push('单位信息有改动');
  if (JSON.stringify(before.closing) !== JSON.stringify(after.closing)) changes.push('落款有改动');
  return changes.length > 0 ? changes.join('；') : same;
}
