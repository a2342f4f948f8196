import { z } from 'zod';
import { FORMAT_IDS, NARRATIVE_PARTS, TABLE_IDS } from '../format';
import type { TableId } from '../format';
import { registerSchema } from '../register/schema';
import { ACKNOWLEDGEABLE_RULES, UNIT_KINDS } from './types';

/**
 * The shape of `report` inside a `.nianbao` file. Objects are loose so fields added by a later minor
 * version survive a load and save; meanings of existing fields never change (see ReportFile).
 */
const text = z.string();

/**
 * Bounds on what a report may hold, shared by the file schema, the IPC contract and the importers (which
 * must tell the clerk what they cannot keep rather than produce a report the app could not save).
 */
export const REPORT_LIMITS = {
  /** A published number beyond 2^53 cannot be held exactly, so it is no number a table printed. */
  cellMagnitude: Number.MAX_SAFE_INTEGER,
  extraRowValues: 50,
  splitWays: 10,
  splitLength: 20,
  /** Objects and lists inside `report`: the format's own fields need 4; unknown fields a later version adds get room. */
  depth: 32,
} as const;

// Finite, exactly representable numbers only: NaN, Infinity and 1e20 cannot be printed in a table.
const cell = z.number().min(-REPORT_LIMITS.cellMagnitude).max(REPORT_LIMITS.cellMagnitude).nullable();

export const partsSchema = z.looseObject(
  Object.fromEntries(NARRATIVE_PARTS.map((p) => [p, text])) as Record<(typeof NARRATIVE_PARTS)[number], typeof text>,
);

export const reportSchema = z.looseObject({
  formatId: z.enum(FORMAT_IDS as [string, ...string[]]),
  year: z.number().int(),
  unit: z.looseObject({ name: text, kind: z.enum(UNIT_KINDS), region: text }),
  title: text,
  preamble: text,
  parts: partsSchema,
  cells: z.record(z.string(), cell),
  closing: z.looseObject({ unit: text, date: z.union([z.literal(''), z.iso.date()]) }),
  settings: z.looseObject({
    autoTotals: z.boolean(),
    procurementUnit: z.enum(['元', '万元']).optional(),
    amountDecimals: z.number().int().min(0).max(6).optional(),
  }),
  lastYear: z
    .looseObject({
      formatId: z.enum(FORMAT_IDS as [string, ...string[]]),
      year: z.number().int(),
      cells: z.record(z.string(), cell),
      parts: partsSchema,
    })
    .optional(),
  register: registerSchema.optional(),
  drafts: z.array(z.enum(NARRATIVE_PARTS as unknown as [string, ...string[]])).optional(),
  published: z
    .looseObject({
      headings: z.record(z.string(), text).optional(),
      labels: z.record(z.string(), text).optional(),
      missingRows: z.array(text).optional(),
      splits: z
        .record(
          z.string(),
          z.array(z.array(z.number().int().nonnegative()).max(REPORT_LIMITS.splitLength)).max(REPORT_LIMITS.splitWays),
        )
        .optional(),
      byPosition: z.array(text).optional(),
      unplaced: z.array(text).optional(),
      extraRows: z
        .array(
          z.object({
            table: z.enum(TABLE_IDS as [TableId, ...TableId[]]),
            label: text,
            values: z.array(text).max(REPORT_LIMITS.extraRowValues),
          }),
        )
        .optional(),
      acknowledged: z.array(z.enum(ACKNOWLEDGEABLE_RULES)).max(ACKNOWLEDGEABLE_RULES.length).optional(),
    })
    .optional(),
});
