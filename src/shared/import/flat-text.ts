import { FORMATS, printedLabels } from '../format';

/**
 * Web-page text as some copy and scraping tools give it: the whole report as one paragraph, the site's
 * chrome around it. The lines the text importer reads are put back where the report's own structure
 * shows them — before the six part headings, around the title and the table row labels, before the
 * portal's publication data and the closing signature — and nowhere else; the numbers keep their order.
 */

/** Text this long with hardly a line break is a flattened page, not a dump that kept its lines. */
export function isFlat(text: string): boolean {
  const breaks = (text.match(/\n/g) ?? []).length;
  return text.length > 300 && breaks * 400 < text.length;
}

/** A label as a pattern that tolerates stray spaces and either width of brackets and list marks. */
function pattern(label: string): string {
  return [...label.replace(/\s+/g, '')]
    .map((ch) => {
      if (ch === '（' || ch === '(') return '[（(]';
      if (ch === '）' || ch === ')') return '[）)]';
      if (ch === '、' || ch === '.' || ch === '．') return '[、.．]';
      if (ch === '，' || ch === ',') return '[，,]';
      if (ch === '“' || ch === '”' || ch === '"') return '["“”]?';
      return ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    })
    .join('\\s*');
}

const TABLE_LABELS = [
  ...new Set(
    Object.values(FORMATS).flatMap((format) =>
      Object.values(format.tables).flatMap((table) => [...Object.values(table.labels), ...printedLabels(table)]),
    ),
  ),
]
  .filter((label) => label.replace(/\s+/g, '').length >= 2)
  .sort((a, b) => b.length - a.length);
/**
 * A numbered row label in other words than the format's (「2.其他法律法规禁止公开」): tried only where no
 * official label starts, so a word of the format inside it (「其他」) does not cut the label in two.
 */
const NUMBERED = '(?:[（(][一二三四五六七八九十][）)]|(?<!\\d)\\d{1,2}\\s*[.．、])[^\\s\\d（(|]{2,}';
const LABEL = new RegExp([...TABLE_LABELS.map(pattern), NUMBERED].join('|'), 'g');

const HEADING =
  /((?:[一二三四五六]|[1-6])\s*[、.．]\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议\s*[、和]?\s*行政诉讼情况|(?:政府信息公开工作)?存在的主要问题及\S{0,2}?(?:改进|整改)(?:情况|措施)|其他需要报告的事项))/g;
const TABLE_PART = /主动公开政府信息情况|收到和处理|行政复议/;
const TITLE = /(?<=^|[\s>＞》:：])[\u4e00-\u9fa5（）()]{2,40}?\s*\d{4}\s*年度?政府信息公开(?:工作)?年度报告/g;
const CHROME =
  /(?=(?:发布时间|发布日期|发布机构|信息来源|来源|浏览次数|阅读次数|访问次数|点击数|索引号|文号|主题分类|生成日期|信息名称|您当前的位置|当前位置|您现在的位置|分享到)\s*[:：])|(?=【\s*(?:字体|字号|打印|关闭))|(?=(?:微信|微博|附件下载|打印本页|关闭窗口)(?:\s|$))/g;
const SIGNED =
  /(?<=[。；！\s])([^。；！\s]{2,30}(?:人民政府|办事处|委员会|局|办公室|政府))\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** The numbers that open a stretch of text (a row's cells), and what follows them. */
const LEADING_NUMBERS = /^((?:(?:\d[\d.,，]*|[/—–-])(?:\s+|$))+)(.*)$/;

/** A table part's running text: each row label on a line of its own, its numbers after it as cells. */
function tableLines(text: string): string[] {
  const lines: string[] = [];
  const matches = [...text.matchAll(LABEL)];
  const before = text.slice(0, matches[0]?.index ?? text.length).trim();
  if (before) lines.push(before);
  matches.forEach((m, i) => {
    const end = matches[i + 1]?.index ?? text.length;
    const rest = text.slice((m.index ?? 0) + m[0].length, end).trim();
    const label = m[0].replace(/\s+/g, '');
    const numbers = LEADING_NUMBERS.exec(rest);
    const values = numbers?.[1]?.trim().split(/\s+/) ?? [];
    const after = (numbers ? (numbers[2] ?? '') : rest).trim();
    // One run of digits may be several cells run together: glued to its label, the sum rules split it.
    // A number with a decimal point (an amount, 「96171.6」) or a mark is one cell, never a run.
    const run = values.length === 1 && /^\d+$/.test(values[0] ?? '');
    if (values.length === 0) lines.push(label);
    // Fifteen numbers after table four's header words are its data row, which has no label of its own.
    else if (values.length === 15) lines.push(label, values.join('\t'));
    else lines.push(run ? `${label}${values[0] ?? ''}` : [label, ...values].join('\t'));
    if (after) lines.push(after);
  });
  return lines;
}

export function unflatten(text: string): string {
  const lines = text
    .replace(/\s+/g, ' ')
    .replace(CHROME, '\n')
    .replace(HEADING, '\n$1\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headings = lines.flatMap((l, i) => (new RegExp(`^${HEADING.source}$`).test(l) ? [i] : []));
  const first = headings[0] ?? lines.length;
  const out: string[] = [];
  // The title, among the page's breadcrumb and publication data before the first part.
  for (const line of lines.slice(0, first)) out.push(...line.replace(TITLE, (t) => `\n${t.trim()}\n`).split('\n'));
  headings.forEach((at, k) => {
    const heading = lines[at] ?? '';
    let body = lines.slice(at + 1, headings[k + 1] ?? lines.length).join(' ');
    out.push(heading);
    if (TABLE_PART.test(heading)) {
      out.push(...tableLines(body));
      return;
    }
    if (k === headings.length - 1) {
      // The closing signature and date end the last part; the page's footer may follow them.
      const signed = [...` ${body}`.matchAll(SIGNED)].pop();
      if (signed?.index !== undefined) {
        const [whole, unit = '', y, m, d] = signed;
        const at = signed.index - 1;
        body = `${body.slice(0, at)}\n${unit}\n${y}年${m}月${d}日\n${body.slice(at + whole.length)}`;
      }
    }
    out.push(...body.split('\n'));
  });
  return out
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
