import type { PartId } from '../format';

/** Words that tell each part's heading apart, whatever its numbering (「5、」) or longer wording. */
const HEADING_WORDS: Record<PartId, RegExp> = {
  overview: /总体情况/,
  active: /主动公开政府信息情况/,
  requests: /收到和处理政府信息公开申请/,
  review: /行政复议.*行政诉讼/,
  problems: /存在的主要问题/,
  other: /其他需要报告的事项/,
};
const PART_ORDER = Object.keys(HEADING_WORDS) as PartId[];

/** 「一、」「5、」「五．」「第五部分」「五 」: the numberings reports use for their six parts. */
const NUMBERED =
  /^\s*(?:第\s*[一二三四五六]\s*部分\s*[、：:]?|(?:[一二三四五六]|[1-6])\s*(?:[、.．:：]|\s))\s*(.+?)\s*$/;
/**
 * Word's automatic numbering keeps 「一、」 out of the text: a short line that is only a part's heading
 * words (no sentence) is that heading too, when it sits where the part belongs among those found.
 */
const BARE = /^[^，。；,;]{2,24}$/;

export type Headings = Map<PartId, { line: number; text: string }>;

const clean = (line: string) => line.replace(/\[bookmark:[^\]]*\]/g, '').trim();

export function findHeadings(lines: readonly string[]): Headings {
  const found: Headings = new Map();
  const partOf = (text: string) =>
    PART_ORDER.find((part) => !found.has(part) && HEADING_WORDS[part].test(text) && text.length < 40);
  lines.forEach((line, i) => {
    const m = NUMBERED.exec(clean(line));
    const part = m?.[1] && !line.includes('\t') ? partOf(m[1]) : undefined;
    if (part) found.set(part, { line: i, text: line.trim() });
  });
  if (found.size === PART_ORDER.length) return found;
  lines.forEach((line, i) => {
    const text = clean(line).replace(/[：:]$/, '');
    if (line.includes('\t') || !BARE.test(text)) return;
    const part = partOf(text);
    if (!part) return;
    const rank = PART_ORDER.indexOf(part);
    const fits = [...found].every(([p, h]) => (PART_ORDER.indexOf(p) < rank ? h.line < i : h.line > i));
    if (fits) found.set(part, { line: i, text: line.trim() });
  });
  return found;
}
