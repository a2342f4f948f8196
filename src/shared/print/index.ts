export { printHtml } from './print-html';
export type { PrintOptions } from './print-html';
export { COLUMN_WIDTHS, PRINT_FONTS } from './styles';
export type { Paper } from './styles';
export { titleLines } from './title';
