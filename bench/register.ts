import { performance } from 'node:perf_hooks';
import { emptyReport, serializeReport, withAutoTotals } from '@shared/report';
import { parseReportFile } from '@shared/report/load';
import { countRegister, openDeadlines, withRegisterCounts } from '@shared/register';
import type { Application, ApplicantKind } from '@shared/register';
import { evaluate } from '@shared/rules';
import { medianMs, report } from './measure';

const KINDS: ApplicantKind[] = ['natural', 'natural', 'natural', 'commercial', 'legal', 'other_org'];
const OUTCOMES = ['open', 'partial', 'deny.third_party', 'none.not_held', 'skip.repeat', 'other.misc'];

/** A busy county department's year: 5,000 applications, most answered, some open, some carried in. */
function bigRegister(n: number): Application[] {
  return Array.from({ length: n }, (_, i) => {
    const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const app: Application = {
      id: `b${i}`,
      number: `2025-${i}`,
      received: day,
      channel: '网络',
      applicant: KINDS[i % KINDS.length] ?? 'natural',
      subject: `申请事项 ${i}`,
      name: `申请人${i}`,
      contact: `1380000${String(i).padStart(4, '0')}`,
    };
    if (i % 7 !== 0) Object.assign(app, { outcome: OUTCOMES[i % OUTCOMES.length], answered: day });
    if (i % 50 === 0) app.carriedIn = true;
    return app;
  });
}

export function benchRegister(): void {
  const applications = bigRegister(5000);
  const base = emptyReport({ year: 2025, unitName: '某县某局', kind: 'county-department', region: '' });
  const reportWith = withRegisterCounts({ ...base, register: { applications, countsTable: true } });
  const register = reportWith.register ?? { applications: [] };

  // Counted from scratch: each run gets applications the counting has not seen (it takes over the
  // placements of applications it has seen, which an edit measures below).
  const fresh = () => ({ applications: applications.map((a) => ({ ...a })) });
  const copies = Array.from({ length: 30 }, fresh);
  let n = 0;
  const cold = (fn: (r: typeof register) => unknown) => () => fn(copies[n++ % copies.length] ?? register);
  report(
    'register.count.5000',
    medianMs(
      cold((r) => countRegister(r, 'gov-2021', 2025)),
      { batch: 1, batches: 25, warmup: 5 },
    ),
    'ms',
    '≤ 5',
  );

  // One edit as the editor's store makes it: the application changed, table three recounted, totals, findings.
  // Wall time, and the process's CPU time, which a loaded machine's other work does not inflate.
  const samples: number[] = [];
  const cpu: number[] = [];
  let current = reportWith;
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const apps = current.register?.applications.slice() ?? [];
    const at = (i * 37) % apps.length;
    const app = apps[at];
    if (app) apps[at] = { ...app, subject: `${app.subject}.` };
    current = withAutoTotals(withRegisterCounts({ ...current, register: { ...register, applications: apps } }));
    evaluate(current, { today: '2025-12-31' });
    samples.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const p95 = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length * 0.95)] ?? Number.NaN;
  report('register.edit.5000.p95', p95(samples), 'ms', '≤ 8');
  report('register.edit.5000.cpu.p95', p95(cpu), 'ms');

  report(
    'register.due.5000',
    medianMs(
      cold((r) => openDeadlines(r, '2025-12-31')),
      { batch: 1, batches: 25, warmup: 5 },
    ),
    'ms',
  );

  const text = serializeReport(reportWith);
  report(
    'register.file.5000.save',
    medianMs(() => serializeReport(reportWith), { batch: 2, batches: 21, warmup: 5 }),
    'ms',
  );
  report(
    'register.file.5000.load',
    medianMs(() => parseReportFile(text), { batch: 1, batches: 21, warmup: 3 }),
    'ms',
  );
  report('register.file.5000.size', text.length / 1024, 'KiB');
}
