import type { TableId } from '../format';
import type { Report } from '../report';

/**
 * A line printed under a table. The 2019 format's 政府集中采购 row prints no unit for 采购总金额, so
 * the unit the clerk chose is stated under table two, leaving the official label as it is.
 */
export function tableNote(report: Report, table: TableId): string | undefined {
  const unit = report.settings.procurementUnit;
  return table === 'T2' && report.formatId === 'gov-2019' && unit ? `注：采购总金额单位为${unit}。` : undefined;
}
