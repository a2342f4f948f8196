import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileService } from '../../src/main/files/documents';
import { SAMPLE_PATH } from '../helpers';

const sample = () => readFile(SAMPLE_PATH, 'utf8');
const file = (
  change: (
    f: Record<string, unknown> & { report: Record<string, unknown> & { cells: Record<string, unknown> } },
  ) => void,
) =>
  sample().then((text) => {
    const f = JSON.parse(text) as Parameters<typeof change>[0];
    change(f);
    return JSON.stringify(f);
  });

/** Files a clerk might really have: each is planted on purpose and must be refused with its reason. */
const PLANTED: Record<string, () => string | Buffer | Promise<string | Buffer>> = {
  'empty.nianbao': () => '',
  'spaces.nianbao': () => '   \n\t  ',
  'bom-only.nianbao': () => '\uFEFF',
  'truncated-10.nianbao': async () => (await sample()).slice(0, 10),
  'truncated-half.nianbao': async () => (await sample()).slice(0, 4000),
  'truncated-end.nianbao': async () => (await sample()).slice(0, -3),
  'trailing-garbage.nianbao': async () => `${await sample()}}}`,
  'nul-bytes.nianbao': () => Buffer.alloc(2048),
  'utf16.nianbao': async () => Buffer.from(`\uFEFF${await sample()}`, 'utf16le'),
  'gbk.nianbao': () => Buffer.from([0xc4, 0xea, 0xb1, 0xa8, 0xb1, 0xe0, 0xbc, 0xad]),
  'docx-renamed.nianbao': () =>
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from([0x14, 0, 6, 0, 0xff, 0xfe])]),
  'pdf-renamed.nianbao': () =>
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0xff]),
  'array.nianbao': () => '[]',
  'string.nianbao': () => '"nianbao"',
  'other-json.nianbao': () => '{"name":"nianbao","version":"1.0.0"}',
  'deep-nesting.nianbao': () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  'nan.nianbao': async () => (await sample()).replace('"T3.new.natural": 5', '"T3.new.natural": NaN'),
  'infinity.nianbao': async () => (await sample()).replace('"T3.new.natural": 5', '"T3.new.natural": 1e999'),
  'version-2.nianbao': () => file((f) => (f.version = 2)),
  'version-text.nianbao': () => file((f) => (f.version = 'one')),
  'version-0.nianbao': () => file((f) => (f.version = 0)),
  'no-report.nianbao': () => file((f) => delete (f as { report?: unknown }).report),
  'format-2018.nianbao': () => file((f) => (f.report.formatId = 'gov-2018')),
  'year-2018.nianbao': () => file((f) => (f.report.year = 2018)),
  'year-2100.nianbao': () => file((f) => (f.report.year = 2100)),
  'year-text.nianbao': () => file((f) => (f.report.year = '二〇二五')),
  'cell-fullwidth.nianbao': () => file((f) => (f.report.cells['T3.new.natural'] = '５')),
  'cell-comma.nianbao': () => file((f) => (f.report.cells['T2.a20_5.licensing.decisions'] = '1,560')),
  'cell-dash.nianbao': () => file((f) => (f.report.cells['T4.review.total'] = '—')),
  'cell-unknown.nianbao': () => file((f) => (f.report.cells['T3.deny.unknown.total'] = 0)),
  'unit-kind.nianbao': () => file((f) => ((f.report.unit as Record<string, unknown>).kind = '乡镇')),
  'date-chinese.nianbao': () => file((f) => ((f.report.closing as Record<string, unknown>).date = '2026年1月20日')),
  'parts-missing.nianbao': () => file((f) => delete f.report.parts),
  'settings-null.nianbao': () => file((f) => (f.report.settings = null)),
};

let dir: string;
let files: FileService;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-malformed-'));
  for (const [name, make] of Object.entries(PLANTED)) await writeFile(join(dir, name), await make());
  await writeFile(join(dir, 'huge.nianbao'), '');
  await truncate(join(dir, 'huge.nianbao'), 25 * 1024 * 1024);
  await mkdir(join(dir, 'folder.nianbao'));
  files = new FileService({ userData: join(dir, '..', `${dir.split('/').pop() ?? 'x'}-ud`) });
});

async function digest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

describe('a folder of malformed report files', () => {
  it('has at least 30 of them', async () => {
    expect((await readdir(dir)).length).toBeGreaterThanOrEqual(30);
  });

  it.each([...Object.keys(PLANTED), 'huge.nianbao'])(
    '%s is refused with a clear Chinese message and left unchanged',
    async (name) => {
      const path = join(dir, name);
      const before = await digest(path);
      const opened = await files.open(path);
      expect(opened.ok).toBe(false);
      if (opened.ok) return;
      expect(opened.error.message).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(opened.error.message).not.toMatch(/undefined|\[object|TypeError|SyntaxError/);
      expect(await digest(path)).toBe(before);
    },
  );

  it('refuses a folder named like a report', async () => {
    const opened = await files.open(join(dir, 'folder.nianbao'));
    expect(opened.ok || opened.error.message).toContain('文件夹');
  });

  it('names the problem for the cases a clerk can fix', async () => {
    const message = async (name: string) => {
      const r = await files.open(join(dir, name));
      return r.ok ? '' : r.error.message;
    };
    expect(await message('version-2.nianbao')).toContain('请升级年报编辑器');
    expect(await message('cell-fullwidth.nianbao')).toContain('全角数字');
    expect(await message('huge.nianbao')).toContain('20 MB');
    expect(await message('utf16.nianbao')).toContain('UTF-8');
    expect(await message('truncated-half.nianbao')).toContain('不完整');
  });
});
