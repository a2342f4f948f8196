export { documentHtml, printDocument, printHtml } from './print-html';
export { printedValue } from './printed-value';
export { tableNote } from './table-note';
export type { PrintDocument, PrintOptions } from './print-html';
export { COLUMN_WIDTHS, PRINT_FONTS, printCss } from './styles';
export type { Paper } from './styles';
export { titleLines } from './title';
