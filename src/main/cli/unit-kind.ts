import { UNIT_KIND_LABELS, UNIT_KINDS } from '@shared/report';
import type { UnitKind } from '@shared/report';

/** The names a clerk types for each kind of unit, besides the file's own word and the official label. */
const NAMES: Readonly<Record<UnitKind, readonly string[]>> = {
  township: ['乡镇', '街道', '乡', '镇', '乡镇人民政府', '街道办事处'],
  'county-department': ['县级部门', '部门', '县级人民政府部门'],
  'county-government': ['县政府', '县级政府', '县人民政府', '区政府', '区人民政府'],
  other: ['其他'],
};

/** `--kind` in English (township) or Chinese (乡镇, 街道, 县级部门, 县政府); undefined when it names no kind. */
export function unitKindOf(text: string): UnitKind | undefined {
  const t = text.trim();
  return UNIT_KINDS.find((k) => k === t.toLowerCase() || UNIT_KIND_LABELS[k] === t || NAMES[k].includes(t));
}

/** 「township（乡镇、街道）、…」 for the usage and the refusal. */
export const UNIT_KIND_CHOICES = UNIT_KINDS.map((k) => `${k}（${NAMES[k].slice(0, 2).join('、')}）`).join('、');
