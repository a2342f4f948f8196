import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { serializeReport } from '@shared/report';
import type { Report } from '@shared/report';
import { withoutPersonalData } from '@shared/register/personal';
import { ATTACHMENT_NAME } from '../import/pdf-data';
import { sealAttachments } from './attachment-seal';

export interface PdfInfo {
  creator: string;
  now: Date;
}

/**
 * What the county needs from the PDF besides its pages: document properties, and the report's own data
 * attached, so the PDF can be imported again without loss and collected by the county office.
 * Parsed and written in one go: pdf-lib's default of yielding every 50–100 objects costs a timer tick
 * each, and a five-page report has ~700 objects (most of an export's time after printing, under load).
 */
export async function finishPdf(pdf: Uint8Array, report: Report, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(report.title, { showInWindowTitleBar: true });
  doc.setAuthor(report.unit.name);
  doc.setSubject(`${report.year}年政府信息公开工作年度报告`);
  doc.setKeywords(['政府信息公开', '年度报告', String(report.year), report.unit.name, report.formatId]);
  doc.setCreator(info.creator);
  doc.setProducer(info.creator);
  doc.setLanguage('zh-CN');
  doc.setCreationDate(info.now);
  doc.setModificationDate(info.now);
  const data = Buffer.from(serializeReport(withoutPersonalData(report)), 'utf8');
  await doc.attach(data, ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: '年报编辑器报告数据（可重新导入）',
    creationDate: info.now,
    modificationDate: info.now,
  });
  await doc.flush();
  sealAttachments(doc, data);
  return doc.save({ objectsPerTick: Infinity });
}
