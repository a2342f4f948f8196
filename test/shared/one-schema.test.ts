import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIndex, NARRATIVE_PARTS } from '@shared/format';
import { channelArgs } from '@shared/ipc/contract';
import { emptyReport, UNIT_KINDS } from '@shared/report';
import type { Report } from '@shared/report';
import { parseReportFile, serializeReadable, validateReport } from '@shared/report/load';
import { REPORT_LIMITS } from '@shared/report/schema';
import { clone, SAMPLE_PATH } from '../helpers';

/**
 * One schema decides what a report is (issue 15.1): whatever the loader accepts, the IPC contract
 * accepts and the writer writes, and what is written loads again — for generated reports and for
 * arbitrary damage done to a real file.
 */
const NOW = new Date();
const DOC_ID = '00000000-0000-4000-8000-000000000000';
const ipcAccepts = (report: unknown) => channelArgs['file:save'].safeParse([DOC_ID, report, undefined]).success;

/** Any text a clerk, a paste or an import can produce: control characters, lone surrogates, bidi marks. */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const count = fc.option(fc.integer({ min: -1000, max: REPORT_LIMITS.cellMagnitude }), { nil: null });

const generatedReport: fc.Arbitrary<Report> = fc
  .record({
    year: fc.integer({ min: 2019, max: NOW.getFullYear() + 1 }),
    unitName: text,
    kind: fc.constantFrom(...UNIT_KINDS),
    region: text,
    title: text,
    parts: fc.tuple(text, text, text),
    values: fc.array(count, { minLength: 175, maxLength: 175 }),
    extraRows: fc.array(
      fc.record({ label: text, values: fc.array(text, { maxLength: REPORT_LIMITS.extraRowValues }) }),
      {
        maxLength: 3,
      },
    ),
    splitWays: fc.array(fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), { maxLength: REPORT_LIMITS.splitWays }),
    autoTotals: fc.boolean(),
    decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    date: fc.option(fc.date({ min: new Date('2019-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), {
      nil: undefined,
    }),
  })
  .map((g) => {
    const report = emptyReport({ year: g.year, unitName: g.unitName, kind: g.kind, region: g.region });
    report.title = g.title;
    NARRATIVE_PARTS.forEach((p, i) => (report.parts[p] = g.parts[i] ?? ''));
    formatIndex(report.formatId).cells.forEach((c, i) => (report.cells[c.id] = g.values[i] ?? null));
    report.settings = { autoTotals: g.autoTotals, ...(g.decimals === undefined ? {} : { amountDecimals: g.decimals }) };
    report.closing.date = g.date ? g.date.toISOString().slice(0, 10) : '';
    report.published = {
      extraRows: g.extraRows.map((r) => ({ table: 'T3' as const, ...r })),
      ...(g.splitWays.length > 0 ? { splits: { 'T3.new': g.splitWays } } : {}),
    };
    return report;
  });

describe('one schema for loader, IPC and writer', () => {
  it('every generated report is accepted by IPC, written, and loads back unchanged', () => {
    fc.assert(
      fc.property(generatedReport, (report) => {
        expect(ipcAccepts(report)).toBe(true);
        const written = serializeReadable(report);
        expect(written.ok).toBe(true);
        if (!written.ok) return;
        const back = parseReportFile(written.text);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(ipcAccepts(back.report)).toBe(true);
        expect(back.report.cells).toEqual(
          Object.fromEntries(Object.entries(report.cells).map(([k, v]) => [k, v === 0 ? 0 : v])),
        );
        expect(back.report.title).toBe(report.title);
      }),
      { numRuns: 300, seed: 15_1 },
    );
  });

  it('after any damage to a real file, the loader and IPC agree, and what loads can be written and reopened', () => {
    const sample = (JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { report: Record<string, unknown> }).report;
    /** Every path in the sample's report, so damage reaches each field, cell and nested object. */
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(sample, []);
    const damage = fc.record({
      path: fc.constantFrom(...paths),
      extraKey: fc.option(fc.constantFrom('x', 'lastYear', 'published', 'splits', 'T3.new', '__proto__'), {
        nil: undefined,
      }),
      value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(1e20, -0, 2.5, 2018, '', null)),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const raw = clone(sample);
        for (const d of damages) {
          let target: Record<string, unknown> = { root: raw };
          let key = 'root';
          for (const k of d.path) {
            const next = target[key];
            if (typeof next !== 'object' || next === null) break;
            target = next as Record<string, unknown>;
            key = k;
          }
          if (d.extraKey !== undefined && typeof target[key] === 'object' && target[key] !== null) {
            Object.defineProperty(target[key], d.extraKey, { value: d.value, enumerable: true, writable: true });
          } else target[key] = d.value;
        }
        const loaded = validateReport(raw);
        expect(ipcAccepts(raw)).toBe(loaded.ok);
        if (!loaded.ok) {
          expect(loaded.errors.map((e) => e.message).join('')).not.toMatch(/undefined|\[object/);
          return;
        }
        const written = serializeReadable(loaded.report);
        expect(written.ok).toBe(true);
        if (written.ok) expect(ipcAccepts((parseReportFile(written.text) as { report?: unknown }).report)).toBe(true);
      }),
      { numRuns: 500, seed: 15_2 },
    );
  });
});
