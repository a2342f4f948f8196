import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/**
 * LibreOffice has no 仿宋_GB2312 and friends: a fontconfig file maps the names the DOCX uses to the
 * shipped Fandol fonts, so the conversion shows what Word would with the real fonts installed.
 */
function fontconfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fc-'));
  const alias = (name: string, family: string) =>
    `<alias binding="same"><family>${name}</family><prefer><family>${family}</family></prefer></alias>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${join(ROOT, 'resources/fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir>
${alias('仿宋_GB2312', 'FandolFang')}${alias('黑体', 'FandolHei')}${alias('楷体_GB2312', 'FandolKai')}
${alias('方正小标宋简体', 'FandolSong')}${alias('宋体', 'FandolSong')}
</fontconfig>`,
  );
  return file;
}

let config: string | undefined;

/** Converts a .docx to PDF with LibreOffice, as the county office's PC would open it; returns the PDF path. */
export function libreOfficeToPdf(docx: string, outDir: string): string {
  config ??= fontconfig();
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: config, HOME: outDir },
    stdio: 'pipe',
    timeout: 120_000,
  });
  return join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
}
