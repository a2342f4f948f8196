import { UNIT_KIND_LABELS, UNIT_KINDS } from '@shared/report';
import type { UnitKind } from '@shared/report';

export function UnitKindSelect({ value, onChange }: { value: UnitKind; onChange: (kind: UnitKind) => void }) {
  return (
    <select name="kind" value={value} onChange={(e) => onChange(e.target.value as UnitKind)}>
      {UNIT_KINDS.map((k) => (
        <option key={k} value={k}>
          {UNIT_KIND_LABELS[k]}
        </option>
      ))}
    </select>
  );
}
