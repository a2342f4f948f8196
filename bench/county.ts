import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import { exportDocx } from '../src/main/export/docx';
import { runCounty } from '../src/main/county/run-county';
import { writeSummaryXlsx } from '../src/main/county/summary-xlsx';
import { busyReport } from './busy-report';
import { report } from './measure';

/** Unit-specific words, so the 雷同 check sees a county of different narratives (plus its own boilerplate). */
function words(seed: number, length: number): string {
  let k = seed * 7919 + 1;
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCodePoint(0x4e00 + ((k = (k * 48271) % 2147483647) % 6000));
  return out;
}

function unit(i: number): Report {
  const r = busyReport(i + 2);
  r.unit.name = `某县第${i + 1}局`;
  r.closing.unit = r.unit.name;
  r.title = `${r.unit.name}${r.year}年政府信息公开工作年度报告`;
  r.parts.overview = `${r.parts.overview.slice(0, 500)}${words(i, 400)}`;
  r.parts.problems = `${words(i + 100_000, 120)}${r.parts.problems.slice(0, 200)}`;
  return r;
}

/**
 * Wall time, and the CPU time the process used: on a machine shared by many jobs the wall time
 * mostly measures the others, the CPU time this work.
 */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; s: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, s: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function timeRun(folder: string): Promise<{ s: number; cpu: number; units: number }> {
  const { value: outcome, s, cpu } = await timed(() => runCounty(folder));
  if (!outcome.ok) throw new Error(outcome.message);
  return { s, cpu, units: outcome.run.result.units.length };
}

/**
 * The process's memory at its highest while `fn` runs, its worker threads included (sampled). The bench
 * runs in a process of its own (run.ts), so this is the county's; its maxRSS would also count the 汇总表
 * written before.
 */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; mb: number }> {
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const value = await fn();
    return { value, mb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(sample);
  }
}

function both(name: string, r: { s: number; cpu: number }, target: string): void {
  report(name, r.s, 's', target);
  report(`${name}.cpu`, r.cpu, 's');
}

/** The county's batch: read + validate + check + cross-check + aggregate, as `nianbao county` runs it. */
export async function benchCounty(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-bench-county-'));
  try {
    const folder = (n: number) => {
      const dir = join(root, `n${n}`);
      mkdirSync(dir);
      for (let i = 0; i < n; i++) writeFileSync(join(dir, `${i}.nianbao`), serializeReport(unit(i)));
      return dir;
    };
    const f1000 = folder(1000);
    await timeRun(f1000); // warm-up: JIT and the OS file cache, as a second run in the app
    const r1000 = await timeRun(f1000);
    both('county.run.1000', r1000, '≤ 1');

    const outcome = await runCounty(f1000);
    if (!outcome.ok) throw new Error(outcome.message);
    both('county.xlsx.1000', await timed(() => writeSummaryXlsx(outcome.run.result, join(root, '汇总表.xlsx'))), '≤ 2');

    const f5000 = folder(5000);
    const { value: r5000, mb } = await peakRss(() => timeRun(f5000));
    both('county.run.5000', r5000, '≤ 5');
    report('county.run.per-unit.5000/1000', r5000.cpu / 5 / r1000.cpu, '×', '≈ 1 (linear)');
    report('county.memory.rss.max.5000', mb, 'MB', '≤ 500');

    const word = join(root, 'word');
    mkdirSync(word);
    for (let i = 0; i < 100; i++) writeFileSync(join(word, `${i}.docx`), await exportDocx(unit(i), 'bench'));
    const rWord = await timeRun(word);
    if (rWord.units !== 100) throw new Error(`read ${rWord.units} of 100 Word files`);
    both('county.run.word.100', rWord, '≤ 3');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
