import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { acknowledgeWording } from '@shared/import/review';
import { boundedSource, SOURCE_TEXT_LIMIT } from '@shared/import/source-text';
import { labelKey } from '@shared/import/labels';
import { importText } from '@shared/import/text-report';
import { reportProblems } from '@shared/report/validate';
import { evaluate } from '@shared/rules';
import { fixturePath } from '../helpers';

const seedText = (name: string) => readFileSync(fixturePath(`seeds/${name}.txt`), 'utf8');
const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

describe('what an import records for 原文对照 and W4', () => {
  it('gives every table row read by label the line of its label, within the text kept', () => {
    const text = seedText('000_21d3bb4be097aba7');
    const { source } = importText(text);
    expect(source.text).toBe(linesOf(text).join('\n'));
    const lines = linesOf(text);
    const index = formatIndex('gov-2021');
    for (const row of index.byRow.keys()) {
      if (row.startsWith('T4')) continue; // table four has no row labels: its one row is found by shape
      const line = source.rows[row];
      expect(line, row).toBeDefined();
      const label = index.format.tables[row.slice(0, 2) as 'T2' | 'T3'].labels[row] ?? '';
      // The label line carries the label's last characters (labels print with their own spacing and numbering).
      expect(labelKey(lines[line ?? -1] ?? ''), row).toContain(labelKey(label).slice(-4));
    }
  });

  it('rows placed by order (seed 001) point at the line of their first number', () => {
    const text = seedText('001_f490327802bf34e8');
    const r = importText(text);
    const lines = linesOf(text);
    const placed = r.report.published?.byPosition ?? [];
    expect(placed.length).toBeGreaterThan(0);
    for (const row of placed) expect(lines[r.source.rows[row] ?? -1], row).toMatch(/\d/);
  });

  it('cuts a source beyond its limit and drops the row lines past the cut', () => {
    // Lines of ten characters after one more: the cut falls inside the last line, which is not pointed at.
    const text = `x${'一、本年新收申请数\n'.repeat(SOURCE_TEXT_LIMIT / 10)}`;
    const kept = boundedSource(text, { 'T3.new': 0, 'T3.open': 39_998, 'T3.partial': 39_999 }, []);
    expect(kept.text.length).toBe(SOURCE_TEXT_LIMIT);
    expect(kept.rows).toEqual({ 'T3.new': 0, 'T3.open': 39_998 });
  });

  it('「知道了」 hides W4 wording findings, keeps the missing-row ones, and saves as a valid report', () => {
    const r = importText(seedText('003_7ee47bbe9f020fb3')).report;
    r.published = { ...r.published, missingRows: ['T3.deny.secret'] };
    const before = evaluate(r).filter((f) => f.rule === 'W4');
    expect(before.filter((f) => f.message.includes('导出、打印时按官方用语印出'))).toHaveLength(2);
    const acknowledged = acknowledgeWording(r);
    expect(acknowledged.published?.acknowledged).toEqual(['W4']);
    expect(acknowledgeWording(acknowledged)).toBe(acknowledged);
    const after = evaluate(acknowledged).filter((f) => f.rule === 'W4');
    expect(after.map((f) => f.message)).toEqual([expect.stringContaining('官方格式规定的行不能删减')]);
    expect(reportProblems(acknowledged)).toEqual([]);
    const forged = { ...acknowledged, published: { ...acknowledged.published, acknowledged: ['H1'] } };
    expect(reportProblems(forged).map((p) => p.path)).toEqual(['report.published.acknowledged.0']);
  });

  it('records the rows whose printed numbers it could not place, and a report with them is a valid report', () => {
    const corpus = (name: string) => importText(readFileSync(fixturePath(`corpus/${name}`), 'utf8')).report;
    // （六）其他处理 printed as one row, as the 2019 format did: its three rows of 2021 stay blank.
    const grouped = corpus('busy-2024-t3-2019-rows.txt');
    expect(grouped.published?.unplaced).toEqual(['T3.other.no_correction', 'T3.other.no_fee', 'T3.other.misc']);
    // Table four's fifteen numbers out of order: its two groups of rows stay blank.
    const review = corpus('huaian-2024-pdftotext-raw.txt');
    expect(review.published?.unplaced).toEqual(['T4.review', 'T4.suit_direct', 'T4.suit_after_review']);
    for (const r of [grouped, review]) {
      for (const row of r.published?.unplaced ?? [])
        for (const c of formatIndex(r.formatId).byRow.get(row) ?? []) expect(r.cells[c.id], c.id).toBeNull();
      expect(reportProblems(r)).toEqual([]);
    }
    const forged = { ...grouped, published: { ...grouped.published, unplaced: ['T3.nonsense'] } };
    expect(reportProblems(forged).map((p) => p.path)).toEqual(['report.published.unplaced']);
  });
});
