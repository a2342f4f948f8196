import { formatIndex } from '../format';
import type { FormatId } from '../format';
import type { Cells, ProcurementUnit, Report } from '../report';
import { fromMillionths, toMillionths } from './decimal';

/** One unit's report going into the county's sums, and the file it came from. */
export interface AggregateSource {
  key: string;
  name: string;
  report: Report;
  file: string;
  sha256: string;
}

export interface SourceRecord {
  key: string;
  name: string;
  file: string;
  sha256: string;
  formatId: FormatId;
  /** Cells of the county's format this unit's format has no counterpart for (a unit in the other format). */
  unmapped: string[];
}

export interface CountyTables {
  formatId: FormatId;
  cells: Cells;
  procurementUnit?: ProcurementUnit;
  /** Which units and files went into every sum (each cell sums all of them but their `unmapped` cells). */
  sources: SourceRecord[];
  notes: string[];
}

/**
 * A cell of one format as the other format names it. The only documented difference in T3 is
 * （六）其他处理: one row in 2019, three in 2021; a 2019 row counts as 2021's （六）3.其他, and 2021's three
 * rows add up to 2019's one. T4 is the same in both; T2 cells keep their meaning where they keep their id
 * (处理决定数量 of 许可/处罚/强制); the rest of T2 was measured differently and has no counterpart.
 */
export function mapCellId(id: string, from: FormatId, to: FormatId): string | undefined {
  if (from === to) return id;
  const other = /^T3\.other\.(?:(no_correction|no_fee|misc)\.)?(\w+)$/.exec(id);
  if (other) {
    const [, item, col] = other;
    if (to === 'gov-2021') return item ? undefined : `T3.other.misc.${col}`;
    return item ? `T3.other.${col}` : undefined;
  }
  return formatIndex(to).byId.has(id) ? id : undefined;
}

/** 「三、（六）其他处理」 mapping, said once wherever a unit in the other format is summed. */
export const OTHER_ROW_MAPPING =
  '2019年试行格式的“（六）其他处理”一行计入2021年格式的“（六）3.其他”；2021年格式的（六）1—3项合计计入2019年格式的“（六）其他处理”。';

function procurementUnitOf(sources: readonly AggregateSource[]): ProcurementUnit | undefined {
  const units = new Set(
    sources.filter((s) => s.report.formatId === 'gov-2019').map((s) => s.report.settings.procurementUnit ?? '元'),
  );
  if (units.size === 0) return undefined;
  return units.size === 1 ? [...units][0] : '万元';
}

/**
 * The county's tables in `formatId`: every cell the sum of the units' cells (blank counting as 0),
 * counts added as integers and amounts as exact decimals (spec §9: nothing is averaged).
 */
export function aggregate(formatId: FormatId, sources: readonly AggregateSource[]): CountyTables {
  const index = formatIndex(formatId);
  const counts = new Map<string, number>();
  const amounts = new Map<string, bigint>();
  for (const c of index.cells) {
    if (c.kind === 'amount') amounts.set(c.id, 0n);
    else counts.set(c.id, 0);
  }
  const procurementUnit = procurementUnitOf(sources);
  const notes: string[] = [];
  const records: SourceRecord[] = [];
  for (const s of sources) {
    const from = s.report.formatId;
    const covered = new Set<string>();
    const cells = s.report.cells;
    // for…in, not Object.entries: the same keys in the same order, without a pair per cell of every unit.
    for (const id in cells) {
      const value = cells[id];
      // The common case (the county's own format) needs no mapping and no record of what was covered.
      const target = from === formatId ? id : mapCellId(id, from, formatId);
      if (target === undefined) continue;
      if (from !== formatId) covered.add(target);
      if (value === null || value === undefined) continue;
      const amount = amounts.get(target);
      if (amount === undefined) counts.set(target, (counts.get(target) ?? 0) + value);
      else {
        let m = toMillionths(value);
        // 采购总金额 in 元 joins a county total kept in 万元 (units chose differently).
        if (
          id === 'T2.a20_9.procurement.amount' &&
          procurementUnit === '万元' &&
          s.report.settings.procurementUnit !== '万元'
        )
          m /= 10_000n;
        amounts.set(target, amount + m);
      }
    }
    const unmapped = from === formatId ? [] : index.cells.map((c) => c.id).filter((id) => !covered.has(id));
    records.push({ key: s.key, name: s.name, file: s.file, sha256: s.sha256, formatId: from, unmapped });
  }
  if (records.some((r) => r.formatId !== formatId)) notes.push(OTHER_ROW_MAPPING);
  if (
    procurementUnit === '万元' &&
    sources.some((s) => s.report.formatId === 'gov-2019' && s.report.settings.procurementUnit !== '万元')
  )
    notes.push('各单位“采购总金额”的单位不同：以“元”填写的已换算为“万元”后相加。');
  const cells: Cells = {};
  for (const c of index.cells) {
    const amount = amounts.get(c.id);
    cells[c.id] = amount === undefined ? (counts.get(c.id) ?? 0) : fromMillionths(amount);
  }
  return { formatId, cells, ...(procurementUnit ? { procurementUnit } : {}), sources: records, notes };
}

/** What changed since the last run: units whose file is new, gone, or has other content (by hash). */
export interface RunChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export function compareSources(
  before: readonly Pick<SourceRecord, 'name' | 'sha256'>[],
  now: readonly Pick<SourceRecord, 'name' | 'sha256'>[],
): RunChanges {
  const old = new Map(before.map((s) => [s.name, s.sha256]));
  const cur = new Map(now.map((s) => [s.name, s.sha256]));
  return {
    added: [...cur.keys()].filter((n) => !old.has(n)),
    removed: [...old.keys()].filter((n) => !cur.has(n)),
    changed: [...cur].filter(([n, h]) => old.has(n) && old.get(n) !== h).map(([n]) => n),
  };
}
