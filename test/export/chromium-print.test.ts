import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumPath, chromiumSurface, launchChromium } from '../../src/main/export/chromium-print';

const chromium = chromiumPath() ?? '/usr/bin/chromium';

describe('Chromium driven over its DevTools pipe', () => {
  it('prints a local page and fetches nothing from the network, even what the page asks for', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-chromium-print-'));
    const page = join(dir, 'page.html');
    await writeFile(
      page,
      `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${origin}/style.css"></head>
<body><p>printed offline</p><img src="${origin}/image.png"><iframe src="${origin}/frame.html"></iframe></body></html>`,
    );
    const browser = await launchChromium(chromium);
    try {
      const surface = await chromiumSurface(browser);
      await surface.load(pathToFileURL(page).href);
      const pdf = await surface.pdf('preview');
      await surface.close();
      expect(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' })).toContain('printed offline');
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);

  it('says in Chinese that Chromium could not start, instead of waiting for it', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow('无法启动 Chromium');
    // A program that is no Chromium ends at once: its exit is the answer to the first command.
    await expect(launchChromium('/bin/false')).rejects.toThrow(/Chromium 意外退出（退出码 1）/);
  }, 60_000);
});
