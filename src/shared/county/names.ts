/**
 * Unit names as a county office compares them: the same body is written 「沭阳县发展和改革局」 in one
 * report, 「县发改局」 in the roster and 「发展改革局」 in a file name. Matching goes through one key.
 */

/** Customary short forms of department names (long form → short form), longest first where they overlap. */
const SHORT_FORMS: readonly (readonly [RegExp, string])[] = [
  [/发展(和|与)?改革/g, '发改'],
  [/人力资源(和|与)?社会保障/g, '人社'],
  [/住房(和|与)?城乡建设/g, '住建'],
  [/市场监督管理/g, '市场监管'],
  [/卫生(和|与)?健康/g, '卫健'],
  [/卫生健康/g, '卫健'],
  [/自然资源(和|与)?规划/g, '自然资源'],
  [/文化广电(和|与)?旅游|文化(和|与)?旅游|文化广电旅游/g, '文旅'],
  [/工业(和|与)?信息化/g, '工信'],
  [/退役军人事务/g, '退役军人'],
  [/医疗保障/g, '医保'],
  [/行政审批服务|行政审批/g, '审批'],
  [/政务服务管理/g, '政务服务'],
  [/生态环境/g, '环境'],
  [/应急管理/g, '应急'],
  [/农业农村/g, '农业'],
  [/交通运输/g, '交通'],
  [/城市管理(行政执法)?/g, '城管'],
  [/科学技术/g, '科技'],
];

/** Region segments end in these (江苏省 宿迁市 沭阳县 …); a name starting with the unit's own region loses it. */
const REGION_END = /(省|自治区|特别行政区|自治州|地区|盟|市|自治县|自治旗|县|区|旗)/;

/** 「江苏省宿迁市沭阳县」 → 「江苏省」「宿迁市」「沭阳县」 (and the run of them, longest first). */
export function regionPrefixes(region: string): string[] {
  const parts: string[] = [];
  let rest = region.replace(/\s/g, '');
  while (rest) {
    const m = REGION_END.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index + m[0].length));
    rest = rest.slice(m.index + m[0].length);
  }
  // Every suffix of the chain is a prefix a name may start with: 宿迁市沭阳县…, 沭阳县….
  const runs: string[] = [];
  for (let i = 0; i < parts.length; i++) runs.push(parts.slice(i).join(''));
  return runs.sort((a, b) => b.length - a.length);
}

/**
 * The key two spellings of one unit share. `prefixes` are the region names the county uses
 * (「沭阳县」, 「宿迁市沭阳县」); a lone leading 县/区/市/旗 (「县发改局」) is dropped as well.
 */
export function unitKey(name: string, prefixes: readonly string[] = []): string {
  let s = name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    // 「（本级）」 and similar remarks are gone with the punctuation; their words are not part of a name.
    .replace(/本级$/, '');
  for (const p of prefixes) {
    if (p && s.startsWith(p) && s.length > p.length) {
      s = s.slice(p.length);
      break;
    }
  }
  s = s.replace(/^(县|区|市|旗)(?=.)/, '');
  s = s
    .replace(/人民政府/g, '政府')
    .replace(/街道办事处$/, '街道')
    .replace(/办公室$/, '办');
  for (const [long, short] of SHORT_FORMS) s = s.replace(long, short);
  return s;
}
