import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../test/renderer/browser';
import { openEditor } from '../test/renderer/harness';
import { report } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Renderer JavaScript as shipped, gzip-compressed. */
function rendererGzipKb(): number {
  const dir = join(ROOT, 'out/renderer/assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return js.reduce((kb, f) => kb + gzipSync(readFileSync(join(dir, f))).length / 1024, 0);
}

/**
 * In Chromium on this machine: the time from a keystroke in a T3 cell to the next frame painted with
 * the new value, findings and marks (the page timestamps it itself, so Playwright's overhead is not
 * counted); and the time until the editor is ready with a full report.
 */
export async function benchEditor(): Promise<void> {
  report('renderer.js.gzip', rendererGzipKb(), 'KB', '≤ 300');
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.log('bench: editor skipped (no Chromium: apt-get install chromium)');
    return;
  }
  const browser = await launch();
  try {
    const ready: number[] = [];
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const userData = mkdtempSync(join(tmpdir(), 'nianbao-bench-ui-'));
      const app = await openEditor(browser, {
        userData,
        dialogs: { chooseOpenPath: () => Promise.resolve(undefined), chooseSavePath: () => Promise.resolve(undefined) },
      });
      await app.page.waitForSelector('.editor[data-ready="true"]');
      const [total, render] = await app.page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        return [at('nianbao:editor-shown'), at('nianbao:editor-shown') - at('nianbao:report-received')];
      });
      ready.push(total ?? Number.NaN);
      renders.push(render ?? Number.NaN);
      if (i < 4) await app.page.close();
      else {
        const page = app.page;
        await page.evaluate(() => {
          const w = globalThis as unknown as { __latency: Record<string, number[]> };
          w.__latency = { commit: [], type: [], commitWork: [], typeWork: [] };
          let pending: { kind: string; t0: number } | undefined;
          // The work a keystroke causes: script, DOM update, style and layout (read back at once).
          new MutationObserver(() => {
            if (!pending) return;
            void document.body.offsetHeight;
            w.__latency[`${pending.kind}Work`]?.push(performance.now() - pending.t0);
            pending = undefined;
          }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          document.addEventListener(
            'keydown',
            (e) => {
              const t0 = performance.now();
              const kind = e.key === 'Enter' ? 'commit' : /^\d$/.test(e.key) ? 'type' : undefined;
              if (!kind) return;
              pending = { kind, t0 };
              // Until the frame that follows the keystroke has been painted (waiting for that frame included).
              requestAnimationFrame(() => setTimeout(() => w.__latency[kind]?.push(performance.now() - t0), 0));
            },
            true,
          );
        });
        await page.locator('td[data-cell="T3.new.natural"]').click();
        for (let n = 0; n < 300; n++) {
          await page.keyboard.type(String(n % 10));
          await page.keyboard.press('Enter');
          // A clerk types a few keys a second: let each keystroke's frame finish before the next key.
          await page.waitForTimeout(40);
          await page.keyboard.press('ArrowUp');
        }
        await page.waitForTimeout(100);
        const latency = await page.evaluate(
          () => (globalThis as unknown as { __latency: Record<string, number[]> }).__latency,
        );
        report('editor.keystroke.commit.work.p95', percentile(latency.commitWork ?? [], 95), 'ms', '≤ 8');
        report('editor.keystroke.type.work.p95', percentile(latency.typeWork ?? [], 95), 'ms');
        report('editor.keystroke.commit.frame.p95', percentile(latency.commit ?? [], 95), 'ms');
        report('editor.keystroke.type.frame.p95', percentile(latency.type ?? [], 95), 'ms');
        await page.close();
      }
    }
    report('editor.ready.full-report', percentile(ready, 50), 'ms', '≤ 400');
    report('editor.render.full-report', percentile(renders, 50), 'ms');
  } finally {
    await browser.close();
  }
}
