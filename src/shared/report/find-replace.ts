import { FORMATS } from '../format';
import type { NarrativePartId } from '../format';
import type { Report } from './types';

/** The texts 查找/替换 searches, in the order they print: the title, the preamble, the narrative parts. */
export type TextField = 'title' | 'preamble' | NarrativePartId;

export interface TextMatch {
  field: TextField;
  /** UTF-16 offsets in the field's text. */
  start: number;
  end: number;
}

export type ReportTexts = Pick<Report, 'title' | 'preamble' | 'parts'>;

export function textFields(report: Report): TextField[] {
  const parts = FORMATS[report.formatId].parts.filter((p) => !p.table).map((p) => p.id as NarrativePartId);
  return ['title', 'preamble', ...parts];
}

export function fieldText(report: ReportTexts, field: TextField): string {
  return field === 'title' || field === 'preamble' ? report[field] : report.parts[field];
}

/** Every occurrence of `query`, field by field; occurrences do not overlap (as a replacement would see them). */
export function findMatches(report: Report, query: string): TextMatch[] {
  if (!query) return [];
  const matches: TextMatch[] = [];
  for (const field of textFields(report)) {
    const text = fieldText(report, field);
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length))
      matches.push({ field, start: at, end: at + query.length });
  }
  return matches;
}

function withField(texts: ReportTexts, field: TextField, text: string): ReportTexts {
  return field === 'title' || field === 'preamble'
    ? { ...texts, [field]: text }
    : { ...texts, parts: { ...texts.parts, [field]: text } };
}

const textsOf = (report: Report): ReportTexts => ({
  title: report.title,
  preamble: report.preamble,
  parts: report.parts,
});

/** The texts with one match replaced; undefined when the text there is no longer `query`. */
export function replaceMatch(
  report: Report,
  match: TextMatch,
  query: string,
  replacement: string,
): ReportTexts | undefined {
  const text = fieldText(report, match.field);
  if (text.slice(match.start, match.end) !== query) return undefined;
  return withField(textsOf(report), match.field, text.slice(0, match.start) + replacement + text.slice(match.end));
}

/** The texts with every occurrence replaced, and how many there were. */
export function replaceAll(report: Report, query: string, replacement: string): { texts: ReportTexts; count: number } {
  let texts = textsOf(report);
  let count = 0;
  if (!query) return { texts, count };
  for (const field of textFields(report)) {
    const pieces = fieldText(texts, field).split(query);
    if (pieces.length < 2) continue;
    count += pieces.length - 1;
    texts = withField(texts, field, pieces.join(replacement));
  }
  return { texts, count };
}

/** Which fields two sets of texts differ in (what a replacement changed). */
export function changedFields(report: Report, texts: ReportTexts): TextField[] {
  return textFields(report).filter((f) => fieldText(report, f) !== fieldText(texts, f));
}
