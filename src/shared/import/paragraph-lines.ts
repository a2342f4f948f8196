/**
 * Paragraph text as a PDF page sets it, read back into the paragraphs the author wrote: by the PDF reader
 * from the page's geometry, and by the text reader from what a PDF viewer or pdftotext copies out of it
 * (a line break at the end of every printed line, the page numbers between them).
 */

/** 「-3-」「— 3 —」「第 3 页」「3 / 6」: a page number, alone on its line. */
export const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** A line that starts a heading or a list item stays on its own line, wherever the last line ended. */
export const STARTS_ITEM = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|第[一二三四五六]部分)/;

/**
 * Chinese set beside digits or Latin letters, with no space between. WPS and Word space the two apart on the
 * page (中西文间距: a gap, or a space glyph in the digits' font), which reads back as 「自 2024 年 1 月」 and would
 * go into the clerk's report that way; a space the author typed there looks the same and is dropped too.
 */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d]';
const LATIN = '[0-9A-Za-z%‰]';
const CJK_LATIN_SPACE = new RegExp(`(?<=${CJK}) +(?=${LATIN})|(?<=${LATIN}) +(?=${CJK})`, 'gu');
export const tightSpacing = (text: string): string => text.replace(CJK_LATIN_SPACE, '');

/** How wide a line prints, in half-width characters (a Chinese character is two). */
function width(line: string): number {
  let w = 0;
  for (const c of line)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c)
      ? 2
      : 1;
  return w;
}

/** A sentence or a clause can end here; a printed line that merely ran out of room does not. */
const ENDS_PARAGRAPH = /[。！？!?：:；;]$/u;

/** A line that fills most of the printed width `wrap`. */
const full = (line: string, wrap: number) => width(line) >= wrap * 0.85;

/**
 * The printed line width a text was broken at, when it was: the middle width of its longer half of lines,
 * at which at least three lines, a third of all, stop, most of them mid-sentence. Text typed a paragraph
 * a line has no such width (its lines are as long as their paragraphs and end with their sentences), and
 * is left as it is.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  lines = lines.filter((l) => !PAGE_NUMBER.test(l));
  const widths = lines.map(width).sort((a, b) => a - b);
  const longer = widths.slice(Math.floor(widths.length / 2));
  const wrap = longer[Math.floor(longer.length / 2)] ?? 0;
  if (wrap < 20) return undefined;
  const filled = lines.filter((l) => full(l, wrap));
  const open = filled.filter((l) => !ENDS_PARAGRAPH.test(l)).length;
  return filled.length >= 3 && filled.length * 3 >= lines.length && open * 2 > filled.length ? wrap : undefined;
}

/**
 * The paragraphs of `lines` (trimmed, none empty) printed `wrap` wide (see wrapWidth; undefined: typed a
 * paragraph a line): page numbers left out, and a line that filled the printed width without ending a
 * sentence joined to the next unless that one starts a heading or an item.
 */
export function rejoinWrapped(lines: readonly string[], wrap: number | undefined): string[] {
  const text = lines.filter((l) => !PAGE_NUMBER.test(l));
  if (wrap === undefined) return text;
  const out: string[] = [];
  let open = false;
  for (const line of text) {
    if (open && !STARTS_ITEM.test(line)) out[out.length - 1] += line;
    else out.push(line);
    open = full(line, wrap) && !ENDS_PARAGRAPH.test(line);
  }
  return out;
}
