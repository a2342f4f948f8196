import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

/** The names the DOCX and the editor's styles ask for, and the shipped Fandol font that stands in for each. */
const STAND_INS: [name: string, family: string][] = [
  ['仿宋_GB2312', 'FandolFang'],
  ['FangSong_GB2312', 'FandolFang'],
  ['黑体', 'FandolHei'],
  ['SimHei', 'FandolHei'],
  ['Microsoft YaHei', 'FandolHei'],
  ['楷体_GB2312', 'FandolKai'],
  ['方正小标宋简体', 'FandolSong'],
  ['宋体', 'FandolSong'],
];

let file: string | undefined;

/**
 * A fontconfig file for LibreOffice and Chromium in the tests. A fresh Debian machine has no Chinese
 * font: without this, the converted DOCX falls back to a sans font and every screenshot of the editor
 * shows boxes for Chinese text. It adds the shipped fonts and maps the Windows names to them, so
 * conversions and screenshots show what a clerk's PC with those fonts would.
 */
export function testFontconfig(): string {
  if (file) return file;
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fc-'));
  const alias = ([name, family]: [string, string]) =>
    `<alias binding="same"><family>${name}</family><prefer><family>${family}</family></prefer></alias>`;
  file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${join(ROOT, 'resources/fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir>
${STAND_INS.map(alias).join('\n')}
</fontconfig>`,
  );
  return file;
}
