import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReportFile } from '@shared/report/load';
import type { Report } from '@shared/report';
import { evaluate } from '@shared/rules';
import { busyReport, SAMPLE_TEXT } from './busy-report';
import { benchEditor } from './editor';
import { benchExports } from './exports';
import { benchImports } from './imports';
import { benchLargeImport } from './import-large';
import { benchFiles } from './files';
import { benchRegister } from './register';
import { medianMs, report } from './measure';

const busy = busyReport();
const errors = evaluate(busy).filter((f) => f.severity === 'error');
if (errors.length > 0) throw new Error(`the busy report should be correct: ${errors[0]?.message}`);

report(
  'rules.check.busy',
  medianMs(() => evaluate(busy)),
  'ms/report',
  '≤ 0.05',
);

const previous: Report = { ...busyReport(7), year: busy.year - 1 };
report(
  'rules.check.busy+previous',
  medianMs(() => evaluate(busy, { previous })),
  'ms/report',
);

/** 10,000 different reports, as the county office checks every township's file (freed after: the later memory lines would carry them). */
function rulesBatch(): void {
  const batch = Array.from({ length: 10_000 }, (_, i) => busyReport(i + 2));
  for (const r of batch.slice(0, 200)) evaluate(r);
  const start = performance.now();
  let findings = 0;
  for (const r of batch) findings += evaluate(r).length;
  const seconds = (performance.now() - start) / 1000;
  report('rules.batch.10000', batch.length / seconds, 'reports/s', '≥ 20000');
  if (findings < 0) console.log(findings);
}
rulesBatch();

report(
  'report.parse.sample',
  medianMs(() => parseReportFile(SAMPLE_TEXT), { batch: 10, batches: 51, warmup: 200 }),
  'ms',
);

await benchFiles();
await benchEditor();
await benchExports();
await benchImports();
benchLargeImport();
// The county bench in a process of its own (out/bench/county.js): its memory line is then the county's
// alone, with none of the heap the benches before it left behind.
const county = spawnSync(process.execPath, [join(import.meta.dirname, 'county.js')], { stdio: 'inherit' });
if (county.status !== 0) throw new Error(`the county bench failed (exit ${county.status ?? county.signal})`);
benchRegister();
