// Renders build/icon.svg and build/file-icon.svg into the PNG and ICO files electron-builder needs
// (Linux: build/icons/<N>x<N>.png; Windows: build/icon.ico, build/file-icon.ico; Linux file type:
// build/file-icon.png). Chromium draws the SVG (the one the tests use: CHROMIUM_PATH or /usr/bin/chromium).
// Run: node scripts/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BUILD = join(import.meta.dirname, '..', 'build');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An ICO file holding PNG images (Windows Vista and later read PNG entries at every size). */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const render = async (svg, size) => {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0"><img src="${src}" width="${size}" height="${size}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  const app = readFileSync(join(BUILD, 'icon.svg'), 'utf8');
  const file = readFileSync(join(BUILD, 'file-icon.svg'), 'utf8');
  mkdirSync(join(BUILD, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), await render(app, size));
  const appIco = [];
  const fileIco = [];
  for (const size of ICO_SIZES) {
    appIco.push({ size, data: await render(app, size) });
    fileIco.push({ size, data: await render(file, size) });
  }
  writeFileSync(join(BUILD, 'icon.ico'), ico(appIco));
  writeFileSync(join(BUILD, 'file-icon.ico'), ico(fileIco));
  writeFileSync(join(BUILD, 'file-icon.png'), await render(file, 256));
  console.log(`icons written to ${BUILD}`);
} finally {
  await browser.close();
}
