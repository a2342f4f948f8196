/**
 * A block of cells from the clipboard: tab-separated rows from Excel or WPS, or a row of numbers copied
 * from a web page (separated by spaces). Trailing empty lines, which spreadsheets add, are dropped.
 */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines.map((line) => (line.includes('\t') ? line.split('\t') : line.trim().split(/[\s\u3000]+/)));
}

export function toClipboard(values: (number | null | undefined)[][]): string {
  return values.map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))).join('\t')).join('\n');
}
