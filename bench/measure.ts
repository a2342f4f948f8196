import { performance } from 'node:perf_hooks';

/**
 * Median time of `fn` in milliseconds. Runs are timed in batches so that a call far shorter than the
 * timer's resolution is still measured; a warm-up lets the JIT settle first.
 */
export function medianMs(fn: () => unknown, { batch = 100, batches = 101, warmup = 2000 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function report(name: string, value: number, unit: string, target?: string): void {
  const shown = value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
  console.log(`bench: ${name} ${shown} ${unit}${target ? `  (target ${target})` : ''}`);
}

/** Median time of an asynchronous `fn` in milliseconds, one call at a time (for slow work: I/O, rendering). */
export async function medianAsyncMs(times: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}
