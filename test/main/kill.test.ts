import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '@shared/report/load';
import { FileService } from '../../src/main/files/documents';
import { SAMPLE_PATH } from '../helpers';
import { buildChild } from './children/build';

/** KILLS=1000 for the figures in a closing note; 200 in the normal run. */
const KILLS = Number(process.env.KILLS ?? 200);

let child: string;
beforeAll(async () => {
  child = await buildChild();
}, 60_000);

/** Starts a saving child and SIGKILLs it at a random moment after its first save or earlier. */
function runAndKill(path: string, base: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, 'save', path, base], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = 0;
    let buffered = '';
    let armed = false;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const l of lines) last = Number(l);
      if (!armed) {
        armed = true;
        setTimeout(() => proc.kill('SIGKILL'), Math.random() * 25);
      }
    });
    // Sometimes kill before the first save has even finished.
    if (Math.random() < 0.15) setTimeout(() => proc.kill('SIGKILL'), Math.random() * 60);
    proc.on('error', reject);
    proc.on('exit', () => resolve(last));
  });
}

describe('a save killed at any moment', () => {
  it(
    `leaves the previous or the new report, never a broken one (${KILLS} kills)`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'nianbao-kill-'));
      const path = join(dir, '示例镇2025.nianbao');
      await copyFile(SAMPLE_PATH, path);
      const files = new FileService({ userData: join(dir, 'userdata') });
      let previous = 0;
      let newContentSeen = 0;
      let tempsFound = 0;
      for (let k = 0; k < KILLS; k++) {
        const confirmed = await runAndKill(path, SAMPLE_PATH);
        const loaded = parseReportFile(await readFile(path, 'utf8'));
        expect(loaded.ok, `kill ${k}`).toBe(true);
        if (!loaded.ok) return;
        // The file holds the last save the child confirmed, or the one it was killed in the middle of.
        const n = /^第(\d+)次保存$/.exec(loaded.report.preamble)?.[1];
        const saved = n === undefined ? 0 : Number(n);
        const allowed = confirmed === 0 ? [previous, 1] : [confirmed, confirmed + 1];
        expect(allowed, `kill ${k}: confirmed ${confirmed}, file has ${saved}`).toContain(saved);
        if (saved === confirmed + 1) newContentSeen++;
        previous = saved;
        // The next start (opening the file) leaves no temp file behind.
        tempsFound += (await readdir(dir)).filter((n) => n.endsWith('.nbtmp')).length;
        const opened = await files.open(path);
        expect(opened.ok).toBe(true);
        if (opened.ok) await files.close(opened.value.docId, { discard: false });
        expect((await readdir(dir)).filter((n) => n !== 'userdata')).toEqual(['示例镇2025.nianbao']);
      }
      console.log(
        `kill test: ${KILLS} kills, ${newContentSeen} landed mid-save with the new content complete, ${tempsFound} temp files cleaned at the next start`,
      );
    },
    KILLS * 1000,
  );
});
