import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatForYear, formatIndex, TABLE_IDS } from '@shared/format';
import type { FormatId, GridRow, TableDef } from '@shared/format';
import { fixturePath } from '../helpers';

const OFFICIAL: Record<FormatId, string> = {
  'gov-2021': readFileSync(fixturePath('reference/gov-2021-format.txt'), 'utf8'),
  'gov-2019': readFileSync(fixturePath('reference/gov-2019-format.txt'), 'utf8'),
};

function labels(rows: readonly GridRow[]): string[] {
  return rows.flatMap((r) => r.flatMap((c) => (c.type === 'label' ? [c.text] : [])));
}

/** Lays the grid out like a browser does and returns how many columns each row fills. */
function occupiedWidths(table: TableDef): number[] {
  const rows = [...table.head, ...table.body];
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r]?.[col]) col++;
      const rs = cell.type === 'label' ? (cell.rowspan ?? 1) : 1;
      const cs = cell.colspan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) (taken[r + dr] ??= [])[col + dc] = true;
      col += cs;
    }
  });
  return taken.slice(0, rows.length).map((cols) => cols.filter(Boolean).length);
}

describe.each(['gov-2021', 'gov-2019'] as const)('format %s', (id) => {
  const format = FORMATS[id];
  const index = formatIndex(id);

  it('prints every table label verbatim as the official text has it', () => {
    for (const t of TABLE_IDS) {
      for (const text of labels([...format.tables[t].head, ...format.tables[t].body])) {
        expect(OFFICIAL[id], `${t}: ${text}`).toContain(text);
      }
    }
  });

  it('has the six parts with their exact headings, and guidance quoted from the official text', () => {
    expect(format.parts.map((p) => p.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    for (const part of format.parts) {
      expect(OFFICIAL[id]).toContain(part.heading);
      for (const paragraph of part.guidance.split('\n')) expect(OFFICIAL[id], part.id).toContain(paragraph);
    }
  });

  it('fills every grid row exactly, merges included', () => {
    for (const t of TABLE_IDS) {
      const table = format.tables[t];
      expect(new Set(occupiedWidths(table)), t).toEqual(new Set([table.columns]));
    }
  });

  it('has unique canonical cell ids, each printed once in the grid', () => {
    const ids = index.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TABLE_IDS) {
      const inGrid = format.tables[t].body.flatMap((r) => r.flatMap((c) => (c.type === 'value' ? [c.cell] : [])));
      expect(inGrid).toEqual(format.tables[t].cells.map((c) => c.id));
    }
    for (const c of index.cells) expect(c.id).toMatch(/^T[234]\.[a-z0-9_]+(\.[a-z_]+)+$/);
  });

  it('derives every total from cells that come before it', () => {
    const seen = new Set<string>();
    for (const c of index.cells) {
      for (const input of c.derived?.of ?? []) {
        expect(index.byId.has(input), `${c.id} ← ${input}`).toBe(true);
        if (index.byId.get(input)?.derived) expect(seen.has(input), `${c.id} ← ${input}`).toBe(true);
      }
      seen.add(c.id);
    }
  });

  it('keeps the official label of every row, group, column and section by key', () => {
    for (const t of TABLE_IDS) {
      for (const text of Object.values(format.tables[t].labels)) expect(OFFICIAL[id]).toContain(text);
    }
    expect(format.tables.T3.labels['T3.deny.security']).toBe('3.危及“三安全一稳定”');
  });
});

describe('the differences between the formats (spec §2, §4, §5)', () => {
  it('counts the cells the spec gives', () => {
    const count = (id: FormatId, t: string) => formatIndex(id).cells.filter((c) => c.table === t).length;
    expect(count('gov-2021', 'T3')).toBe(175);
    expect(count('gov-2019', 'T3')).toBe(161);
    expect(count('gov-2021', 'T4')).toBe(15);
    expect(count('gov-2021', 'T2')).toBe(10);
    expect(count('gov-2019', 'T2')).toBe(22);
  });

  it('spans 三、本年度办理结果 over 22 rows in 2021 and 20 in 2019', () => {
    for (const [id, span] of [
      ['gov-2021', 22],
      ['gov-2019', 20],
    ] as const) {
      const cell = FORMATS[id].tables.T3.body.flat().find((c) => c.type === 'label' && c.text === '三、本年度办理结果');
      expect(cell?.type === 'label' && cell.rowspan).toBe(span);
    }
  });

  it('types cells by kind: 2019 增/减 signed, amounts with their unit', () => {
    const i19 = formatIndex('gov-2019');
    const i21 = formatIndex('gov-2021');
    expect(i19.byId.get('T2.a20_5.licensing.delta')?.kind).toBe('signed');
    expect(i19.byId.get('T2.a20_9.procurement.amount')).toMatchObject({ kind: 'amount', unit: 'choice' });
    expect(i21.byId.get('T2.a20_8.admin_fee.amount')).toMatchObject({ kind: 'amount', unit: '万元' });
    expect(i21.byId.get('T3.other.no_fee.total')?.derived?.of).toHaveLength(6);
    expect(i19.byId.has('T3.other.total')).toBe(true);
    expect(i19.byId.has('T3.other.misc.total')).toBe(false);
  });

  it('chooses the format by year', () => {
    expect(formatForYear(2019)).toBe('gov-2019');
    expect(formatForYear(2020)).toBe('gov-2019');
    expect(formatForYear(2021)).toBe('gov-2021');
    expect(formatForYear(2030)).toBe('gov-2021');
  });
});
