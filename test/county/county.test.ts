import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { parseReportFile } from '@shared/report/load';
import { evaluate } from '@shared/rules';
import { mapCellId } from '@shared/county/aggregate';
import { runCli } from '../../src/main/cli/run';
import { runCounty, runView } from '../../src/main/county/run-county';
import type { CountyRun } from '../../src/main/county/run-county';
import { writeBundle } from '../../src/main/county/bundle';
import { chromiumExports } from '../export/renderer';
import { ROLE, ROSTER, writeCounty } from './county-fixture';
import type { County } from './county-fixture';

const exporter = chromiumExports();
let county: County;
let run: CountyRun;

async function snapshot(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(p, (await stat(p)).mtimeMs);
    }
  };
  await walk(dir);
  return out;
}

beforeAll(async () => {
  county = await writeCounty(exporter.context);
  const outcome = await runCounty(county.folder, { roster: county.roster, previous: county.previous });
  if (!outcome.ok) throw new Error(outcome.message);
  run = outcome.run;
}, 60_000);
afterAll(() => exporter.close());

const unit = (i: number) => {
  const row = run.result.units.find((u) => u.name === ROSTER[i]?.name);
  if (!row) throw new Error(`no row for ${ROSTER[i]?.name}`);
  return row;
};

describe('a county of 30 units, read from its folder', () => {
  it('gives every roster unit its status, in roster order, and lists what else is there', () => {
    const expected = ROSTER.map((_, i): string => {
      if (i === ROLE.missing[0]) return 'errors'; // sent only an old .doc: matched by its file name
      if (i === ROLE.missing[1] || i === ROLE.missing[2]) return 'missing';
      if (i === ROLE.errors) return 'errors';
      if (i === ROLE.oldFormat) return 'mismatch';
      if ([ROLE.copier, ROLE.copied, ROLE.jump, ROLE.carry, ROLE.sameTableA, ROLE.sameTableB].includes(i as never))
        return 'warnings';
      return 'ok';
    });
    expect(run.result.units.slice(0, ROSTER.length).map((u) => u.status)).toEqual(expected);
    expect(run.result.units.slice(0, ROSTER.length).every((u) => u.onRoster)).toBe(true);
    // Not on the roster: shown as its own row, never merged into another or dropped.
    const extra = run.result.units.slice(ROSTER.length);
    expect(extra.map((u) => [u.name, u.onRoster, u.included, u.excluded])).toEqual([
      ['沭阳县审计局', false, false, '不在名单中'],
    ]);
    expect(run.result.broken.map((b) => b.rel).sort()).toEqual(
      [`${ROSTER[ROLE.missing[0]]?.name}.doc`, '损坏的报告.nianbao'].sort(),
    );
    expect(run.result.broken.find((b) => b.rel.endsWith('.doc'))?.reason).toMatch(/Word 97-2003|\.docx/);
    expect(run.ignored.map((i) => i.rel)).toEqual(['说明.jpg']);
    expect(run.rosterSource).toBe(county.roster);
  });

  it('matches names written differently: the alias 县发改局, a file in a subfolder, a PDF, a Word file', () => {
    expect(unit(ROLE.alias).files.map((f) => f.rel)).toEqual(['发展和改革局2021年报.nianbao']);
    expect(unit(ROLE.fromWord).files.map((f) => [f.rel, f.kind])).toEqual([
      [join('邮件附件', `${ROSTER[ROLE.fromWord]?.name}.docx`), 'import'],
    ]);
    expect(unit(ROLE.fromPdf).files.map((f) => f.kind)).toEqual(['pdf']);
    // What was read from the PDF's data and from Word is the report as the unit wrote it.
    for (const i of [ROLE.fromPdf, ROLE.fromWord])
      expect(unit(i).files[0]?.report?.cells).toEqual(county.reports.get(i)?.cells);
    // Two versions: both listed, the one dated later counts (the clerk may choose the other).
    const two = unit(ROLE.twoFiles);
    const later = `${ROSTER[ROLE.twoFiles]?.name.replace('沭阳县', '')}2021年报（修改后）.nianbao`;
    expect(two.files).toHaveLength(2);
    expect([two.included, two.excluded, two.choice]).toEqual([
      true,
      undefined,
      { file: later, by: 'date', reason: `报送了 2 份文件，计入落款日期最新（2022-01-25）的“${later}”` },
    ]);
  });

  it('counts and lists each unit’s own findings as the editor would show them', () => {
    for (const [i, report] of county.reports) {
      const own = unit(i).findings.filter((f) => !f.rule.startsWith('U'));
      if (i === ROLE.twoFiles || i === ROLE.fromWord) continue;
      expect(own).toEqual(evaluate(report));
    }
    expect(unit(ROLE.errors).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['H1', 'H2']));
    expect(unit(ROLE.oldFormat).findings.map((f) => f.rule)).toContain('H6');
    expect(unit(ROLE.missing[0]).findings.map((f) => f.rule)).toEqual(['U0']);
  });

  it('finds every cross-unit problem and nothing else', () => {
    const cross = run.result.units.flatMap((u) =>
      u.findings.filter((f) => /^U[1-5]$/.test(f.rule)).map((f) => `${u.name} ${f.rule}`),
    );
    const name = (i: number) => ROSTER[i]?.name ?? '';
    expect(cross.sort()).toEqual(
      [
        `${name(ROLE.copied)} U1`,
        `${name(ROLE.copier)} U1`,
        `${name(ROLE.sameTableA)} U2`,
        `${name(ROLE.sameTableA)} U2`,
        `${name(ROLE.sameTableB)} U2`,
        `${name(ROLE.sameTableB)} U2`,
        `${name(ROLE.jump)} U3`,
        // Its （七）总计 left at 0 is also a fall from last year's 办结: the county sees the error twice.
        `${name(ROLE.errors)} U3`,
        `${name(ROLE.carry)} U4`,
        `${name(ROLE.otherShare)} U5`,
      ].sort(),
    );
    const msg = (i: number, rule: string) => unit(i).findings.find((f) => f.rule === rule)?.message;
    expect(msg(ROLE.copier, 'U1')).toContain(name(ROLE.copied));
    expect(msg(ROLE.jump, 'U3')).toContain('新收申请由2020年度的 10 变为 60');
    expect(msg(ROLE.carry, 'U4')).toContain('自然人列本年为 2、上年为 0');
    expect(msg(ROLE.otherShare, 'U5')).toMatch(/75\.0%（15\/20）/);
  });

  it('sums every cell of the included units exactly (checked against a sum written here)', () => {
    const included = [...county.reports.keys()].filter((i) => i !== ROLE.oldFormat);
    expect(run.result.tables.sources.map((s) => s.name).sort()).toEqual(
      included.map((i) => ROSTER[i]?.name ?? '').sort(),
    );
    for (const c of formatIndex('gov-2021').cells) {
      // Amounts in integers of millionths, counts as they are: no float drift either way.
      const sum = included.reduce((s, i) => s + Math.round((county.reports.get(i)?.cells[c.id] ?? 0) * 1e6), 0);
      expect([c.id, Math.round((run.result.tables.cells[c.id] ?? 0) * 1e6)]).toEqual([c.id, sum]);
    }
    const fee = run.result.tables.cells['T2.a20_8.admin_fee.amount'] ?? 0;
    expect(String(fee)).toMatch(/^\d+(\.\d{1,6})?$/);
    for (const s of run.result.tables.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sums a unit in the 2019 format when the clerk includes it, its （六） row as （六）3.其他', async () => {
    const name = ROSTER[ROLE.oldFormat]?.name ?? '';
    const outcome = await runCounty(county.folder, { roster: county.roster, include: [name] });
    if (!outcome.ok) throw new Error(outcome.message);
    const { tables } = outcome.run.result;
    const old = county.reports.get(ROLE.oldFormat);
    const source = tables.sources.find((s) => s.name === name);
    expect(source?.formatId).toBe('gov-2019');
    expect(source?.unmapped).toContain('T2.a20_1.normative.in_force');
    expect((tables.cells['T3.other.misc.natural'] ?? 0) - (run.result.tables.cells['T3.other.misc.natural'] ?? 0)).toBe(
      old?.cells['T3.other.natural'],
    );
    expect(mapCellId('T3.other.total', 'gov-2019', 'gov-2021')).toBe('T3.other.misc.total');
    expect(outcome.run.notes.join('')).toContain('（六）3.其他');
  });

  it('never writes a file of the workspace', async () => {
    const before = await snapshot(county.folder);
    await runCounty(county.folder, { roster: county.roster, previous: county.previous });
    expect(await snapshot(county.folder)).toEqual(before);
  });
});

describe('nianbao county', () => {
  const cli = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };

  it('exits 1 with units missing or wrong, 2 for a folder that is not there, and says what it did', async () => {
    const xlsx = join(county.dir, '汇总表.xlsx');
    const report = join(county.dir, '县报告.nianbao');
    const r = await cli([
      'county',
      county.folder,
      '--roster',
      county.roster,
      '--previous',
      county.previous,
      '--xlsx',
      xlsx,
      '--csv',
      join(county.dir, '汇总表.csv'),
      '--report',
      report,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('未报 2');
    // Which of the two versions it took, and why.
    expect(r.out).toMatch(
      /报送了 2 份文件，计入落款日期最新（2022-01-25）的“.*（修改后）\.nianbao”（可在县级汇总中选择另一份）/,
    );
    expect(r.out).toContain(`已写出汇总表“${xlsx}”`);
    const missing = await cli(['county', join(county.dir, '没有这个文件夹')]);
    expect([missing.code, missing.err]).toEqual([
      2,
      `无法读取文件夹“${join(county.dir, '没有这个文件夹')}”：文件夹不存在。\n`,
    ]);
    // The county report holds the sums and opens as any report does.
    const loaded = parseReportFile(await readFile(report, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    expect(loaded.report.unit.kind).toBe('county-government');
    expect(loaded.report.unit.name).toBe('沭阳县人民政府');
    expect(loaded.report.cells).toEqual(run.result.tables.cells);
    const again = await cli(['county', county.folder, '--roster', county.roster, '--report', report]);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining('已存在，未覆盖')]);
  });

  it('--json gives every unit, status and sum; a second run says what changed', async () => {
    const r = await cli(['county', county.folder, '--roster', county.roster, '--previous', county.previous, '--json']);
    const json = JSON.parse(r.out) as {
      units: { name: string; status: string }[];
      tables: { cells: Record<string, number> };
      changes: { changed: string[] } | null;
    };
    expect(json.units.map((u) => u.status)).toEqual(run.result.units.map((u) => u.status));
    expect(json.tables.cells).toEqual(run.result.tables.cells);
    // The screen's own view model, less the workspace id the renderer uses.
    expect(json).toEqual(JSON.parse(JSON.stringify(runView({ ...run, changes: json.changes as never }))));
    expect(json.changes?.changed).toEqual([]);
  });

  it('writes an 汇总表 that LibreOffice reads back with the same numbers', async () => {
    const xlsx = join(county.dir, '汇总表.xlsx');
    const outDir = join(county.dir, 'csv');
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${county.dir}/lo`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        outDir,
        xlsx,
      ],
      { stdio: 'ignore' },
    );
    const files = (await readdir(outDir)).sort();
    expect(files).toHaveLength(5);
    const sheet = async (name: string) =>
      (await readFile(join(outDir, files.find((f) => f.includes(name)) ?? ''), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => l.split(','));
    const units = await sheet('各单位汇总');
    expect(units[0]?.slice(0, 7)).toEqual(['序号', '单位', '类型', '名单', '状态', '文件', '新收申请']);
    for (const u of run.result.units) {
      const row = units.find((r) => r[1] === u.name);
      expect(row?.[4]).toBe(
        {
          missing: '未报',
          ok: '已报',
          review: '导入待核对',
          errors: '有错误',
          warnings: '有警告',
          mismatch: '格式与年度不符',
        }[u.status],
      );
      expect(Number(row?.[6] || 'NaN')).toEqual(u.totals ? u.totals.new : Number.NaN);
      expect(Number(row?.[14] ?? '')).toBe(u.counts.error);
    }
    const countySheet = await sheet('县汇总表');
    for (const [id, v] of Object.entries(run.result.tables.cells))
      expect(Number(countySheet.find((r) => r[0] === id)?.at(-1))).toBe(v);
  }, 60_000);

  it('makes the 集中公布包: each unit’s PDF by its title, and index.html in roster order', async () => {
    const dir = join(county.folder, '公布包');
    // Every kind of unit, not all 30 (each PDF takes Chromium a second or two on a shared machine):
    // exported from .nianbao and from Word, the unit's own PDF, two files, nothing sent.
    const some = [0, 1, ROLE.fromPdf, ROLE.fromWord, ROLE.twoFiles, ROLE.missing[1]].map((i) => unit(i));
    const bundle = await writeBundle(county.folder, { ...run.result, units: some }, dir, exporter.context);
    if (!bundle.ok) throw new Error(bundle.error.message);
    const names = bundle.value.items.map((it) => it.file);
    // Of the two versions, the one that counts.
    expect(names).toEqual(
      [0, 1, ROLE.fromPdf, ROLE.fromWord, ROLE.twoFiles].map(
        (i) => `${ROSTER[i]?.name}2021年政府信息公开工作年度报告.pdf`,
      ),
    );
    expect(bundle.value.skipped).toEqual([]);
    // The unit's own PDF goes in as it sent it.
    expect(await readFile(join(dir, names.find((n) => n.startsWith(ROSTER[ROLE.fromPdf]?.name ?? '')) ?? ''))).toEqual(
      await readFile(join(county.folder, `${ROSTER[ROLE.fromPdf]?.name.replace('沭阳县', '')}2021年报.pdf`)),
    );
    const exported = execFileSync('pdftotext', [join(dir, names[0] ?? ''), '-']).toString();
    expect(exported.replace(/\s/g, '')).toContain(`${ROSTER[0]?.name}2021年政府信息公开工作年度报告`);
    const index = await readFile(join(dir, 'index.html'), 'utf8');
    const order = bundle.value.items.map((it) => index.indexOf(it.title));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] ?? 0)))).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()).toEqual([...names].sort());
    // The bundle lies in the workspace: the next run does not read it as reports.
    const again = await runCounty(county.folder, { roster: county.roster });
    expect(again.ok && again.run.result.units.map((u) => u.files.length)).toEqual(
      run.result.units.map((u) => u.files.length),
    );
  }, 120_000);
});
