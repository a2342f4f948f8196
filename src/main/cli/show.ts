import { FORMATS, formatIndex } from '@shared/format';
import type { CellDef, FormatIndex, NarrativePartId, TableDef } from '@shared/format';
import { printedValue } from '@shared/print';
import { chineseDate } from '@shared/report';
import type { Report } from '@shared/report';
import { EXIT } from './io';
import type { CliIO } from './io';
import { importedLines, loadAnyForCli } from './load';
import { block, oneLine } from './terminal-text';
import { fitWidth, textTable } from './text-table';

/**
 * The report in the file's core shape with every cell id of its format present (blank = null), so a
 * script reads any report the same way whatever the file left out.
 */
export function coreShape(report: Report) {
  const cells: Record<string, number | null> = {};
  for (const c of formatIndex(report.formatId).cells) cells[c.id] = report.cells[c.id] ?? null;
  return {
    formatId: report.formatId,
    year: report.year,
    unit: report.unit,
    title: report.title,
    preamble: report.preamble,
    parts: report.parts,
    cells,
    closing: report.closing,
    settings: report.settings,
  };
}

/** A blank cell, visible in the text table (print leaves it empty; B1 asks for 0). */
const BLANK = '-';
/** Row labels cut to fit T3's seven columns on a 120-column terminal; the official wording is in --json's format. */
const LABEL_WIDTH = 40;

/**
 * A table as aligned text: its logical rows (T4's one printed row is three: 行政复议 and the two kinds of
 * 行政诉讼) in blocks of rows sharing their column labels, each block under its header; T2's sections
 * (第二十条第（一）项 …) as headings.
 */
function tableLines(report: Report, table: TableDef, index: FormatIndex): string[] {
  const lines: string[] = [];
  let current: { columns: string[]; rows: string[][] } | undefined;
  const flush = () => {
    if (!current) return;
    const rows = [['', ...current.columns], ...current.rows];
    lines.push(...textTable(rows, ['left', ...current.columns.map(() => 'right' as const)]).map((l) => `  ${l}`));
    current = undefined;
  };
  for (const gridRow of table.body) {
    const section = gridRow.find((c) => c.type === 'label' && c.role === 'section');
    if (section?.type === 'label') {
      flush();
      lines.push(`  ${section.text}`);
      continue;
    }
    const rows = new Map<string, CellDef[]>();
    for (const c of gridRow) {
      const def = c.type === 'value' ? index.byId.get(c.cell) : undefined;
      if (def) rows.set(def.row, [...(rows.get(def.row) ?? []), def]);
    }
    for (const cells of rows.values()) {
      const columns = cells.map((c) => c.colLabel);
      if (current?.columns.join('\t') !== columns.join('\t')) {
        flush();
        current = { columns, rows: [] };
      }
      current.rows.push([
        fitWidth(cells[0]?.rowLabel ?? '', LABEL_WIDTH),
        ...cells.map((c) => printedValue(report, c.id) || BLANK),
      ]);
    }
  }
  flush();
  return lines;
}

function printText(report: Report, io: CliIO): void {
  const format = FORMATS[report.formatId];
  const index = formatIndex(report.formatId);
  io.out(
    `${oneLine(report.title)}\n${oneLine(report.unit.name)}（${oneLine(report.unit.region) || '地区未填'}）· ${report.year}年度 · ${format.name}\n`,
  );
  if (report.preamble) io.out(`\n${block(report.preamble)}\n`);
  for (const part of format.parts) {
    io.out(`\n${part.heading}\n`);
    if (part.table) io.out(`${tableLines(report, format.tables[part.table], index).join('\n')}\n`);
    else io.out(`${block(report.parts[part.id as NarrativePartId]) || '（空）'}\n`);
  }
  if (index.cells.some((c) => printedValue(report, c.id) === '')) io.out(`\n（表中“${BLANK}”为空白单元格。）\n`);
  if (report.closing.unit || report.closing.date)
    io.out(`\n${oneLine(report.closing.unit)}\n${chineseDate(report.closing.date)}\n`);
}

export async function showCommand(options: { file: string; json: boolean }, io: CliIO): Promise<number> {
  const loaded = await loadAnyForCli(options.file, io);
  if (!loaded) return EXIT.unusable;
  const imported = loaded.imported ? { imported: loaded.imported } : {};
  if (options.json) io.out(`${JSON.stringify({ ...coreShape(loaded.report), ...imported }, null, 2)}\n`);
  else {
    const lines = importedLines(loaded);
    if (lines.length > 0) io.out(`${lines.join('\n')}\n\n`);
    printText(loaded.report, io);
  }
  return EXIT.ok;
}
