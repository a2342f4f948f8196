import { FORMATS, formatIndex } from '@shared/format';
import type { NarrativePartId } from '@shared/format';
import { chineseDate } from '@shared/report';
import type { Report } from '@shared/report';
import { EXIT } from './io';
import type { CliIO } from './io';
import { loadForCli } from './load';
import { block, oneLine } from './terminal-text';

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

function printText(report: Report, io: CliIO): void {
  const format = FORMATS[report.formatId];
  const index = formatIndex(report.formatId);
  io.out(
    `${oneLine(report.title)}\n${oneLine(report.unit.name)}（${oneLine(report.unit.region) || '地区未填'}）· ${report.year}年度 · ${format.name}\n`,
  );
  if (report.preamble) io.out(`\n${block(report.preamble)}\n`);
  for (const part of format.parts) {
    io.out(`\n${part.heading}\n`);
    if (!part.table) {
      io.out(`${block(report.parts[part.id as NarrativePartId]) || '（空）'}\n`);
      continue;
    }
    for (const c of index.cells.filter((cell) => cell.table === part.table)) {
      const v = report.cells[c.id];
      io.out(`  ${c.rowLabel} · ${c.colLabel}：${v === null || v === undefined ? '（空白）' : v}\n`);
    }
  }
  if (report.closing.unit || report.closing.date)
    io.out(`\n${oneLine(report.closing.unit)}\n${chineseDate(report.closing.date)}\n`);
}

export async function showCommand(options: { file: string; json: boolean }, io: CliIO): Promise<number> {
  const report = await loadForCli(options.file, io);
  if (!report) return EXIT.unusable;
  if (options.json) io.out(`${JSON.stringify(coreShape(report), null, 2)}\n`);
  else printText(report, io);
  return EXIT.ok;
}
