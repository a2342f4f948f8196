import type { Report } from '@shared/report';
import { readReportFile } from '../files/read-report';
import type { CliIO } from './io';

/** Reads a report for a command, saying why on stderr when it cannot. */
export async function loadForCli(path: string, io: CliIO, role = '报告'): Promise<Report | undefined> {
  const result = await readReportFile(path);
  if (!result.ok) {
    io.err(`无法读取${role}文件“${path}”：\n`);
    for (const e of result.errors) io.err(`  ${e.message}\n`);
    return undefined;
  }
  for (const notice of result.notices) io.err(`注意：${notice}\n`);
  return result.report;
}
