import { describe, expect, it } from 'vitest';
import { parseReportFile } from '@shared/report/load';
import { serializeReport } from '@shared/report/serialize';
import { readReportSource } from '../../src/main/import/read-source';
import { corpus, tally } from './corpus';

/**
 * Every file of the import corpus (test/fixtures/corpus, see make-shapes.ts and manifest.json) imported as
 * a clerk would open it, compared cell by cell with the values read from the source by eye. A number the
 * source prints is never changed or misplaced (wrong = 0); a file reads at least the cells its manifest
 * entry promises (all of them unless it says otherwise), and what it imports saves and reopens.
 */
describe('the import corpus', () => {
  it.each(corpus().map((e) => [e.file, e] as const))('%s: every cell as printed', async (_file, entry) => {
    const result = await readReportSource(entry.path);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const { report } = result;
    expect({ formatId: report.formatId, year: report.year }).toEqual({ formatId: entry.formatId, year: entry.year });
    if (entry.unit) expect(report.unit.name).toBe(entry.unit);
    const t = tally(entry, report.cells);
    console.log(
      `corpus ${entry.file}: ${t.expected} expected, ${t.read} read, ${t.missed} left blank, ${t.wrong} wrong`,
    );
    const wrong = Object.keys(entry.cells).filter(
      (id) => (report.cells[id] ?? null) !== null && report.cells[id] !== entry.cells[id],
    );
    expect(wrong.map((id) => `${id}: ${String(report.cells[id])} ≠ ${String(entry.cells[id])}`)).toEqual([]);
    expect(t.read).toBeGreaterThanOrEqual(entry.minRead ?? t.expected);
    expect(parseReportFile(serializeReport(report)).ok).toBe(true);
  });
});
