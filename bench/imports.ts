import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importText } from '@shared/import/text-report';
import { exportDocx } from '../src/main/export/docx';
import { readReportSource } from '../src/main/import/read-source';
import { loadReport } from '../test/helpers';
import { corpus, recovered, tally } from '../test/import/corpus';
import { medianAsyncMs, medianMs, report } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

/** Text import of each seed, a Word report and a saved portal page read from disk. */
export async function benchImports(): Promise<void> {
  for (const seed of ['000_21d3bb4be097aba7', '001_f490327802bf34e8', '002_7b4b25fcf59f7d61', '004_b53832959225c400']) {
    const text = readFileSync(join(ROOT, 'test/fixtures/seeds', `${seed}.txt`), 'utf8');
    report(
      `import.text.seed${seed.slice(0, 3)}`,
      medianMs(() => importText(text), { batch: 5, batches: 21, warmup: 20 }),
      'ms',
      '≤ 20',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
  const docx = join(dir, 'sample.docx');
  writeFileSync(docx, await exportDocx(loadReport(join(ROOT, 'resources/sample/sample-report.nianbao')), 'bench'));
  report('import.docx', await medianAsyncMs(21, () => readReportSource(docx)), 'ms', '≤ 200');
  const page = join(ROOT, 'test/fixtures/web/portal-2021.html');
  report('import.html.portal', await medianAsyncMs(21, () => readReportSource(page)), 'ms', '≤ 200');
  // A published WPS PDF of six pages, read from its text layer by position (PDF.js loaded once, as in the app).
  const huaian = join(ROOT, 'test/fixtures/corpus/huaian-2024-wps.pdf');
  await readReportSource(huaian);
  report('import.pdf.huaian', await medianAsyncMs(11, () => readReportSource(huaian)), 'ms', '≤ 300');
  // One file of each shape the corpus holds (its first), read from disk as the clerk opens it.
  const shapes = new Map<string, string>();
  for (const entry of corpus()) {
    const shape = (await readReportSource(entry.path)).shape;
    if (shape && !shapes.has(shape)) shapes.set(shape, entry.path);
  }
  for (const [shape, path] of shapes)
    report(
      `import.shape.${shape}`,
      await medianAsyncMs(11, () => readReportSource(path)),
      'ms',
      shape === 'pdf-text' ? '≤ 300' : shape === 'html' || shape === 'docx' ? '≤ 200' : '≤ 20',
    );
  let right = 0;
  let total = 0;
  let wrong = 0;
  for (const entry of corpus()) {
    const result = await readReportSource(entry.path);
    const cells = result.ok ? result.report.cells : {};
    const counted = recovered(entry, cells);
    right += counted.right;
    total += counted.total;
    wrong += tally(entry, cells).wrong;
  }
  console.log(`bench: import.corpus ${right}/${total} cells (${wrong} wrong)`);
}
