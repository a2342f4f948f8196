import type { ProcurementUnit } from '@shared/report';
import { useStore } from '../../store/store';

/**
 * The 2019 format prints 采购总金额 without a unit; the clerk says which one was meant, and print,
 * PDF and Word state it under the table.
 */
export function ProcurementUnitField() {
  const unit = useStore((s) => s.report?.settings.procurementUnit);
  const setUnit = useStore((s) => s.setProcurementUnit);
  return (
    <label className="table-setting">
      采购总金额的单位
      <select
        value={unit ?? ''}
        onChange={(e) => setUnit(e.target.value === '' ? undefined : (e.target.value as ProcurementUnit))}
      >
        <option value="">未注明</option>
        <option value="元">元</option>
        <option value="万元">万元</option>
      </select>
      <span className="muted">（官方表格未印单位，选定后在表格下方注明）</span>
    </label>
  );
}
