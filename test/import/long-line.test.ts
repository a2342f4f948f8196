import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/bounded-import';
import { fixturePath } from '../helpers';

const TEN_MB = 10 * 1024 * 1024;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-long-line-'));
});

/** `text` repeated to 10 MB with no line break anywhere. */
function tenMegabyteLine(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.repeat(Math.ceil(TEN_MB / Buffer.byteLength(one)));
}

/**
 * Reads a file as 打开 does (the bounded import worker) within the bounds for bad input: 5 s of the
 * process's CPU time (threads included; a loaded machine does not inflate it as it does the wall clock)
 * and 500 MB of peak memory above what the test process already held.
 */
async function read(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(TEN_MB * 0.99);
  const startRss = process.resourceUsage().maxRSS;
  const start = process.cpuUsage();
  const result = await importFile(path);
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000).toBeLessThan(5000);
  expect((process.resourceUsage().maxRSS - startRss) / 1024).toBeLessThan(500);
  return result;
}

describe('a 10 MB single line', () => {
  it('of running text with numbers in it, no report: refused in Chinese', async () => {
    const r = await read(
      'prose.txt',
      tenMegabyteLine('本镇坚持以公开为常态、不公开为例外，扎实推进主动公开工作。 0 1 2 '),
    );
    expect(r.ok || r.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
  });

  it('of digits alone: refused in Chinese', async () => {
    const r = await read('digits.txt', tenMegabyteLine('3001536141193405612887'));
    expect(r.ok || r.errors[0]?.message).toContain('可能不是政府信息公开工作年度报告');
  });

  it('of a flattened portal page repeated over and over: its tables are read from the first copy, as printed', async () => {
    const flat = readFileSync(fixturePath('corpus/huaian-2024-portal-flat.txt'), 'utf8');
    const r = await read('repeated.txt', tenMegabyteLine(`${flat} `));
    expect(r.ok && [r.report.cells['T3.new.total'], r.report.cells['T4.review.total']]).toEqual([3119, 351]);
  });
});
