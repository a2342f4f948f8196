import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/helpers';
import { report } from './measure';

/** Prints the process's peak memory (its import worker included) when it exits. */
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * 10 MB of legal text — seed 000 with its 总体情况 grown to 10 MB of real paragraphs — imported by
 * `nianbao import` as its own process, the way a clerk's CLI run or the editor's worker reads it:
 * wall time of the whole command and its peak memory.
 */
export function benchLargeImport(): void {
  const seed = readFileSync(join(ROOT, 'test/fixtures/seeds/000_21d3bb4be097aba7.txt'), 'utf8');
  const paragraph = seed.split('\n').find((line) => line.length > 80) ?? '';
  const anchor = '（一）主动公开政府信息情况';
  const count = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(`${paragraph}\n\n`));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-large-'));
  const path = join(dir, 'large.txt');
  writeFileSync(path, seed.replace(anchor, `${`${paragraph}\n\n`.repeat(count)}${anchor}`));
  const samples: { ms: number; mb: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', PEAK, join(ROOT, 'bin/nianbao.js'), 'import', path, '-o', join(dir, 'out.nianbao'), '--force'],
      { encoding: 'utf8' },
    );
    const ms = performance.now() - started;
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    if (r.status === null || r.status === 2 || !kb) throw new Error(`import of 10 MB failed: ${r.stderr}`);
    samples.push({ ms, mb: kb / 1024 });
  }
  samples.sort((a, b) => a.ms - b.ms);
  const median = samples[1] ?? { ms: 0, mb: 0 };
  report('import.text.10MB', median.ms / 1000, 's', '≤ 2');
  report('import.text.10MB.peak', Math.max(...samples.map((s) => s.mb)), 'MB', '≤ 300');
}
