import { UNIT_KINDS } from '../report/types';
import type { UnitKind } from '../report/types';
import { regionPrefixes, unitKey } from './names';

/** A unit the county expects a report from. */
export interface RosterEntry {
  name: string;
  kind?: UnitKind;
  /** The county's own (本级) report: listed, and summed only when the clerk includes it. */
  own?: boolean;
  /** Other spellings seen in reports and file names (县发改局 for 沭阳县发展和改革局). */
  aliases: string[];
}

export interface Roster {
  /** The county's region (江苏省宿迁市沭阳县): its names are dropped from the front of unit names. */
  region?: string;
  entries: RosterEntry[];
}

/** How the roster's 类型 column may say each kind. */
const KIND_WORDS: readonly (readonly [RegExp, UnitKind | 'own'])[] = [
  [/本级/, 'own'],
  [/乡|镇|街道|township/i, 'township'],
  [/县政府|县人民政府|区政府|区人民政府|county-government/i, 'county-government'],
  [/部门|局|委|办|county-department/i, 'county-department'],
  [/其他|other/i, 'other'],
];

function kindOf(text: string): { kind?: UnitKind; own?: boolean } {
  const t = text.trim();
  if ((UNIT_KINDS as readonly string[]).includes(t)) return { kind: t as UnitKind };
  for (const [re, kind] of KIND_WORDS) if (re.test(t)) return kind === 'own' ? { own: true } : { kind };
  return {};
}

/** A header row names its columns; a unit's name never is one of these words. */
const HEADER = /^(单位|单位名称|单位全称|名称|机关|机关名称|类型|类别|别名|简称|name|kind|aliases?)$/i;
const ALIAS_SPLIT = /[、,，;；|/]/;

/**
 * Roster rows as a spreadsheet or text file has them: 单位名称, then optional 类型 and 别名 (several
 * aliases separated by 、 or ；). A first row naming its columns is a header and is skipped.
 */
export function rosterFromRows(rows: readonly (readonly string[])[]): { roster: Roster; problems: string[] } {
  const problems: string[] = [];
  let body = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  let cols = { name: 0, kind: 1, aliases: 2 };
  const head = body[0];
  if (head?.some((c) => HEADER.test(c))) {
    const find = (re: RegExp, fallback: number) => {
      const i = head.findIndex((c) => re.test(c));
      return i >= 0 ? i : fallback;
    };
    cols = {
      name: find(/^(单位|名称|机关|name)/i, 0),
      kind: find(/^(类型|类别|kind)/i, -1),
      aliases: find(/^(别名|简称|alias)/i, -1),
    };
    body = body.slice(1);
  }
  const entries: RosterEntry[] = [];
  for (const row of body) {
    const name = row[cols.name] ?? '';
    if (!name) continue;
    const kind = cols.kind >= 0 ? kindOf(row[cols.kind] ?? '') : {};
    const aliases =
      cols.aliases >= 0
        ? (row[cols.aliases] ?? '')
            .split(ALIAS_SPLIT)
            .map((a) => a.trim())
            .filter(Boolean)
        : [];
    entries.push({ name, ...kind, aliases });
  }
  if (entries.length === 0) problems.push('名单中没有任何单位。');
  return { roster: { entries }, problems };
}

/** A roster kept as text: one unit a line, aliases after a tab or 「：」 (「沭阳县发展和改革局\t县发改局、发改局」). */
export function rosterRowsFromText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/\t|：|:/))
    .map(([name = '', ...rest]) => [name, '', rest.join('、')]);
}

/** Region names the county's unit names may start with: the roster's region and every report's own. */
export function namePrefixes(
  roster: Roster | undefined,
  regions: readonly string[],
  names: readonly string[],
): string[] {
  const set = new Set<string>();
  for (const region of new Set([roster?.region ?? '', ...regions])) for (const p of regionPrefixes(region)) set.add(p);
  // A county prefix the roster's names share (「沭阳县…」 in most rows) counts too, even when no region is given.
  const counts = new Map<string, number>();
  for (const n of names) {
    const m = /^(.{2,6}?(?:县|区|市|旗))/.exec(n);
    if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  for (const [p, c] of counts) if (c >= Math.max(2, names.length * 0.3)) set.add(p);
  return [...set].sort((a, b) => b.length - a.length);
}

export interface RosterIndex {
  lookup: (name: string) => number | undefined;
  /** Roster rows whose names or aliases fall together (two rows for one unit). */
  clashes: string[];
  key: (name: string) => string;
}

export function indexRoster(roster: Roster, prefixes: readonly string[]): RosterIndex {
  // A county's thousands of reports name a few thousand units, each looked up several times.
  const keys = new Map<string, string>();
  const key = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = unitKey(name, prefixes)));
    return k;
  };
  const byKey = new Map<string, number>();
  const clashes: string[] = [];
  roster.entries.forEach((e, i) => {
    for (const name of [e.name, ...e.aliases]) {
      const k = key(name);
      const had = byKey.get(k);
      if (had !== undefined && had !== i)
        clashes.push(
          `名单中“${roster.entries[had]?.name ?? ''}”和“${e.name}”（${name}）指的是同一个单位名称，请合并或改名。`,
        );
      else byKey.set(k, i);
    }
  });
  return { lookup: (name) => byKey.get(key(name)), clashes, key };
}
