import { FORMATS, NARRATIVE_PARTS, TABLE_NAMES, T3_COLUMNS, t3ColumnName, t3OutcomeRows } from '../format';
import type { NarrativePartId, TableId } from '../format';
import type { Report } from '../report';
import { DEFAULT_RULE_SETTINGS } from '../rules/types';
import type { Finding, RuleSettings, Severity } from '../rules/types';
import { nearDuplicateGroups } from './sketch';
import { KEY_TOTALS, keyTotals } from './totals';

/** A unit as the cross-unit checks see it: its key (roster match), its name and its report. */
export interface CrossUnit {
  key: string;
  name: string;
  report: Report;
}

/** A finding about one unit that another unit's report (or last year's) gave rise to. */
export interface UnitFinding extends Finding {
  unit: string;
}

export interface CrossRuleDef {
  id: string;
  severity: Severity;
  title: string;
}

/** The county's checks across units (spec §1: 雷同 among reports; §7 W2, X1 seen from the county). */
export const CROSS_RULES = {
  U1: { id: 'U1', severity: 'warning', title: '正文与其他单位雷同' },
  U2: { id: 'U2', severity: 'warning', title: '表格与其他单位完全相同' },
  U3: { id: 'U3', severity: 'warning', title: '主要数字与上年相比变化过大（×5 或 ×0.2）' },
  U4: { id: 'U4', severity: 'warning', title: '上年结转与本单位上年报告的结转下年度不符' },
  U5: { id: 'U5', severity: 'info', title: '“其他处理”占比远高于全县' },
} as const satisfies Record<string, CrossRuleDef>;

export interface CrossSettings {
  /** U3: a key figure counts as jumping when it is this many times last year's, or less than its inverse. */
  jumpFactor: number;
  /** U3: figures below this in both years are too small to compare. */
  jumpMin: number;
  /** U5: a unit's share counts as far above the county's when at least this many times it … */
  otherShareFactor: number;
  /** … and at least this many percentage points above it, over at least `otherShareMinOutcomes` outcomes. */
  otherShareMargin: number;
  otherShareMinOutcomes: number;
}

export const DEFAULT_CROSS_SETTINGS: CrossSettings = {
  jumpFactor: 5,
  jumpMin: 10,
  otherShareFactor: 2,
  otherShareMargin: 0.15,
  otherShareMinOutcomes: 10,
};

const PART_NAMES: Record<NarrativePartId, string> = {
  overview: '第一部分“总体情况”',
  problems: '第五部分“存在的主要问题及改进情况”',
  other: '第六部分“其他需要报告的事项”',
};

function finding(
  rule: keyof typeof CROSS_RULES,
  unit: string,
  message: string,
  extra: Partial<Finding> = {},
): UnitFinding {
  const def = CROSS_RULES[rule];
  return { rule: def.id, severity: def.severity, cells: [], message, unit, ...extra };
}

/**
 * 「A、B、C」 or 「A、B、C、D、E等 N 个单位」: the other names of a group. A text or table copied by
 * hundreds of units names a few of the others, so each member costs the same however large the group.
 */
function othersThan(names: readonly string[], own: string): string {
  const others = names.slice(0, 6).filter((n) => n !== own);
  const total = names.length - 1; // a group's names include the unit's own
  return total <= 5 ? others.slice(0, 5).join('、') : `${others.slice(0, 5).join('、')}等 ${total} 个单位`;
}

/** U1: a narrative part (nearly) identical to the same part of another unit's report. */
function copiedNarratives(units: readonly CrossUnit[], threshold: number): UnitFinding[] {
  const out: UnitFinding[] = [];
  for (const part of NARRATIVE_PARTS) {
    const items = units.map((u) => ({ owner: u.key, text: u.report.parts[part] }));
    for (const group of nearDuplicateGroups(items, threshold)) {
      const names = [...new Set(group.map((j) => units[j]?.name ?? ''))];
      if (names.length < 2) continue;
      for (const i of group) {
        const me = units[i];
        if (!me) continue;
        out.push(
          finding(
            'U1',
            me.key,
            `${PART_NAMES[part]}与${othersThan(names, me.name)}的同一部分雷同（相似度 ≥ ${Math.round(threshold * 100)}%）。`,
            { part },
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Two townships that each had 2 applications, both disclosed, have identical T3 tables by right: a
 * table counts as copied only when at least this many of its own (not total) cells are non-zero.
 */
const MIN_IDENTICAL_INPUTS = 4;

/** U2: a table with real content, identical cell for cell to another unit's (small or all-zero tables are alike by right and not counted). */
function identicalTables(units: readonly CrossUnit[]): UnitFinding[] {
  const out: UnitFinding[] = [];
  for (const table of ['T2', 'T3', 'T4'] as const satisfies readonly TableId[]) {
    const groups = new Map<string, number[]>();
    units.forEach((u, i) => {
      const cells = FORMATS[u.report.formatId].tables[table].cells;
      let inputs = 0;
      const values = cells.map((c) => {
        const v = u.report.cells[c.id] ?? 0;
        if (v !== 0 && !c.derived) inputs++;
        return v;
      });
      if (inputs < MIN_IDENTICAL_INPUTS) return;
      const key = `${u.report.formatId}|${values.join(',')}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    for (const group of groups.values()) {
      const names = [...new Set(group.map((i) => units[i]?.name ?? ''))];
      if (names.length < 2) continue;
      for (const i of group) {
        const me = units[i];
        if (me)
          out.push(
            finding(
              'U2',
              me.key,
              `${TABLE_NAMES[table]}与${othersThan(names, me.name)}的完全相同（每个单元格的数字都一样）。`,
            ),
          );
      }
    }
  }
  return out;
}

/** U3 and U4: this year's report against the unit's own report in last year's workspace. */
function againstLastYear(unit: CrossUnit, previous: Report, settings: CrossSettings): UnitFinding[] {
  const out: UnitFinding[] = [];
  const now = keyTotals(unit.report);
  const then = keyTotals(previous);
  const jumps: string[] = [];
  const cells: string[] = [];
  for (const t of KEY_TOTALS) {
    const a = then[t.id];
    const b = now[t.id];
    if (a === null || b === null || Math.max(a, b) < settings.jumpMin) continue;
    if (b >= a * settings.jumpFactor || b <= a / settings.jumpFactor) {
      jumps.push(`${t.label}由${previous.year}年度的 ${a} 变为 ${b}`);
      cells.push(...t.cells);
    }
  }
  if (jumps.length > 0)
    out.push(finding('U3', unit.key, `${jumps.join('；')}（变化超过 ${settings.jumpFactor} 倍），请核对。`, { cells }));
  const differ = T3_COLUMNS.filter(
    (c) => (unit.report.cells[`T3.carried_in.${c}`] ?? 0) !== (previous.cells[`T3.carry_out.${c}`] ?? 0),
  );
  if (differ.length > 0) {
    const detail = differ
      .map(
        (c) =>
          `${t3ColumnName(c)}列本年为 ${unit.report.cells[`T3.carried_in.${c}`] ?? 0}、上年为 ${previous.cells[`T3.carry_out.${c}`] ?? 0}`,
      )
      .join('；');
    out.push(
      finding(
        'U4',
        unit.key,
        `“二、上年结转政府信息公开申请数量”应等于本单位${previous.year}年度报告的“四、结转下年度继续办理”：${detail}。`,
        {
          cells: differ.map((c) => `T3.carried_in.${c}`),
        },
      ),
    );
  }
  return out;
}

function otherOutcomes(report: Report): { other: number; all: number } {
  let other = 0;
  let all = 0;
  for (const row of t3OutcomeRows(report.formatId)) {
    const v = report.cells[`T3.${row}.total`] ?? 0;
    all += v;
    if (row.startsWith('other')) other += v;
  }
  return { other, all };
}

/** U5: a unit's 其他处理 share far above the county's own. */
function otherShare(units: readonly CrossUnit[], settings: CrossSettings): UnitFinding[] {
  const per = units.map((u) => otherOutcomes(u.report));
  const other = per.reduce((s, p) => s + p.other, 0);
  const all = per.reduce((s, p) => s + p.all, 0);
  if (all === 0) return [];
  const county = other / all;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const out: UnitFinding[] = [];
  units.forEach((u, i) => {
    const p = per[i];
    if (!p || p.all < settings.otherShareMinOutcomes) return;
    const share = p.other / p.all;
    if (share >= county * settings.otherShareFactor && share - county >= settings.otherShareMargin)
      out.push(
        finding(
          'U5',
          u.key,
          `“（六）其他处理”占全部办理结果的 ${pct(share)}（${p.other}/${p.all}），全县为 ${pct(county)}，请核对是否应归入其他办理结果。`,
          {
            cells: t3OutcomeRows(u.report.formatId)
              .filter((r) => r.startsWith('other'))
              .map((r) => `T3.${r}.total`),
          },
        ),
      );
  });
  return out;
}

export interface CrossOptions {
  /** Last year's report of each unit, by key (the `--previous` workspace). */
  previous?: ReadonlyMap<string, Report>;
  settings?: Partial<RuleSettings & CrossSettings>;
}

/** Every cross-unit finding, per unit. Linear in the number of units and in the length of their texts. */
export function crossCheck(units: readonly CrossUnit[], options: CrossOptions = {}): UnitFinding[] {
  const settings = { ...DEFAULT_RULE_SETTINGS, ...DEFAULT_CROSS_SETTINGS, ...options.settings };
  const out = [...copiedNarratives(units, settings.copySimilarity), ...identicalTables(units)];
  if (options.previous) {
    for (const u of units) {
      const prev = options.previous.get(u.key);
      if (prev) out.push(...againstLastYear(u, prev, settings));
    }
  }
  out.push(...otherShare(units, settings));
  return out;
}
