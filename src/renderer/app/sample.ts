import { parseReportFile } from '@shared/report';
import type { Report } from '@shared/report';
import sampleText from '../../../resources/sample/sample-report.nianbao?raw';

/** The built-in sample report that the first run opens; it goes through the same loader as any file. */
export function loadSampleReport(): Report {
  const result = parseReportFile(sampleText);
  if (!result.ok) throw new Error(`内置示例报告无法读取：${result.errors.map((e) => e.message).join('；')}`);
  return result.report;
}
