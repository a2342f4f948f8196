export { printHtml } from './print-html';
export { printedValue } from './printed-value';
export type { PrintOptions } from './print-html';
export { COLUMN_WIDTHS, PRINT_FONTS } from './styles';
export type { Paper } from './styles';
export { titleLines } from './title';
