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
}

interface ManifestEntry {
  file: string;
  shape: string;
  /** A .nianbao report holding the values, or an .expected.json listing each row's printed numbers. */
  expected: string;
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
  return manifest.map((m) => ({ file: m.file, path: join(DIR, m.file), shape: m.shape, ...expectedOf(m.expected) }));
}

/** The cells an import got right (the same number, or blank where the source prints none), of all. */
export function recovered(entry: CorpusEntry, cells: Record<string, CellValue>): { right: number; total: number } {
  const ids = Object.keys(entry.cells);
  return { right: ids.filter((id) => (cells[id] ?? null) === entry.cells[id]).length, total: ids.length };
}
