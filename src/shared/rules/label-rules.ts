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

const W4: RuleDef = {
  id: 'W4',
  severity: 'warning',
  title: '标题和表格用语与官方格式一致',
  check: ({ report, index }) => {
    const published = report.published;
    if (!published) return [];
    const out: RuleResult[] = [];
    for (const part of index.format.parts) {
      const printed = published.headings?.[part.id];
      if (printed === undefined) continue;
      const accepted = [part.heading, ...(part.acceptedHeadings ?? [])];
      if (!accepted.some((h) => sameWording(h, printed))) {
        out.push({
          cells: [],
          part: part.id,
          message: `标题“${printed.trim()}”与官方格式不一致，应为“${part.heading}”。`,
        });
      }
    }
    for (const [key, printed] of Object.entries(published.labels ?? {})) {
      const table = key.slice(0, 2) as TableId;
      const official = index.format.tables[table]?.labels[key];
      if (official === undefined || sameWording(official, printed)) continue;
      out.push({
        cells: cellsUnderLabel(index, key),
        message: `${TABLE_NAMES[table]}中的“${printed.trim()}”与${index.format.document}格式的用语“${official}”不一致。`,
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
