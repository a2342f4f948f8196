import { access } from 'node:fs/promises';
import { FORMATS } from '@shared/format';
import { emptyReport, serializeReport } from '@shared/report';
import { checkYear } from '@shared/report/load';
import { writeFileAtomic } from '../files/atomic-write';
import { describeSaveError } from '../files/save-errors';
import { EXIT } from './io';
import type { CliIO } from './io';
import { UNIT_KIND_CHOICES, unitKindOf } from './unit-kind';

export interface NewOptions {
  year?: string;
  unit?: string;
  kind?: string;
  region?: string;
  output?: string;
  force: boolean;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function newCommand(options: NewOptions, io: CliIO): Promise<number> {
  const problems: string[] = [];
  const year = Number(options.year);
  if (!options.year) problems.push('缺少 --year（报告年度，如 2021）。');
  else if (!/^\d{4}$/.test(options.year)) problems.push(`--year 应为四位数的年度，实际为“${options.year}”。`);
  else {
    const yearProblem = checkYear(year);
    if (yearProblem) problems.push(yearProblem);
  }
  if (!options.unit?.trim()) problems.push('缺少 --unit（单位全称，如 某镇人民政府）。');
  const kind = unitKindOf(options.kind ?? 'township');
  if (!kind) problems.push(`--kind 应为 ${UNIT_KIND_CHOICES} 之一，实际为“${options.kind}”。`);
  if (!options.output) problems.push('缺少 -o（要创建的报告文件，如 某镇2021.nianbao）。');
  if (problems.length > 0 || !options.output || !options.unit || !kind) {
    for (const p of problems) io.err(`${p}\n`);
    return EXIT.unusable;
  }
  if (!options.force && (await exists(options.output))) {
    io.err(`文件“${options.output}”已存在，未覆盖。如确需覆盖，请加 --force。\n`);
    return EXIT.unusable;
  }
  const report = emptyReport({ year, unitName: options.unit.trim(), kind, region: options.region ?? '' });
  try {
    await writeFileAtomic(options.output, serializeReport(report));
  } catch (error) {
    io.err(`${describeSaveError(error, options.output).message}\n`);
    return EXIT.unusable;
  }
  io.out(`已创建“${options.output}”：${report.title}（${FORMATS[report.formatId].name}）。\n`);
  return EXIT.ok;
}
