import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelArgs } from '@shared/ipc/contract';
import { evaluate } from '@shared/rules';
import { parseReportFile, serializeReadable } from '@shared/report/load';
import type { Report } from '@shared/report';
import { FileService } from '../../src/main/files/documents';
import { readReportSource } from '../../src/main/import/read-source';
import { fixturePath } from '../helpers';

/**
 * The audit's inputs (issue 15, `test/fixtures/repro/`) as named regression tests: each either is
 * refused with a clear Chinese sentence, or gives a report that saves, reopens and passes the IPC
 * contract — never a report the app holds but cannot save.
 */
const REPRO = fixturePath('repro');
const DOC_ID = '00000000-0000-4000-8000-000000000000';

const ipcAccepts = (report: Report) => channelArgs['file:save'].safeParse([DOC_ID, report, undefined]).success;

function expectClearRefusal(messages: string[]) {
  const text = messages.join('\n');
  expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(text).not.toMatch(/undefined|\[object|Error:|at .*\.ts:\d+/);
}

let files: FileService;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-repro-'));
  files = new FileService({ userData: join(dir, 'ud') });
});

/** What the clerk does after an import: 另存为, then open the file again. */
async function saveAndReopen(report: Report, name: string): Promise<Report> {
  const opened = files.adopt(report, true);
  const saved = await files.saveAs(opened.docId, report, join(dir, `${name}.nianbao`));
  if (!saved.ok) throw new Error(saved.error.message);
  const again = await files.open(saved.value.path);
  if (!again.ok) throw new Error(again.error.message);
  await files.close(opened.docId, { discard: false });
  return again.value.report;
}

describe('imports the audit found unsaveable', () => {
  const texts = readdirSync(REPRO).filter((n) => n.endsWith('.txt'));

  it.each(texts.filter((n) => !n.startsWith('title-year-2018')))(
    '%s imports into a report that saves, reopens and passes the IPC contract',
    async (name) => {
      const imported = await readReportSource(join(REPRO, name));
      if (!imported.ok) throw new Error(imported.errors.map((e) => e.message).join('\n'));
      expect(ipcAccepts(imported.report)).toBe(true);
      const reopened = await saveAndReopen(imported.report, name);
      expect(ipcAccepts(reopened)).toBe(true);
      expect(reopened.cells).toEqual(imported.report.cells);
    },
  );

  it('tells the clerk what an extra row of 60 numbers lost, instead of storing it', async () => {
    const imported = await readReportSource(join(REPRO, 'extra-row-60-values.txt'));
    if (!imported.ok) throw new Error('refused');
    expect(imported.notices.join('\n')).toMatch(/有 60 个数字，只记录了前 50 个/);
    expect(imported.report.published?.extraRows?.every((r) => r.values.length <= 50)).toBe(true);
  });

  it('drops digit splits beyond 2^53 with a notice: the row stays blank for the clerk', async () => {
    const imported = await readReportSource(join(REPRO, 'digits60-ones-float-splits.txt'));
    if (!imported.ok) throw new Error('refused');
    const splits = Object.values(imported.report.published?.splits ?? {}).flat(2);
    expect(splits.every((n) => Number.isSafeInteger(n))).toBe(true);
    // No split of 60 digits is a safe number in every cell: the row stays blank and finding I1 says why.
    expect(imported.report.cells['T3.new.total']).toBeNull();
    const i1 = evaluate(imported.report).find((f) => f.rule === 'I1');
    expect(i1?.message).toMatch(/数字在原文中连在了一起.*已留空/);
  });

  it('refuses a report titled for 2018 with the reason, rather than holding one it cannot reopen', async () => {
    const imported = await readReportSource(join(REPRO, 'title-year-2018.txt'));
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    expectClearRefusal(imported.errors.map((e) => e.message));
    expect(imported.errors[0]?.message).toContain('不支持2018年度的报告');
  });
});

describe('every corpus input that imports', () => {
  const corpus = [
    ...readdirSync(fixturePath('seeds')).map((n) => join('seeds', n)),
    'web/portal-2021.html',
    'reference/official-template-2021.docx',
    ...readdirSync(REPRO)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => join('repro', n)),
  ];

  it.each(corpus)('%s: serialize → load → IPC-validate succeeds', async (name) => {
    const imported = await readReportSource(fixturePath(name));
    if (!imported.ok) return expectClearRefusal(imported.errors.map((e) => e.message));
    const written = serializeReadable(imported.report);
    if (!written.ok) throw new Error(written.errors.map((e) => e.message).join('\n'));
    const back = parseReportFile(written.text);
    expect(back.ok && ipcAccepts(back.report)).toBe(true);
  });
});

describe('malformed report files', () => {
  const names = readdirSync(join(REPRO, 'malformed'));

  it.each(names)('%s is refused clearly, or loads into a report that saves, reopens and passes IPC', (name) => {
    const loaded = parseReportFile(readFileSync(join(REPRO, 'malformed', name), 'utf8'));
    if (!loaded.ok) {
      expectClearRefusal(loaded.errors.map((e) => e.message));
      return;
    }
    expect(ipcAccepts(loaded.report)).toBe(true);
    const written = serializeReadable(loaded.report);
    expect(written.ok).toBe(true);
    if (written.ok) expect(parseReportFile(written.text).ok).toBe(true);
  });

  it.each([
    ['extraRows-51-values', '最多 50 项'],
    ['cell-unsafe-integer', '过大'],
    ['cell-1e308-sum-overflow', '过大'],
    ['proto-in-report', '__proto__'],
    ['proto-in-cells-number', '__proto__'],
    ['cell-id-toString-proto-of-parts', '__proto__'],
    ['splits-wrong-length', '待选拆法应各有 7 个数字'],
    ['splits-unknown-row', '不是'],
    ['lastYear-unknown-cells', '上一年报告数据'],
  ])('%s is refused at load, saying %s', (name, words) => {
    const loaded = parseReportFile(readFileSync(join(REPRO, 'malformed', `${name}.nianbao`), 'utf8'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.message).join('\n')).toContain(words);
  });
});
