import type { UnitKind } from '../report';

/**
 * What frames a report's text: its title, the unit and year in it, the closing block, and the lines a
 * web page adds around them (publication data, share links) that are not the report's.
 */

/**
 * The title among the lines before the first part: the last short line naming a 年度报告 that is not a
 * table row (portals repeat the title in a 「信息名称」 row and in the breadcrumb before the real one).
 */
export function findTitle(before: readonly string[]): { text: string; start: number; end: number } | undefined {
  let at = -1;
  for (let i = before.length - 1; i >= 0 && at < 0; i--) {
    const line = before[i] ?? '';
    if (/年度报告/.test(line) && !line.includes('\t') && !/[>＞》]/.test(line) && line.length <= 60) at = i;
  }
  if (at < 0) at = before.findIndex((l) => /年度报告/.test(l));
  const line = before[at];
  if (line === undefined) return undefined;
  // A title broken after the unit's name (「示例镇人民政府」 / 「2025年…年度报告」) is one title.
  const unit = before[at - 1];
  if (unit && /^\d{4}\s*年/.test(line) && UNIT_NAME.test(unit))
    return { text: `${unit}${line}`, start: at - 1, end: at + 1 };
  return { text: line, start: at, end: at + 1 };
}

/** A unit's name on a line of its own: Chinese, short, no punctuation. */
const UNIT_NAME = /^[\u4e00-\u9fa5（）()]{2,30}$/;

/** A portal's publication data under the title: 「发布时间：…」「来源：…」「【字体：大 中 小】」. */
const PAGE_CHROME =
  /^(发布时间|发布日期|发布机构|信息来源|来源|浏览次数|阅读次数|访问次数|点击数|索引号|文号|主题分类|生成日期|信息名称|您当前的位置|当前位置|您现在的位置|分享到)\s*[:：]|【\s*(字体|字号|打印|关闭)/;

export function isPageChrome(line: string): boolean {
  return PAGE_CHROME.test(line.trim());
}

export function unitOf(title: string): { name: string; year: number | undefined } {
  const year = /(\d{4})\s*年/.exec(title)?.[1];
  const name = title
    .replace(/\s+/g, '')
    .replace(/\d{4}年(度)?/, '')
    .replace(/政府信息公开(工作)?年度报告.*$/, '');
  return { name, year: year ? Number(year) : undefined };
}

export function kindOf(unit: string): UnitKind {
  return /(镇|乡|街道)(人民政府|办事处)?$/.test(unit) ? 'township' : 'other';
}

/** An issuing body's name as it signs a document: short, and ending as such names do. */
const SIGNATURE = /^[^。；，,]{2,30}(人民政府|办事处|委员会|局|办公室|政府)$/;

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * The closing block (unit, then 「2022年1月20日」, or the unit alone) that ends the last part, kept apart in
 * the file. A web page goes on after it (share links, the site's footer): lines after a signed and dated
 * closing that hold no sentence are the page's, not the report's, and are left out.
 */
export function takeClosing(text: string): { rest: string; unit: string; date: string } | undefined {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = lines.length - 1; i > 0; i--) {
    if (DATE.test(lines[i] ?? '') && SIGNATURE.test(lines[i - 1] ?? '')) {
      if (lines.slice(i + 1).every((l) => !/[。；]/.test(l))) end = i + 1;
      break;
    }
  }
  const last = lines[end - 1] ?? '';
  const m = DATE.exec(last);
  if (!m)
    return SIGNATURE.test(last) && end > 1
      ? { rest: lines.slice(0, end - 1).join('\n'), unit: last, date: '' }
      : undefined;
  const unit = lines[end - 2] ?? '';
  if (!SIGNATURE.test(unit)) return undefined;
  const date = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  return { rest: lines.slice(0, end - 2).join('\n'), unit, date };
}
