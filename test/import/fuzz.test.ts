import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '@shared/report';
import { parseReportFile, validateReport } from '@shared/report/load';
import { exportDocx } from '../../src/main/export/docx';
import { finishPdf } from '../../src/main/export/finish-pdf';
import { importFile } from '../../src/main/import/bounded-import';
import { htmlText } from '../../src/main/import/html-text';
import { importTextOrHtml, readReportSource } from '../../src/main/import/read-source';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

/**
 * Seeded fuzzing of the importers (text, HTML, Word) and of report files: every input either imports into
 * a report that saves and reopens, or is refused with a message — no exception, no number that is not in
 * the source, within 2 s each. PDFs (nianbao's and a real WPS one) go through the bounded import worker, as
 * the app reads them, and the process's peak memory is held to 500 MB above its start. FUZZ_N=20000 for a long run on a developer's machine; FUZZ_SEED to replay.
 */
const N = Number(process.env.FUZZ_N ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CORPUS = readdirSync(fixturePath('fuzz')).map((name) => ({
  name,
  bytes: readFileSync(fixturePath(`fuzz/${name}`)),
}));

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const NOISE = [
  '\u200b',
  '\t',
  '\n',
  ' ',
  '3',
  '- 3 -',
  '第 3 页',
  '0',
  '12',
  '<b>',
  '</td>',
  '<tr>',
  '&#99999999;',
  '（',
  '|',
  '9'.repeat(30),
];

/** One damage: a byte flipped, a span deleted or duplicated, noise inserted, a line break removed. */
function mutate(text: string, pick: (n: number) => number): string {
  let s = text;
  for (let k = 1 + pick(4); k > 0; k--) {
    const at = pick(s.length + 1);
    switch (pick(5)) {
      case 0:
        s = s.slice(0, at) + (NOISE[pick(NOISE.length)] ?? '') + s.slice(at);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at + 1 + pick(40));
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at, at + pick(200)).repeat(1 + pick(3)) + s.slice(at);
        break;
      case 3:
        s = s.replace('\n', '');
        break;
      default:
        s = s.slice(0, at) + String.fromCharCode(pick(0x9fff)) + s.slice(at + 1);
    }
  }
  return s;
}

/** The number's digits as the source can print them (full-width, thousands separators taken out). */
const normal = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(\d)[,，](?=\d{3})/g, '$1');

function assertSound(result: Awaited<ReturnType<typeof readReportSource>>, source: string, kind: string): boolean {
  if (!result.ok) {
    expect(result.errors[0]?.message, kind).toMatch(/[\u4e00-\u9fff]/);
    expect(result.errors[0]?.message, kind).not.toContain('undefined');
    return false;
  }
  // Saves and reopens: serialize → load → validate.
  const reopened = parseReportFile(serializeReport(result.report));
  expect(reopened.ok, kind).toBe(true);
  expect(validateReport(result.report).ok, kind).toBe(true);
  // No number placed that the source does not print (0 may come from a blank mark or a split).
  const digits = normal(source);
  for (const [id, v] of Object.entries(result.report.cells))
    if (v !== null && v !== 0) expect(digits.includes(String(v)), `${kind} ${id}=${v}`).toBe(true);
  return true;
}

describe('fuzzing the importers', () => {
  it(`imports ${N} mutated texts and web pages soundly`, () => {
    const pick = rng(SEED);
    const stats = { inputs: 0, imported: 0, refused: 0 };
    for (let i = 0; i < N; i++) {
      const seed = CORPUS[pick(CORPUS.length)];
      if (!seed) continue;
      const html = seed.name.endsWith('.html');
      const text = mutate(new TextDecoder(html ? 'gb18030' : 'utf-8').decode(seed.bytes), pick);
      const started = performance.now();
      const r = importTextOrHtml(html ? { html: text } : { text });
      expect(performance.now() - started, `input ${i}`).toBeLessThan(2000);
      stats.inputs++;
      // A web page's numbers are those of its text as a reader sees it (tags removed).
      if (assertSound(r, html ? htmlText(text) : text, `${seed.name}#${i}`)) stats.imported++;
      else stats.refused++;
    }
    console.log(`fuzz: text/html ${JSON.stringify(stats)} seed ${SEED}`);
    expect(stats.imported).toBeGreaterThan(0);
  }, 170_000);

  it(`reads ${Math.ceil(N / 5)} damaged Word files soundly`, async () => {
    const pick = rng(SEED + 1);
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-fuzz-'));
    const good = Buffer.from(await exportDocx(loadReport(SAMPLE_PATH), 'fuzz'));
    const stats = { inputs: 0, imported: 0, refused: 0 };
    for (let i = 0; i < Math.ceil(N / 5); i++) {
      const bytes = Buffer.from(good);
      for (let k = 1 + pick(3); k > 0; k--) {
        const at = pick(bytes.length);
        bytes[at] = pick(256);
      }
      const path = join(dir, `f${i}.docx`);
      await writeFile(path, bytes);
      const started = performance.now();
      const r = await readReportSource(path);
      expect(performance.now() - started).toBeLessThan(2000);
      stats.inputs++;
      if (r.ok) {
        expect(parseReportFile(serializeReport(r.report)).ok).toBe(true);
        stats.imported++;
      } else stats.refused++;
    }
    console.log(`fuzz: docx ${JSON.stringify(stats)} seed ${SEED + 1}`);
  }, 170_000);

  it(`reads ${Math.ceil(N / 40)} damaged PDFs (nianbao's, and a WPS one) through the bounded worker soundly`, async () => {
    const pick = rng(SEED + 3);
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-fuzz-pdf-'));
    const seeds = [
      // A nianbao PDF: Chromium's pages of busy-2024 with the report attached as an export attaches it.
      await finishPdf(
        readFileSync(fixturePath('corpus/busy-2024-chromium.pdf')),
        loadReport(fixturePath('corpus/busy-2024.nianbao')),
        {
          creator: 'fuzz',
          now: new Date(),
        },
      ),
      readFileSync(fixturePath('corpus/huaian-2024-wps.pdf')),
    ];
    const startRss = process.resourceUsage().maxRSS;
    const stats = { inputs: 0, imported: 0, refused: 0 };
    for (let i = 0; i < Math.ceil(N / 40); i++) {
      const bytes = Buffer.from(seeds[i % seeds.length] ?? []);
      // Bytes flipped, and now and then the file cut short or a span repeated.
      for (let k = 1 + pick(8); k > 0; k--) bytes[pick(bytes.length)] = pick(256);
      const at = pick(bytes.length);
      const damaged =
        pick(4) === 0
          ? bytes.subarray(0, at)
          : pick(4) === 0
            ? Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + pick(4096)), bytes.subarray(at)])
            : bytes;
      const path = join(dir, `f${i}.pdf`);
      await writeFile(path, damaged);
      const r = await importFile(path);
      stats.inputs++;
      if (r.ok) {
        expect(parseReportFile(serializeReport(r.report)).ok, `pdf #${i}`).toBe(true);
        stats.imported++;
      } else {
        expect(r.errors[0]?.message, `pdf #${i}`).toMatch(/[\u4e00-\u9fff]/);
        expect(r.errors[0]?.message, `pdf #${i}`).not.toContain('undefined');
        stats.refused++;
      }
    }
    // maxRSS is in KB: the workers' peak, above what this process already held, stays under 500 MB.
    const grewMb = (process.resourceUsage().maxRSS - startRss) / 1024;
    console.log(`fuzz: pdf ${JSON.stringify(stats)} seed ${SEED + 3}, peak RSS +${grewMb.toFixed(0)} MB`);
    expect(grewMb).toBeLessThanOrEqual(500);
    expect(stats.imported).toBeGreaterThan(0);
  }, 170_000);

  it('refuses or loads mutated report files, never throwing', () => {
    const pick = rng(SEED + 2);
    const text = readFileSync(SAMPLE_PATH, 'utf8');
    const stats = { inputs: 0, loaded: 0, refused: 0 };
    for (let i = 0; i < N; i++) {
      const r = parseReportFile(mutate(text, pick));
      stats.inputs++;
      if (r.ok) {
        expect(parseReportFile(serializeReport(r.report)).ok).toBe(true);
        stats.loaded++;
      } else {
        expect(r.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
        stats.refused++;
      }
    }
    console.log(`fuzz: nianbao ${JSON.stringify(stats)} seed ${SEED + 2}`);
  });
});
