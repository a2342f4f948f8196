import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run';
import { block, oneLine } from '../../src/main/cli/terminal-text';
import { fixturePath } from '../helpers';

/** Runs a CLI command in process, as bin/nianbao.js does, collecting what it prints. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const repro = (name: string) => fixturePath(`repro/malformed/${name}.nianbao`);
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text a report supplies cannot forge or scramble the CLI output', () => {
  it('shows controls and bidi marks as visible codes, line breaks in a one-line field as ↵', () => {
    expect(oneLine('\u001b[2J标题\n共 0 个错误')).toBe('<U+001B>[2J标题↵共 0 个错误');
    expect(oneLine('\u202e府政民人镇某')).toBe('<U+202E>府政民人镇某');
    expect(block('第一段\r\n第二段\u0007')).toBe('第一段\n第二段<U+0007>');
  });

  for (const [name, command] of [
    ['title-ansi-escapes', 'check'],
    ['title-with-newlines-forging-output', 'check'],
    ['unit-bidi-override', 'check'],
    ['title-ansi-escapes', 'show'],
    ['title-with-newlines-forging-output', 'show'],
    ['unit-bidi-override', 'show'],
  ] as const) {
    it(`${command} ${name}: no control character reaches the terminal, the summary is the real one`, async () => {
      const { out, err } = await run([command, repro(name)]);
      expect(out + err).not.toMatch(CONTROLS);
      if (command === 'check') {
        // One summary line, the last: the title's forged one is shown inside the title, on its line.
        const summaries = out.split('\n').filter((l) => /^共 \d+ 个错误/.test(l));
        expect(summaries).toHaveLength(1);
        expect(out.trimEnd().split('\n').pop()).toMatch(/^共 \d+ 个错误/);
      }
      // The title stays on the first line.
      expect(out.split('\n')[0]).not.toBe('');
    });
  }
});
