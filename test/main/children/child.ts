/**
 * A process for tests to kill at random moments. Modes:
 * - `save <path> <base report file>`: saves the report over and over, numbering each save in its
 *   preamble, and prints each number once the save has returned;
 * - `edit <userData> <path>`: opens the report, makes an unsaved edit, flushes the recovery copy,
 *   prints `flushed`, then keeps editing until killed.
 */
import { readFileSync } from 'node:fs';
import { serializeReport } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { writeFileAtomic } from '../../../src/main/files/atomic-write';
import { FileService } from '../../../src/main/files/documents';

const [mode, a = '', b = ''] = process.argv.slice(2);

async function save(path: string, basePath: string) {
  const base = parseReportFile(readFileSync(basePath, 'utf8'));
  if (!base.ok) throw new Error('bad base report');
  for (let i = 1; ; i++) {
    await writeFileAtomic(path, serializeReport({ ...base.report, preamble: `第${i}次保存` }));
    process.stdout.write(`${i}\n`);
  }
}

async function edit(userData: string, path: string) {
  const files = new FileService({ userData, autosaveMs: 10 });
  const opened = await files.open(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const report = opened.value.report;
  report.cells['T3.new.natural'] = 99;
  report.parts.problems = '一是恢复测试发现的问题。二是将加强整改。';
  files.update(opened.value.docId, report);
  await files.flush();
  process.stdout.write('flushed\n');
  for (let i = 0; ; i++) {
    await new Promise((r) => setTimeout(r, 5));
    files.update(opened.value.docId, { ...report, preamble: `编辑中${i}` });
  }
}

void (mode === 'save' ? save(a, b) : edit(a, b));
