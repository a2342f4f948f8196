import { FORMATS, formatForYear, NARRATIVE_PARTS } from '../format';
import type { FormatId, PartId } from '../format';
import { emptyReport } from '../report';
import type { Report } from '../report';
import { findTitle, isPageChrome, kindOf, takeClosing, unitOf } from './frame';
import { findHeadings } from './headings';
import { guessTownship, guessYear } from './infer-unit';
import { labelKey } from './labels';
import { evaluate } from '../rules';
import { readTable } from './text-tables';
import { tokenize } from './tokens';
import type { TableImport } from './text-tables';
import { boundedSource } from './source-text';
import { rejoinWrapped, tightSpacing, wrapWidth } from './paragraph-lines';
import type { ImportSource } from './source-text';

export interface TextImport {
  report: Report;
  /** How many of the six part headings were found: none means the text is not a report. */
  headings: number;
  /** What the clerk must check: what was inferred, placed by order, or could not be placed. */
  notices: string[];
  /** The format the labels point to, when it differs from the one the year requires. */
  labelsSuggest?: FormatId;
  /** The text read and the line of it each table row came from (原文对照). */
  source: ImportSource;
}

const textLines = (lines: readonly string[]) =>
  lines.map((l) => l.replace(/\[bookmark:[^\]]*\]/g, '').trim()).filter(Boolean);

/**
 * A part's text: the author's paragraphs, also when the text was copied out of a PDF line by line (`wrap`,
 * the printed width found over all the report's text: a part of two lines has too few to tell).
 */
function paragraphs(lines: readonly string[], wrap: number | undefined): string {
  return rejoinWrapped(textLines(lines), wrap).map(tightSpacing).join('\n');
}

/**
 * A row whose digits ran together is decided by the rules across rows: the 勾稽关系 (H1) and （七）总计
 * (H3) must hold. When exactly one of the row's splits makes them hold, it is the one — even a row with
 * only one split that adds up must pass them, since a misprinted total can admit a split that adds up
 * and was never printed. Returns the rows still undecided (with no split, one, or several), for the clerk
 * to pick from or type in (finding I1); a search that hit its cap decides nothing.
 */
function decideByColumns(report: Report, candidates: TableImport['candidates']): Record<string, number[][]> {
  const undecided: Record<string, number[][]> = {};
  for (const [row, { cells, splits, exhausted }] of Object.entries(candidates)) {
    if (exhausted) {
      undecided[row] = splits;
      continue;
    }
    const fitting = splits.filter((split) => {
      const trial = { ...report, cells: { ...report.cells } };
      cells.forEach((id, i) => (trial.cells[id] = split[i] ?? null));
      return !evaluate(trial).some(
        (f) => (f.rule === 'H1' || f.rule === 'H3') && f.cells.some((c) => cells.includes(c)),
      );
    });
    const [only] = fitting;
    if (fitting.length === 1 && only) cells.forEach((id, i) => (report.cells[id] = only[i] ?? null));
    else undecided[row] = splits;
  }
  return undecided;
}

/**
 * A report from text copied out of a published report (web page, Word or PDF dump): title, preamble,
 * the six parts by their headings, and the three tables by their row labels. Numbers are taken as
 * published, never corrected: a total that does not add up stays, and the rules report it.
 */
export function importText(text: string): TextImport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headings = findHeadings(lines);
  const starts = [...headings.entries()].sort((a, b) => a[1].line - b[1].line);
  const first = starts[0]?.[1].line ?? lines.length;
  const before = lines
    .slice(0, first)
    .map((l) => l.trim())
    .filter(Boolean);
  const found = findTitle(before);
  const title = found?.text.replace(/\s+/g, ' ') ?? '';
  const inferred: string[] = [];
  const read = unitOf(title);
  let { name } = read;
  let year = read.year;
  if (!title) {
    // No title: the year and the unit are guessed from the text, and the clerk is told.
    year = guessYear(text);
    name = guessTownship(text) ?? '';
    if (year) inferred.push(`年度：${year}年`);
    if (name) inferred.push(`单位：${name}`);
  }
  const notices = inferred.length > 0 ? [`原文没有标题，${inferred.join('、')}是从正文推断的，请核对。`] : [];
  year ??= new Date().getFullYear() - 1;
  const report = emptyReport({ year, unitName: name, kind: kindOf(name) });
  report.title = title.replace(/\s+/g, '') || report.title;
  const preamble = (found ? before.slice(found.end) : before).filter((l) => !isPageChrome(l));
  report.settings = { autoTotals: false };

  const section = (part: PartId) => {
    const at = headings.get(part)?.line;
    if (at === undefined) return [];
    const next = starts.find(([, h]) => h.line > at)?.[1].line ?? lines.length;
    return lines.slice(at + 1, next);
  };
  const format = FORMATS[report.formatId];
  const published: NonNullable<Report['published']> = { headings: {}, labels: {}, missingRows: [] };
  for (const part of format.parts) {
    const h = headings.get(part.id);
    if (h && labelKey(h.text) !== labelKey(part.heading))
      published.headings = { ...published.headings, [part.id]: h.text };
  }
  const wrap = wrapWidth(textLines([...preamble, ...NARRATIVE_PARTS.flatMap(section)]));
  report.preamble = paragraphs(preamble, wrap);
  for (const part of NARRATIVE_PARTS) report.parts[part] = paragraphs(section(part), wrap);
  const closing = takeClosing(report.parts.other);
  if (closing) {
    report.parts.other = closing.rest;
    report.closing = { unit: closing.unit, date: closing.date };
  }

  const candidates: TableImport['candidates'] = {};
  const rowLines: Record<string, number> = {};
  for (const [part, table] of [
    ['active', format.tables.T2],
    ['requests', format.tables.T3],
    ['review', format.tables.T4],
  ] as const) {
    const read = readTable(report.formatId, table, tokenize(section(part)));
    // Token lines count from the line after the part's heading.
    const from = (headings.get(part)?.line ?? 0) + 1;
    for (const [row, line] of Object.entries(read.rowLines)) rowLines[row] = from + line;
    Object.assign(report.cells, read.cells);
    Object.assign(published.labels ?? {}, read.labels);
    published.missingRows?.push(...read.missingRows);
    Object.assign(candidates, read.candidates);
    notices.push(...read.notices);
    // Told by the import's findings: rows placed by order (I2), rows no row of the format (I3).
    if (read.extraRows.length > 0) published.extraRows = [...(published.extraRows ?? []), ...read.extraRows];
    if (read.byPosition.length > 0) published.byPosition = [...(published.byPosition ?? []), ...read.byPosition];
    // Rows left blank on purpose, kept from 「空白填0」 (see Published.unplaced).
    if (read.unplaced.length > 0) published.unplaced = [...(published.unplaced ?? []), ...read.unplaced];
  }
  report.published = published;
  // Rows still undecided keep their possible splits: the clerk picks one (finding I1).
  const undecided = decideByColumns(report, candidates);
  if (Object.keys(undecided).length > 0) published.splits = undecided;
  const splitBySums = Object.keys(candidates).filter((row) => !(row in undecided));
  // Some provinces print 「（单位：万元，保留4位小数）」: the clerk's precision becomes the report's setting.
  const decimals = /保留\s*(\d)\s*位小数/.exec(text)?.[1];
  if (decimals) report.settings.amountDecimals = Number(decimals);
  if (!closing) report.closing = { unit: name, date: '' };
  // The 2019 format's own words in the tables point to it, whatever the year says (H6 then reports it).
  const labelsSuggest = /本年新制作数量|对外公开总数量|其他对外管理服务事项/.test(text) ? 'gov-2019' : 'gov-2021';
  return {
    report,
    headings: headings.size,
    notices,
    ...(labelsSuggest !== formatForYear(year) ? { labelsSuggest } : {}),
    source: boundedSource(lines.join('\n'), rowLines, splitBySums),
  };
}
