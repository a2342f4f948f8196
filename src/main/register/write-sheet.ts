import ExcelJS from 'exceljs';
import { T3_APPLICANTS } from '@shared/format';
import type { FormatId } from '@shared/format';
import { outcomeLabel } from '@shared/register';
import type { Application } from '@shared/register';
import { REGISTER_FIELDS } from '@shared/register/table-import';
import type { RegisterField } from '@shared/register/table-import';

const DATE_FIELDS = new Set<RegisterField>([
  'received',
  'answered',
  'correctionNotified',
  'correctionReplied',
  'extended',
  'consultationFrom',
  'consultationTo',
  'feeNotice',
]);

function fieldValue(app: Application, field: RegisterField, formatId: FormatId): string {
  switch (field) {
    case 'applicant':
      return T3_APPLICANTS.find((a) => a.id === app.applicant)?.label ?? app.applicant;
    case 'outcome':
      return app.outcome ? outcomeLabel(app.outcome, formatId) : '';
    case 'correctionNotified':
      return app.correction?.notified ?? '';
    case 'correctionReplied':
      return app.correction?.replied ?? '';
    case 'consultationFrom':
      return app.consultation?.from ?? '';
    case 'consultationTo':
      return app.consultation?.to ?? '';
    case 'carriedIn':
      return app.carriedIn ? '是' : '';
    default:
      return app[field] ?? '';
  }
}

/**
 * The register as an `.xlsx` the office keeps (with the applicants' names: it is the office's own
 * register, not a publication), with the headers that `nianbao register --import` reads back unasked.
 */
export async function registerWorkbook(
  applications: readonly Application[],
  formatId: FormatId,
  title: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报编辑器 nianbao';
  const sheet = workbook.addWorksheet('登记台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_FIELDS.map((f) => ({
    header: f.label,
    key: f.key,
    width: f.key === 'subject' ? 40 : f.key === 'outcome' ? 36 : DATE_FIELDS.has(f.key) ? 13 : 12,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const app of applications) {
    const row: Record<string, string | Date> = {};
    for (const f of REGISTER_FIELDS) {
      const v = fieldValue(app, f.key, formatId);
      row[f.key] = DATE_FIELDS.has(f.key) && v ? new Date(`${v}T00:00:00Z`) : v;
    }
    sheet.addRow(row);
  }
  for (const f of REGISTER_FIELDS) if (DATE_FIELDS.has(f.key)) sheet.getColumn(f.key).numFmt = 'yyyy-mm-dd';
  workbook.title = title;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
