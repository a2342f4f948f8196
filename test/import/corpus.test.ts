import { describe, expect, it } from 'vitest';
import { readReportSource } from '../../src/main/import/read-source';
import { corpus } from './corpus';

/**
 * Every file of the import corpus (test/fixtures/corpus, see its README) imported as a clerk would open
 * it, compared cell by cell with the values read from the source by eye.
 */
describe('the import corpus', () => {
  it.each(corpus().map((e) => [e.file, e] as const))('%s: every cell as printed', async (_file, entry) => {
    const result = await readReportSource(entry.path);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const { report } = result;
    expect({ formatId: report.formatId, year: report.year }).toEqual({ formatId: entry.formatId, year: entry.year });
    if (entry.unit) expect(report.unit.name).toBe(entry.unit);
    const got = Object.fromEntries(Object.keys(entry.cells).map((id) => [id, report.cells[id] ?? null]));
    expect(got).toEqual(entry.cells);
  });
});
