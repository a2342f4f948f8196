import type { Report } from '../report/types';
import { PERSONAL_FIELDS } from './types';

/**
 * The report as it may leave the editor: every application without its applicant's name and contact.
 * The one place personal data is removed — print, PDF (pages and the attached report.nianbao), DOCX and
 * the county's outputs all go through it, so a new personal field is added to PERSONAL_FIELDS once.
 */
export function withoutPersonalData(report: Report): Report {
  if (!report.register) return report;
  const applications = report.register.applications.map((app) => {
    if (!PERSONAL_FIELDS.some((f) => f in app)) return app;
    const copy = { ...app };
    for (const f of PERSONAL_FIELDS) delete copy[f];
    return copy;
  });
  return { ...report, register: { ...report.register, applications } };
}
