import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatForYear } from '@shared/format';
import { deriveTotals, emptyReport, serializeReport } from '@shared/report';
import type { Report, UnitKind } from '@shared/report';
import { writeDocx, writePdf } from '../../src/main/export/export-report';
import type { ExportContext } from '../../src/main/export/export-report';

/**
 * A generated county as a county office's folder really looks in February: 30 units on the roster
 * (townships and departments), most sent a .nianbao, one a nianbao PDF, one a Word file, three sent
 * nothing, one copied another's narrative, one's table does not add up, one used the 2019 format, one
 * sent two files, one is not on the roster, and a broken file and an old .doc lie among them. Last
 * year's folder (2020, the 2019 format) holds the units' previous reports.
 */

export const REGION = '江苏省宿迁市沭阳县';
const TOWNS = [
  '沭城街道办事处',
  '南关街道办事处',
  '章集街道办事处',
  '梦溪街道办事处',
  '十字街道办事处',
  '七雄街道办事处',
  '胡集镇人民政府',
  '钱集镇人民政府',
  '塘沟镇人民政府',
  '韩山镇人民政府',
  '华冲镇人民政府',
  '马厂镇人民政府',
  '沂涛镇人民政府',
  '龙庙镇人民政府',
  '贤官镇人民政府',
  '扎下镇人民政府',
  '刘集镇人民政府',
  '高墟镇人民政府',
];
const DEPTS = [
  '沭阳县发展和改革局',
  '沭阳县教育局',
  '沭阳县公安局',
  '沭阳县民政局',
  '沭阳县司法局',
  '沭阳县财政局',
  '沭阳县人力资源和社会保障局',
  '沭阳县自然资源和规划局',
  '沭阳县住房和城乡建设局',
  '沭阳县交通运输局',
  '沭阳县卫生健康委员会',
  '沭阳县市场监督管理局',
];

export interface RosterUnit {
  name: string;
  kind: UnitKind;
  alias?: string;
}

export const ROSTER: RosterUnit[] = [
  ...TOWNS.map((n) => ({ name: `沭阳县${n}`, kind: 'township' as const })),
  ...DEPTS.map((n) => ({
    name: n,
    kind: 'county-department' as const,
    ...(n.includes('发展和改革') ? { alias: '县发改局' } : {}),
  })),
];

/** Named roles of the story, by roster index. */
export const ROLE = {
  missing: [5, 11, 27],
  copier: 7, // copies the overview of `copied`
  copied: 6,
  errors: 8, // （七）总计 does not add up (H1, H2)
  fromPdf: 9,
  fromWord: 10,
  oldFormat: 12, // a 2021 report in the 2019 format (H6)
  twoFiles: 13,
  jump: 14, // 新收 from 10 to 60 (U3)
  carry: 15, // 上年结转 2, but last year's 结转下年度 0 (U4)
  otherShare: 16, // most outcomes 其他处理 (U5)
  sameTableA: 20, // identical T3 tables (U2)
  sameTableB: 21,
  alias: 18, // the 发改局 writes its name 「县发改局」
} as const;

/** Common characters the filler text is drawn from; random words keep units from being alike by chance. */
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

function filler(seed: number, length: number): string {
  let k = seed * 7919 + 17;
  let out = '';
  for (let i = 0; i < length; i++) {
    k = (k * 48271) % 2147483647;
    out += CHARS[k % CHARS.length] ?? '';
    if (i % 23 === 22) out += '，';
  }
  return `${out}。`;
}

function narrative(name: string, seed: number, newTotal: number, review: number): Report['parts'] {
  const [a, b, c, d, e] = [1, 2, 3, 4, 5].map((k) => filler(seed * 10 + k, 60));
  return {
    overview: [
      `本年度，${name}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
      `（一）主动公开\n${a}`,
      `（二）依申请公开\n全年共收到政府信息公开申请${newTotal}件。${b}`,
      `（三）政府信息管理\n${c}`,
      `（四）政府信息公开平台建设\n${d}`,
      `（五）监督保障\n${e}${review > 0 ? `全年被申请行政复议${review}件。` : '全年未发生政府信息公开行政复议。'}`,
    ].join('\n'),
    problems: `一是栏目更新不及时，${filler(seed * 10 + 6, 40)}\n改进措施：下一步将建立月度检查制度，${filler(seed * 10 + 7, 40)}`,
    other: '本年度未收取信息处理费。',
  };
}

export interface UnitNumbers {
  natural: number;
  commercial: number;
  other: number;
  carriedIn: number;
  licensing: number;
  penalty: number;
  fee: number;
  review: number;
}

/** A consistent report (H1–H6 hold) with these numbers; all else 0. */
export function unitReport(
  name: string,
  kind: UnitKind,
  year: number,
  n: UnitNumbers,
  seed: number,
  formatId = formatForYear(year),
): Report {
  const r = emptyReport({ year: formatId === 'gov-2019' ? 2020 : 2021, unitName: name, kind, region: REGION });
  r.year = year;
  r.title = `${name}${year}年政府信息公开工作年度报告`;
  r.closing = { unit: name, date: `${year + 1}-01-20` };
  for (const id of Object.keys(r.cells)) r.cells[id] = 0;
  const c = r.cells;
  c['T3.new.natural'] = n.natural;
  c['T3.new.commercial'] = n.commercial;
  c['T3.carried_in.natural'] = n.carriedIn;
  const otherRow = formatId === 'gov-2021' ? 'T3.other.misc' : 'T3.other';
  c[`${otherRow}.natural`] = n.other;
  c['T3.open.natural'] = n.natural + n.carriedIn - n.other;
  c['T3.none.not_held.commercial'] = n.commercial;
  if (formatId === 'gov-2021') {
    c['T2.a20_1.normative.in_force'] = 3 + (seed % 4);
    c['T2.a20_8.admin_fee.amount'] = n.fee;
  }
  c['T2.a20_5.licensing.decisions'] = n.licensing;
  c['T2.a20_6.penalty.decisions'] = n.penalty;
  c['T4.review.upheld'] = n.review;
  r.cells = deriveTotals(formatId, c);
  r.parts = narrative(name, seed, n.natural + n.commercial, n.review);
  return r;
}

export function numbersFor(i: number, year: number): UnitNumbers {
  const base = year === 2021 ? 0 : 1;
  return {
    natural: i + 2 + base,
    commercial: i % 3,
    other: i % 4 === 0 ? 1 : 0,
    carriedIn: 0,
    licensing: (i * 37 + base * 5) % 200,
    penalty: (i * 11) % 50,
    // Amounts that drift in floating point when added naively (0.1 + 0.2 …), to the 分 in 万元.
    fee: [0.1, 0.2, 0.3, 12.345678, 0.000001, 24252.311082][i % 6] ?? 0,
    review: i % 5 === 0 ? 1 : 0,
  };
}

export interface County {
  dir: string;
  folder: string;
  previous: string;
  roster: string;
  /** What each unit's report in the workspace is (by roster index), as written. */
  reports: Map<number, Report>;
  /** Last year's reports by roster index. */
  previousReports: Map<number, Report>;
  notOnRoster: Report;
}

/** Writes the county's two folders and its roster (a GBK CSV, as Excel on a Chinese PC saves it). */
export async function writeCounty(exports: ExportContext): Promise<County> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-county-'));
  const folder = join(dir, '2021年度报告');
  const previous = join(dir, '2020年度报告');
  await mkdir(folder);
  await mkdir(previous);
  await mkdir(join(folder, '邮件附件'));

  const csv = [
    '单位名称,类型,别名',
    ...ROSTER.map((u) => `${u.name},${u.kind === 'township' ? '乡镇' : '部门'},${u.alias ?? ''}`),
  ].join('\r\n');
  const roster = join(dir, '名单.csv');
  await writeFile(roster, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: csv }));

  const reports = new Map<number, Report>();
  const previousReports = new Map<number, Report>();
  const missing: readonly number[] = ROLE.missing;
  for (const [i, u] of ROSTER.entries()) {
    const last = unitReport(u.name, u.kind, 2020, numbersFor(i, 2020), i + 100);
    if (i === ROLE.jump)
      last.cells = deriveTotals('gov-2019', {
        ...last.cells,
        'T3.new.natural': 10,
        'T3.new.commercial': 0,
        'T3.open.natural': 10,
        'T3.none.not_held.commercial': 0,
        'T3.other.natural': 0,
      });
    if (i === ROLE.otherShare)
      last.cells = deriveTotals('gov-2019', {
        ...last.cells,
        'T3.new.natural': 12,
        'T3.open.natural': 12 - (last.cells['T3.other.natural'] ?? 0),
      });
    previousReports.set(i, last);
    await writeFile(join(previous, `${u.name}2020.nianbao`), serializeReport(last));
    if (missing.includes(i)) continue;

    const n = numbersFor(i, 2021);
    if (i === ROLE.jump) Object.assign(n, { natural: 60, commercial: 0, other: 0 });
    if (i === ROLE.carry) n.carriedIn = 2;
    if (i === ROLE.otherShare) Object.assign(n, { natural: 20, commercial: 0, other: 15 });
    if (i === ROLE.sameTableB) Object.assign(n, numbersFor(ROLE.sameTableA, 2021));
    const name = i === ROLE.alias ? '县发改局' : u.name;
    const r = unitReport(name, u.kind, 2021, n, i, i === ROLE.oldFormat ? 'gov-2019' : 'gov-2021');
    if (i === ROLE.sameTableB) r.cells = { ...reports.get(ROLE.sameTableA)?.cells };
    if (i === ROLE.copier)
      r.parts.overview =
        reports.get(ROLE.copied)?.parts.overview.replace(ROSTER[ROLE.copied]?.name ?? '', u.name) ?? '';
    if (i === ROLE.errors) r.cells['T3.result_total.total'] = 0;
    reports.set(i, r);
    const file = join(folder, `${u.name.replace('沭阳县', '')}2021年报`);
    if (i === ROLE.fromPdf) {
      const w = await writePdf(r, `${file}.pdf`, exports);
      if (!w.ok) throw new Error(w.error.message);
    } else if (i === ROLE.fromWord) {
      const w = await writeDocx(r, join(folder, '邮件附件', `${u.name}.docx`), exports);
      if (!w.ok) throw new Error(w.error.message);
    } else await writeFile(`${file}.nianbao`, serializeReport(r));
    if (i === ROLE.twoFiles)
      await writeFile(
        `${file}（修改后）.nianbao`,
        serializeReport({ ...r, preamble: '修改后重新报送。', closing: { ...r.closing, date: '2022-01-25' } }),
      );
  }
  const notOnRoster = unitReport('沭阳县审计局', 'county-department', 2021, numbersFor(40, 2021), 40);
  await writeFile(join(folder, '审计局.nianbao'), serializeReport(notOnRoster));
  await writeFile(join(folder, '损坏的报告.nianbao'), '{"format":"nianbao-report","version":1,"report":');
  await writeFile(
    join(folder, `${ROSTER[ROLE.missing[0]]?.name ?? ''}.doc`),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
  await writeFile(join(folder, '说明.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  return { dir, folder, previous, roster, reports, previousReports, notOnRoster };
}
