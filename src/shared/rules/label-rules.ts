import { TABLE_NAMES } from '../format';
import type { FormatIndex, TableId } from '../format';
import { labelKey } from '../import/labels';
import type { RuleDef, RuleResult } from './types';

/** Spacing, brackets, list dots and quotes vary in print without changing the wording. */
function sameWording(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** The cells a label names: its row, its group's or section's rows, or its column. */
function cellsUnderLabel(index: FormatIndex, key: string): string[] {
  const rows = index.cells.filter((c) => c.row === key || c.row.startsWith(`${key}.`));
  if (rows.length > 0) return rows.map((c) => c.id);
  const dot = key.lastIndexOf('.');
  const prefix = `${key.slice(0, dot)}.`;
  const column = key.slice(dot);
  return index.cells.filter((c) => c.id.startsWith(prefix) && c.id.endsWith(column)).map((c) => c.id);
}

/** What the clerk needs to know about a wording difference: nothing to change, the export is right. */
export const OFFICIAL_ON_EXPORT = '导出、打印时按官方用语印出，不必修改。';

/** A W4 finding about wording (which 「知道了」 dismisses), not about a row the source left out. */
export const isWordingFinding = (f: { rule: string; message: string }) =>
  f.rule === 'W4' && f.message.endsWith(OFFICIAL_ON_EXPORT);

const W4: RuleDef = {
  id: 'W4',
  severity: 'warning',
  title: '标题和表格用语与官方格式一致',
  check: ({ report, index }) => {
    const published = report.published;
    if (!published) return [];
    const out: RuleResult[] = [];
    // The clerk said 「知道了」 to the wording: export prints the official words, so it need not be said again.
    // A missing row is no wording: it stays until filled.
    const wording = !published.acknowledged?.includes('W4');
    for (const part of wording ? index.format.parts : []) {
      const printed = published.headings?.[part.id];
      if (printed === undefined) continue;
      const accepted = [part.heading, ...(part.acceptedHeadings ?? [])];
      if (!accepted.some((h) => sameWording(h, printed))) {
        out.push({
          cells: [],
          part: part.id,
          message: `标题“${printed.trim()}”与官方格式不一致，应为“${part.heading}”。${OFFICIAL_ON_EXPORT}`,
        });
      }
    }
    for (const [key, printed] of Object.entries(wording ? (published.labels ?? {}) : {})) {
      const table = key.slice(0, 2) as TableId;
      const official = index.format.tables[table]?.labels[key];
      if (official === undefined || sameWording(official, printed)) continue;
      out.push({
        cells: cellsUnderLabel(index, key),
        message: `${TABLE_NAMES[table]}中的“${printed.trim()}”与${index.format.document}格式的用语“${official}”不一致。${OFFICIAL_ON_EXPORT}`,
      });
    }
    for (const key of published.missingRows ?? []) {
      const table = key.slice(0, 2) as TableId;
      const official = index.format.tables[table]?.labels[key];
      if (official === undefined) continue;
      out.push({
        cells: (index.byRow.get(key) ?? []).map((c) => c.id),
        message: `${TABLE_NAMES[table]}缺少“${official}”这一行，官方格式规定的行不能删减。`,
      });
    }
    return out;
  },
};

export const LABEL_RULES: readonly RuleDef[] = [W4];
