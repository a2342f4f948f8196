import { extname } from 'node:path';
import type { Report } from '@shared/report';
import { readReportFile } from '../files/read-report';
import { importFile } from '../import/bounded-import';
import { diagnose, importSummary } from '../import/diagnostics';
import { OPENABLE_EXTENSIONS } from '@shared/import/inputs';
import type { CliIO } from './io';
import { oneLine } from './terminal-text';

/** A report a command works on; `imported` when it was read from another kind of file, in memory only. */
export interface Loaded {
  report: Report;
  imported?: { from: string; summary: string[] };
}

/** Any file `import` reads but a report file: a Word file, a PDF, a web page, text. */
const importable = (path: string) => {
  const ext = extname(path).toLowerCase().slice(1);
  return ext !== 'nianbao' && OPENABLE_EXTENSIONS.includes(ext);
};

/** Reads a report file for a command, saying why on stderr when it cannot. */
export async function loadForCli(path: string, io: CliIO, role = '报告'): Promise<Report | undefined> {
  return (await load(path, io, role, false))?.report;
}

/**
 * Reads a report for a command that only reads it (check, show, export): a file of another kind is
 * imported in memory through the same bounded worker as the editor's 打开 (nothing is written), and what
 * the import read and flagged comes back with it for the command to print.
 */
export function loadAnyForCli(path: string, io: CliIO, role = '报告'): Promise<Loaded | undefined> {
  return load(path, io, role, importable(path));
}

async function load(path: string, io: CliIO, role: string, viaImport: boolean): Promise<Loaded | undefined> {
  const result = viaImport ? await importFile(path) : await readReportFile(path);
  if (!result.ok) {
    io.err(`无法读取${role}文件“${path}”：\n`);
    for (const e of result.errors) io.err(`  ${e.message}\n`);
    return undefined;
  }
  if (!viaImport) {
    for (const notice of result.notices) io.err(`注意：${notice}\n`);
    return { report: result.report };
  }
  const shape = 'shape' in result ? result.shape : undefined;
  const summary = importSummary(diagnose(result.report, result.notices, shape)).map(oneLine);
  return { report: result.report, imported: { from: path, summary } };
}

/** 「已在内存中导入…」 and what the import read and flagged, for a command's text output. */
export function importedLines(loaded: Loaded): string[] {
  if (!loaded.imported) return [];
  return [
    `已在内存中导入“${oneLine(loaded.imported.from)}”（没有写入任何文件；保存为报告文件请用 nianbao import）：`,
    ...loaded.imported.summary.map((line) => `  ${line}`),
  ];
}
