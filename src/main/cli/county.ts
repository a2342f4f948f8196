import { access } from 'node:fs/promises';
import { UNIT_STATUSES } from '@shared/county/assemble';
import type { CountyResult, UnitRow } from '@shared/county/assemble';
import { countyReport } from '@shared/county/county-report';
import { regionPrefixes } from '@shared/county/names';
import { KEY_TOTALS } from '@shared/county/totals';
import { FORMATS } from '@shared/format';
import { serializeReport } from '@shared/report';
import { SEVERITY_LABELS } from '@shared/rules';
import { writeFileAtomic } from '../files/atomic-write';
import { writeBundle } from '../county/bundle';
import { runCounty, runView } from '../county/run-county';
import type { CountyRun } from '../county/run-county';
import { writeSummaryCsv, writeSummaryXlsx } from '../county/summary-xlsx';
import { EXIT } from './io';
import type { CliIO } from './io';
import { withPdfContext } from './pdf-context';

export interface CountyOptions {
  folder: string;
  roster?: string;
  previous?: string;
  xlsx?: string;
  csv?: string;
  report?: string;
  bundle?: string;
  unit?: string;
  year?: string;
  includeOwn: boolean;
  include: string[];
  force: boolean;
  json: boolean;
}

/** Every roster unit (every unit found, without a roster) reported, and no report has an error. */
export function countyIsClean(result: CountyResult): boolean {
  const expected = result.hasRoster ? result.units.filter((u) => u.onRoster) : result.units;
  return (
    result.broken.length === 0 &&
    expected.every((u) => u.status === 'ok' || u.status === 'warnings' || u.status === 'review')
  );
}

/** The county report's body: the 本级 unit on the roster, else the county's region, else a placeholder. */
function countyUnitName(run: CountyRun, explicit?: string): string {
  if (explicit) return explicit.trim();
  const own = run.result.units.find((u) => u.own);
  if (own) return own.name;
  const regions = run.result.units.flatMap((u) =>
    u.files.flatMap((f) => (f.report?.unit.region ? [f.report.unit.region] : [])),
  );
  const county = regionPrefixes(regions[0] ?? '').at(-1);
  return county ? `${county}人民政府` : '县人民政府';
}

function printText(run: CountyRun, io: CliIO): void {
  const { result } = run;
  const counts = new Map<string, number>();
  for (const u of result.units) counts.set(u.status, (counts.get(u.status) ?? 0) + 1);
  io.out(`${result.year}年度 县级汇总（${FORMATS[result.formatId].name}）：${run.folder}\n`);
  io.out(`名单：${run.rosterSource ?? '没有名单（每份报告算一个单位）'}\n`);
  io.out(
    `${Object.entries(UNIT_STATUSES)
      .map(([id, label]) => `${label} ${counts.get(id) ?? 0}`)
      .join('、')}\n\n`,
  );
  const line = (u: UnitRow) =>
    `  ${UNIT_STATUSES[u.status].padEnd(7, '\u3000')}${u.name}${u.onRoster || !result.hasRoster ? '' : '（不在名单中）'}` +
    `${u.files.length ? `\u3000错误 ${u.counts.error}、警告 ${u.counts.warning}、提示 ${u.counts.info}` : ''}` +
    `${u.excluded ? `\u3000未计入：${u.excluded}` : ''}\n`;
  for (const u of result.units) {
    io.out(line(u));
    for (const f of u.files) io.out(`        ${f.rel}${f.reason ? `：${f.reason}` : ''}\n`);
    if (u.choice)
      io.out(`        ${u.choice.reason}${u.choice.by === 'chosen' ? '' : '（可在县级汇总中选择另一份）'}\n`);
    for (const f of u.findings.filter((x) => x.rule.startsWith('U') || x.severity === 'error'))
      io.out(`        [${f.rule} ${SEVERITY_LABELS[f.severity]}] ${f.message}\n`);
  }
  const unmatched = result.broken.filter((b) => !result.units.some((u) => u.files.some((f) => f.rel === b.rel)));
  if (unmatched.length) {
    io.out('\n无法读取、也对应不到名单单位的文件：\n');
    for (const b of unmatched) io.out(`  ${b.rel}：${b.reason}\n`);
  }
  if (run.ignored.length) io.out(`\n未读取（不是报告文件）：${run.ignored.map((i) => i.rel).join('、')}\n`);
  const sums = result.tables.cells;
  io.out(
    `\n汇总（计入 ${result.tables.sources.length} 个单位）：${KEY_TOTALS.filter((t) =>
      t.cells.every((id) => id in sums),
    )
      .map((t) => `${t.label} ${t.cells.reduce((s, id) => s + (sums[id] ?? 0), 0)}`)
      .join('、')}\n`,
  );
  if (run.changes) {
    const { added, removed, changed, since } = run.changes;
    io.out(
      `与上次汇总（${since}）相比：新增 ${added.length}${added.length ? `（${added.join('、')}）` : ''}，文件内容变化 ${changed.length}${changed.length ? `（${changed.join('、')}）` : ''}，不再计入 ${removed.length}${removed.length ? `（${removed.join('、')}）` : ''}。\n`,
    );
  }
  for (const n of run.notes) io.out(`注意：${n}\n`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `nianbao county <folder>`: read the workspace, judge and sum it, write what was asked for. */
export async function countyCommand(options: CountyOptions, io: CliIO): Promise<number> {
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2019 && year <= 2100)) {
    io.err(`--year 应为 2019 年以后的年度，实际为“${options.year}”。\n`);
    return EXIT.unusable;
  }
  if (options.report && !options.force && (await exists(options.report))) {
    io.err(`文件“${options.report}”已存在，未覆盖（县报告可能已经在编辑）。如确需覆盖，请加 --force。\n`);
    return EXIT.unusable;
  }
  const outcome = await runCounty(options.folder, {
    ...(options.roster ? { roster: options.roster } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(year ? { year } : {}),
    ...(options.includeOwn ? { includeOwn: true } : {}),
    ...(options.include.length ? { include: options.include } : {}),
    remember: true,
  });
  if (!outcome.ok) {
    io.err(`${outcome.message}\n`);
    return EXIT.unusable;
  }
  const { run } = outcome;
  let written = true;
  const attempt = async (what: string, path: string, write: () => Promise<void>) => {
    try {
      await write();
      if (!options.json) io.out(`已写出${what}“${path}”。\n`);
    } catch (error) {
      io.err(`无法写出${what}“${path}”：${(error as Error).message}\n`);
      written = false;
    }
  };
  if (options.xlsx) await attempt('汇总表', options.xlsx, () => writeSummaryXlsx(run.result, options.xlsx ?? ''));
  if (options.csv) await attempt('汇总表', options.csv, () => writeSummaryCsv(run.result, options.csv ?? ''));
  if (options.report) {
    const report = countyReport(run.result.tables, {
      year: run.result.year,
      unitName: countyUnitName(run, options.unit),
    });
    await attempt('县级报告', options.report, () => writeFileAtomic(options.report ?? '', serializeReport(report)));
  }
  if (options.bundle) {
    const dir = options.bundle;
    const bundled = await withPdfContext(io, (context) => writeBundle(run.folder, run.result, dir, context));
    if (!bundled?.ok) {
      if (bundled) io.err(`${bundled.error.message}\n`);
      written = false;
    } else {
      if (!options.json) io.out(`已写出集中公布包“${dir}”：${bundled.value.items.length} 份报告和 index.html。\n`);
      for (const s of bundled.value.skipped) io.err(`未放入公布包：${s}\n`);
    }
  }
  if (options.json) io.out(`${JSON.stringify(runView(run), null, 2)}\n`);
  else printText(run, io);
  if (!written) return EXIT.unusable;
  return countyIsClean(run.result) ? EXIT.ok : EXIT.findings;
}
