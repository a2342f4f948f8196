import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIndex } from '@shared/format';
import type { FormatId } from '@shared/format';
import type { CellValue } from '@shared/report';
import { fixturePath, loadReport } from '../helpers';

/** One published or converted report of the import corpus, with every cell's value as read by eye. */
export interface CorpusEntry {
  file: string;
  path: string;
  shape: string;
  formatId: FormatId;
  year: number;
  /** The unit's name as the title prints it, where it was read by eye (a .nianbao's own name may be fuller). */
  unit?: string;
  /** Every cell of the format: the number the source prints, or null where it prints none. */
  cells: Record<string, CellValue>;
  /** The printed numbers this shape is known to read, where it cannot read them all (the rest stay blank, flagged). */
  minRead?: number;
}

interface ManifestEntry {
  file: string;
  shape: string;
  /** A .nianbao report holding the values, or an .expected.json listing each row's printed numbers. */
  expected: string;
  minRead?: number;
}

interface ExpectedRows {
  formatId: FormatId;
  year: number;
  unit: string;
  rows: Record<string, (number | null)[]>;
}

const DIR = fixturePath('corpus');

function expectedOf(name: string): Omit<CorpusEntry, 'file' | 'path' | 'shape'> {
  if (name.endsWith('.nianbao')) {
    const report = loadReport(join(DIR, name));
    return { formatId: report.formatId, year: report.year, cells: report.cells };
  }
  const data = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as ExpectedRows;
  const index = formatIndex(data.formatId);
  const cells: Record<string, CellValue> = {};
  for (const [row, defs] of index.byRow) {
    const values = data.rows[row];
    if (!values || values.length !== defs.length) throw new Error(`${name}: row ${row} needs ${defs.length} values`);
    defs.forEach((d, i) => (cells[d.id] = values[i] ?? null));
  }
  return { formatId: data.formatId, year: data.year, unit: data.unit, cells };
}

export function corpus(): CorpusEntry[] {
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((m) => ({
    file: m.file,
    path: join(DIR, m.file),
    shape: m.shape,
    ...(m.minRead === undefined ? {} : { minRead: m.minRead }),
    ...expectedOf(m.expected),
  }));
}

/** The cells an import got right (the same number, or blank where the source prints none), of all. */
export function recovered(entry: CorpusEntry, cells: Record<string, CellValue>): { right: number; total: number } {
  const ids = Object.keys(entry.cells);
  return { right: ids.filter((id) => (cells[id] ?? null) === entry.cells[id]).length, total: ids.length };
}

/**
 * A file's cells: the numbers it prints (expected), those read as printed, those left blank, and those
 * read as another number or where it prints none (wrong — never allowed).
 */
export function tally(
  entry: CorpusEntry,
  cells: Record<string, CellValue>,
): { expected: number; read: number; missed: number; wrong: number } {
  const ids = Object.keys(entry.cells);
  const got = (id: string) => cells[id] ?? null;
  const printed = ids.filter((id) => entry.cells[id] !== null);
  return {
    expected: printed.length,
    read: printed.filter((id) => got(id) === entry.cells[id]).length,
    missed: printed.filter((id) => got(id) === null).length,
    wrong: ids.filter((id) => got(id) !== null && got(id) !== entry.cells[id]).length,
  };
}
