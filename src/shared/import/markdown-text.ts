/**
 * Markdown as PDF converters and OCR tools write a report: `#` headings, `**bold**`, pipe tables (often
 * one small table per row group, with placeholder or broken header rows), HTML `<table>`s where a table
 * has merged cells (MinerU and others write them inside the .md, often on one line), page marks. It
 * becomes the lines the text importer reads: headings as plain lines, each table row tab-separated.
 */

/** Two or more Markdown marks: a heading, a pipe table's separator row. */
export function isMarkdown(text: string): boolean {
  const headings = (text.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const separators = (text.match(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/gm) ?? []).length;
  return headings + separators >= 2;
}

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A page mark a converter leaves: 「<!-- page 3 -->」「---」「- 3 -」「第 3 页」, alone on its line. */
const PAGE_MARK =
  /^\s*(?:<!--.*?-->|[-—–*_]{3,}|[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$/;
/** Header cells converters invent when a table has none: 「Column1」「列1」「Unnamed: 0」, or 1, 2, 3 …. */
const PLACEHOLDER = /^(?:column\s*\d+|col\s*\d+|列\s*\d+|unnamed:?\s*\d*|\d{1,2}|)$/i;

/**
 * A table cell OCR read with letters for digits: 「O」「o」「〇」 for 0, 「l」「I」 for 1 (「2l」「l2.3456」「〇」).
 * Only a cell made of nothing else is read as the number; it is counted so the clerk is told to check it.
 */
const OCR_CELL = /^[0-9０-９OolI〇]+(?:\.[0-9０-９OolI〇]+)?$/;
const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', 〇: '0', l: '1', I: '1' };

function ocrCell(cell: string): string {
  return OCR_CELL.test(cell) ? cell.replace(/[OolI〇]/g, (c) => OCR_DIGIT[c] ?? c) : cell;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) =>
      c
        .replace(/\\\|/g, '|')
        .replace(/<br\s*\/?>/gi, '')
        .trim(),
    );

/** Counting 1, 2, 3 … (or 0, 1, 2 …) across a row is a placeholder header, not a row of numbers. */
function isPlaceholderHeader(row: string[]): boolean {
  if (!row.every((c) => PLACEHOLDER.test(c))) return false;
  const numbers = row.filter((c) => /^\d+$/.test(c)).map(Number);
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

/** An HTML table's first line and its last (the same line when a converter writes it on one). */
const TABLE_OPEN = /<table[\s>]/i;
const TABLE_CLOSE = /<\/table\s*>/i;

/**
 * The lines the text importer reads, and how many cells were read from OCR's letters-for-digits. `html`
 * reads an HTML block's text as a web page's is read (each table row a tab-separated line); without it
 * an HTML table stays as its markup.
 */
export function markdownText(text: string, html?: (markup: string) => string): { text: string; ocrCells: number } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let ocrCells = 0;
  const tableRow = (row: string[]) => {
    const read = row.map(ocrCell);
    ocrCells += read.filter((c, k) => c !== row[k]).length;
    out.push(read.join('\t'));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (html && TABLE_OPEN.test(line)) {
      let end = i;
      while (end < lines.length - 1 && !TABLE_CLOSE.test(lines[end] ?? '')) end++;
      // An unclosed table runs to the end of the file, as a browser would read it.
      for (const read of html(lines.slice(i, end + 1).join('\n')).split('\n')) {
        if (read.includes('\t')) tableRow(read.split('\t'));
        else out.push(read);
      }
      i = end;
      continue;
    }
    if (PAGE_MARK.test(line) || SEPARATOR.test(line)) continue;
    const plain = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/^\s*>\s?/, '');
    if (!/^\s*\|/.test(plain)) {
      out.push(plain);
      continue;
    }
    const row = cells(plain);
    // The header row a converter wrote above a separator, made of placeholders only, says nothing.
    if (SEPARATOR.test(lines[i + 1] ?? '') && isPlaceholderHeader(row)) continue;
    tableRow(row);
  }
  return { text: out.join('\n'), ocrCells };
}
