import { pathToFileURL } from 'node:url';
import { printCss } from '@shared/print';
import type { Paper } from '@shared/print';

/** Where the print page finds the shipped fonts. */
export const fontBase = (fontsDir: string): string => pathToFileURL(fontsDir).href;

/**
 * The styles of every report's print page on this paper: what a print page can load before the report is
 * known. Apart from the export (and pdf-lib) so that the CLI can start loading the page before loading those.
 */
export function reportPrintStyle(fontsDir: string, paper: Paper = 'A4'): string {
  return printCss(fontBase(fontsDir), paper);
}
