import { join } from 'node:path';
import type { Report } from '@shared/report';

/** Where reports live unless the clerk chooses otherwise: 文档/年报. */
export function defaultReportFolder(documents: string): string {
  return join(documents, '年报');
}

/** 「某镇人民政府2025年政府信息公开工作年度报告」 with what Windows forbids in names removed. */
export function suggestedFileName(report: Report, extension: string): string {
  const base = [...`${report.unit.name}${report.year}年政府信息公开工作年度报告`]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
    .join('')
    .trim();
  return `${base || '政府信息公开工作年度报告'}.${extension}`;
}
