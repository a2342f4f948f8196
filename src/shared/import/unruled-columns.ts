import type { PageText } from './page-geometry';

/**
 * Tables printed without rules (a web page with `border:none`, a PDF printer's layout): the text layer
 * has each number where its column is, but a cell left blank leaves no mark, so 「30 0 0 0 0 0」 under
 * seven columns cannot say which one is empty. The columns are rebuilt from x-positions alone: every
 * number of the table's rows falls in one column's span, and a header word further right than every
 * number (「总计」 over a column left blank in every row) is a column too. Each row is then written one
 * cell a column, empty where it prints nothing; two numbers that touch (columns too narrow for a gap)
 * are two cells when they fall in two columns. A number that falls in no column, or in two, leaves its row as
 * it was (the table reader then leaves the row blank and says so), and so do all rows of a table whose
 * numbers make more columns than its fullest row prints.
 */

/** One line of the page: its runs in x order and the size they are set in. */
export interface RunLine {
  texts: readonly PageText[];
  size: number;
}

interface Span {
  from: number;
  to: number;
}

const NUMBER = /^-?[\d０-９]+(?:[.．][\d０-９]+)?$/;

const spanOf = (t: PageText): Span => ({ from: t.x, to: t.x + t.width });
const overlaps = (a: Span, b: Span, slack: number) => a.from <= b.to + slack && b.from <= a.to + slack;

/**
 * The numbers of a table row: runs that are a number and stand apart from what precedes them, or touch
 * the number before them (「170」「763」 in two columns too narrow for a gap) — those are `touching`, and
 * never make a column themselves.
 */
function numbersOf(line: RunLine): { numbers: PageText[]; touching: Set<PageText> } | undefined {
  let numbers: PageText[] = [];
  const touching = new Set<PageText>();
  let prev: PageText | undefined;
  for (const t of line.texts) {
    const gap = prev === undefined ? Infinity : t.x - prev.x - prev.width;
    const number = NUMBER.test(t.text.trim());
    if (number && gap > line.size * 0.5) numbers.push(t);
    else if (number && prev && numbers.includes(prev) && gap <= line.size * 0.25) {
      numbers.push(t);
      touching.add(t).add(prev);
    }
    // A number before words is the label's (「1」「.」「属于国家秘密」), not a cell.
    else numbers = [];
    prev = t;
  }
  return numbers.length > 0 && (numbers.length > 1 || line.texts.length > 1) ? { numbers, touching } : undefined;
}

/** A header line: short words standing apart (not the runs of one label, 「（」「三」「）」「不予公」), none a number. */
const isHeader = (line: RunLine) =>
  line.texts.some((t, i) => i > 0 && t.x - (line.texts[i - 1]?.x ?? 0) - (line.texts[i - 1]?.width ?? 0) > line.size) &&
  line.texts.every((t) => !NUMBER.test(t.text.trim()) && t.text.trim().length <= 12);

/** Spans that overlap are one column; the result in x order. */
function columns(spans: readonly Span[], slack: number): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && overlaps(last, s, slack)) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/**
 * For each line of a table printed without rules: the runs before its numbers (the label) and its cells,
 * one per column, empty where the row prints nothing.
 */
export function unruledRows(lines: readonly RunLine[]): Map<RunLine, { label: PageText[]; cells: string[] }> {
  const out = new Map<RunLine, { label: PageText[]; cells: string[] }>();
  let header: RunLine[] = [];
  let rows: { line: RunLine; numbers: PageText[]; touching: Set<PageText> }[] = [];
  const close = () => {
    const size = Math.max(0, ...rows.map((r) => r.line.size));
    const numbers = columns(
      rows.flatMap((r) => r.numbers.filter((t) => !r.touching.has(t)).map(spanOf)),
      size * 0.2,
    );
    // A blank last column is told by its header only in a wide table (table three's 总计), and only a
    // column further on than the columns' own pitch: a header centred over the last column printed
    // left-aligned numbers is that column, not another.
    const centre = (c: Span) => (c.from + c.to) / 2;
    const last = numbers[numbers.length - 1];
    const pitch = numbers.length >= 4 && last ? (centre(last) - centre(numbers[0] ?? last)) / (numbers.length - 1) : 0;
    const blankRight =
      pitch > 0 && last
        ? columns(
            header.flatMap((l) =>
              l.texts.filter((t) => t.x > last.to && centre(spanOf(t)) > centre(last) + pitch * 0.6).map(spanOf),
            ),
            size * 0.2,
          )
        : [];
    // Columns are those of the fullest row: more than any row prints means a number stood between two
    // columns (or a row belongs to another table), and nothing is changed.
    const widest = Math.max(0, ...rows.map((r) => r.numbers.filter((t) => !r.touching.has(t)).length));
    const all = numbers.length === widest ? [...numbers, ...blankRight] : [];
    for (const { line, numbers: own } of rows) {
      if (all.length === 0) continue;
      // Each number in one column, and no two in the same: else the row is left as it was.
      const at = own.map((t) => all.filter((c) => overlaps(c, spanOf(t), 0)));
      if (at.some((cs) => cs.length !== 1) || new Set(at.map((cs) => cs[0])).size !== own.length) continue;
      const cells = all.map((c) => own.find((_, k) => at[k]?.[0] === c)?.text.trim() ?? '');
      out.set(line, { label: line.texts.filter((t) => !own.includes(t)), cells });
    }
    header = [];
    rows = [];
  };
  for (const line of lines) {
    const read = numbersOf(line);
    if (read) rows.push({ line, ...read });
    else if (isHeader(line)) {
      if (rows.length > 0) close();
      header.push(line);
    }
  }
  close();
  return out;
}
