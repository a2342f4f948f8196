import { access } from 'node:fs/promises';
import { serializeReadable } from '@shared/report/load';
import { SEVERITY_LABELS } from '@shared/rules';
import { writeFileAtomic } from '../files/atomic-write';
import { describeSaveError } from '../files/save-errors';
import { diagnose, importSummary } from '../import/diagnostics';
import { importFile } from '../import/bounded-import';
import { EXIT } from './io';
import type { CliIO } from './io';
import { oneLine } from './terminal-text';

export interface ImportOptions {
  file: string;
  output?: string;
  json: boolean;
  force: boolean;
}

export async function importCommand(options: ImportOptions, io: CliIO): Promise<number> {
  if (!options.output) {
    io.err('请用 -o <输出.nianbao> 指定导入后保存的报告文件。\n');
    return EXIT.unusable;
  }
  const exists = await access(options.output).then(
    () => true,
    () => false,
  );
  if (exists && !options.force) {
    io.err(`文件“${options.output}”已存在，未覆盖。如确需覆盖，请加 --force。\n`);
    return EXIT.unusable;
  }
  const loaded = await importFile(options.file);
  if (!loaded.ok) {
    io.err(`无法导入“${options.file}”：\n${loaded.errors.map((e) => `  ${e.message}\n`).join('')}`);
    return EXIT.unusable;
  }
  const readable = serializeReadable(loaded.report);
  if (!readable.ok) {
    io.err(
      `无法导入“${options.file}”：读到的内容无法保存为报告：\n${readable.errors.map((e) => `  ${e.message}\n`).join('')}`,
    );
    return EXIT.unusable;
  }
  try {
    await writeFileAtomic(options.output, readable.text);
  } catch (error) {
    io.err(`${describeSaveError(error, options.output).message}\n`);
    return EXIT.unusable;
  }
  const diagnostics = diagnose(loaded.report, loaded.notices, loaded.shape, loaded.source);
  if (options.json) io.out(`${JSON.stringify(diagnostics, null, 2)}\n`);
  else {
    io.out(`已导入“${options.file}”→“${options.output}”：${oneLine(loaded.report.title)}\n`);
    for (const line of importSummary(diagnostics)) io.out(`  ${oneLine(line)}\n`);
    for (const f of diagnostics.findings)
      io.out(`  ${SEVERITY_LABELS[f.severity]} [${f.rule}] ${oneLine(f.message)}\n`);
  }
  // As for check: 1 when the report has errors, and also when the import left cells for the clerk to check.
  const toCheck = [diagnostics.uncertain, diagnostics.unplaced, diagnostics.missingRows, diagnostics.byPosition];
  const errors = diagnostics.findings.some((f) => f.severity === 'error');
  return errors || toCheck.some((list) => list.length > 0) ? EXIT.findings : EXIT.ok;
}
