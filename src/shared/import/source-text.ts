/**
 * The text an import read, kept for 原文对照: the clerk checks the cells an import left uncertain (I1, I2)
 * against the lines they came from. It is session data, never saved in the report file: the source is
 * the clerk's own document (a portal page's text can be large and carry the page's chrome), and the
 * report keeps only what was published in the tables (`published`).
 */
export interface ImportSource {
  /** The text as the importer read it, line by line (a web page's table rows as tab-separated lines). */
  text: string;
  /** Row key (`T3.new`) → 0-based line of `text` the row was read from. One entry per format row at most. */
  rows: Record<string, number>;
  /** Rows whose digits ran together in the source and were split by the sum rules (the only split that fits). */
  splitBySums: string[];
}

/** A report's text is well under this (100 KB is a long one); a paste of a whole site is cut for the pane. */
export const SOURCE_TEXT_LIMIT = 400_000;

/** The source as the editor may hold it: cut at the limit, with row lines beyond the cut left out. */
export function boundedSource(text: string, rows: Record<string, number>, splitBySums: string[]): ImportSource {
  if (text.length <= SOURCE_TEXT_LIMIT) return { text, rows, splitBySums };
  const cut = text.slice(0, SOURCE_TEXT_LIMIT);
  const lines = cut.split('\n').length;
  const kept = Object.fromEntries(Object.entries(rows).filter(([, line]) => line < lines - 1));
  return { text: cut, rows: kept, splitBySums };
}
