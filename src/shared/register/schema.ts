import { z } from 'zod';
import { T3_APPLICANTS } from '../format';
import { ALL_OUTCOMES } from './outcomes';
import { CHANNELS } from './types';

const date = z.iso.date();
const optionalText = z.string().max(500).optional();

/** One application as stored; loose like the rest of the file, so a later minor version's fields survive. */
const applicationSchema = z.looseObject({
  id: z.string().min(1).max(64),
  number: z.string().max(100),
  received: date,
  channel: z.enum(CHANNELS),
  applicant: z.enum(T3_APPLICANTS.map((a) => a.id) as [string, ...string[]]),
  subject: z.string().max(2000),
  name: optionalText,
  contact: optionalText,
  correction: z.looseObject({ notified: date, replied: date.optional() }).optional(),
  extended: date.optional(),
  consultation: z.looseObject({ from: date, to: date.optional() }).optional(),
  outcome: z.enum(ALL_OUTCOMES as [string, ...string[]]).optional(),
  answered: date.optional(),
  feeNotice: date.optional(),
  carriedIn: z.boolean().optional(),
});

/** The optional `register` section of a report (older readers ignore it: the report object is loose). */
export const registerSchema = z.looseObject({
  // A township receives a handful a year, a busy county department a few thousand.
  applications: z.array(applicationSchema).max(50_000),
  countsTable: z.boolean().optional(),
  calendar: z.record(date, z.enum(['work', 'off'])).optional(),
});
