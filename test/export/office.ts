import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { testFontconfig } from '../fonts';

/**
 * Converts a .docx to PDF with LibreOffice, as the county office's PC would open it (the names the DOCX
 * uses mapped to the shipped fonts); returns the PDF path.
 */
export function libreOfficeToPdf(docx: string, outDir: string): string {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: testFontconfig(), HOME: outDir },
    stdio: 'pipe',
    timeout: 120_000,
  });
  return join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
}
