import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run';
import { fixturePath, ROOT, SAMPLE_PATH } from '../helpers';

/**
 * Every message the CLI prints for damaged and hostile inputs — the repro files, the fuzz seeds, the bad
 * PDFs of the corpus and made-up cases (a folder, a pipe, a deep or duplicated report, bytes named .pdf)
 * — is a clear Chinese sentence: no stack trace, no 「undefined」, no control character, the right code.
 */

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const FIXTURES = [
  ...filesUnder(fixturePath('repro')),
  ...filesUnder(fixturePath('fuzz')),
  ...filesUnder(fixturePath('corpus/bad')),
];

let dir: string;
let made: string[];

/** The cases no fixture can be: they are made where the test runs. */
async function makeCases(): Promise<string[]> {
  const sample = await readFile(SAMPLE_PATH, 'utf8');
  const cases: Record<string, string | Buffer> = {
    'empty.nianbao': '',
    'deep.nianbao': sample.replace('"report": {', `"report": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)},`),
    'deep-envelope.nianbao': `{"format":"nianbao-report","version":1,"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
    'twice.nianbao': sample.replace('"formatId": "gov-2021",', '"formatId": "gov-2021",\n    "formatId": "gov-2019",'),
    'not-a-report.nianbao': '{"hello": "world"}',
    'random.pdf': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'truncated.pdf': (await readFile(fixturePath('corpus/busy-2024-chromium.pdf'))).subarray(0, 3000),
    'empty.pdf': '',
    'empty.docx': '',
    'zip-not-word.docx': Buffer.from('PK\u0003\u0004 not really a zip'),
    'binary.txt': Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80]),
    'nothing.html': '<html><body><p>你好</p></body></html>',
    'old.doc': 'x',
    'unknown.xyz': 'x',
  };
  for (const [name, content] of Object.entries(cases)) await writeFile(join(dir, name), content);
  await mkdir(join(dir, 'folder.nianbao'));
  await mkdir(join(dir, 'folder.pdf'));
  execFileSync('mkfifo', [join(dir, 'pipe.nianbao'), join(dir, 'pipe.pdf')]);
  await copyFile(SAMPLE_PATH, join(dir, 'fine.nianbao'));
  return [...Object.keys(cases), 'folder.nianbao', 'folder.pdf', 'pipe.nianbao', 'pipe.pdf', 'missing.nianbao'].map(
    (name) => join(dir, name),
  );
}

/** The built CLI as its own process (async, so two run at once on the two cores). */
function run(args: string[]): Promise<{ code: number | null; text: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/nianbao.js'), ...args], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, text: out + err, err }));
  });
}

async function inPairs<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 2) results.push(...(await Promise.all(items.slice(i, i + 2).map(fn))));
  return results;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK = /^\s+at \S|\b[A-Z]\w*Error\b|node:internal|\.js:\d+/m;
const JUNK = /undefined|NaN|\[object Object\]|null（|（null/;

function expectClear(r: { code: number | null; text: string; err: string }, what: string): void {
  expect([0, 1, 2], what).toContain(r.code);
  expect(r.text, what).not.toMatch(STACK);
  expect(r.text, what).not.toMatch(JUNK);
  expect(r.text, what).not.toMatch(CONTROLS);
  if (r.code === 2) expect(r.err, what).toMatch(/[\u4e00-\u9fff]{4}/);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-messages-'));
  made = await makeCases();
});

/** The same commands in this process (the machine is shared: a process per input would take minutes). */
async function runHere(args: string[]): Promise<{ code: number; text: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, text: out + err, err };
}

describe('every message the CLI prints for bad input', () => {
  it('check, show and import: a Chinese sentence and the right exit code for every repro, fuzz seed and made-up case', async () => {
    for (const file of [...FIXTURES, ...made]) {
      // show reads as check does; only its printing differs, which matters for report files' own text.
      const commands = [
        ['check', file],
        ['import', file, '-o', join(dir, `${basename(file)}.out.nianbao`), '--force'],
      ];
      if (file.endsWith('.nianbao')) commands.push(['show', file]);
      for (const args of commands) {
        const r = await runHere(args);
        const what = `${args[0] ?? ''} ${basename(file)}\n${r.text}`;
        expectClear(r, what);
        // An import that cannot read says so with exit 2, never 1.
        if (r.err.includes('无法导入') || r.err.includes('无法读取')) expect(r.code, what).toBe(2);
      }
    }
  }, 170_000);

  it('the built CLI, as its own process, refuses a folder, pipes, a missing and an empty file with exit 2', async () => {
    const names = ['folder.nianbao', 'folder.pdf', 'pipe.nianbao', 'pipe.pdf', 'missing.nianbao', 'empty.pdf'];
    const results = await inPairs(names, (name) => run(['check', join(dir, name)]));
    results.forEach((r, i) => {
      expectClear(r, `${names[i] ?? ''}\n${r.text}`);
      expect(r.code, names[i]).toBe(2);
    });
    const imported = await run(['import', join(dir, 'random.pdf'), '-o', join(dir, 'r.nianbao')]);
    expectClear(imported, imported.text);
    expect(imported.code).toBe(2);
  }, 120_000);

  it('refuses a report nested too deep to save, and a key written twice with two values, at load', async () => {
    const [deep, envelope, twice, cell] = await inPairs(
      [
        ['show', join(dir, 'deep.nianbao')],
        ['check', join(dir, 'deep-envelope.nianbao')],
        ['check', join(dir, 'twice.nianbao')],
        ['check', fixturePath('repro/malformed/duplicate-cell-key.nianbao')],
      ],
      run,
    );
    expect(deep?.code).toBe(2);
    expect(deep?.err).toMatch(/嵌套超过 \d+ 层/);
    expect(envelope?.err).toMatch(/嵌套超过 \d+ 层/);
    expect(twice?.code).toBe(2);
    expect(twice?.err).toContain('“formatId”写了两次，值不同（"gov-2021" 和 "gov-2019"）');
    expect(cell?.err).toContain('“report.cells”处的“T3.new.natural”写了两次，值不同（5 和 999）');
  }, 120_000);
});
