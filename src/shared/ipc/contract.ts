import { z } from 'zod';
import type { AppCommand } from './app-commands';
import type { NewReportInput, Report } from '../report';
import { reportProblems } from '../report/validate';
import { UNIT_KINDS } from '../report/types';
import type { CountyView } from '../county/view';
import type { ImportSource } from '../import/source-text';

/**
 * THE contract between main and renderer: one map from channel to argument schemas and result type.
 * main parses every argument against these schemas; the preload exposes one named function per
 * channel; a rename here fails the typecheck in all three processes. The renderer never hands main a
 * path: files are named by document id, recent-file id, backup id or recovery id.
 */

export interface AppInfo {
  name: string;
  version: string;
}

export type Failure = { ok: false; error: { code: string; message: string } };
export type Result<T> = { ok: true; value: T } | Failure;

/** A document main has open for the renderer. */
export interface OpenedDoc {
  docId: string;
  /** For display only (title bar, status bar). */
  path: string | null;
  name: string;
  report: Report;
  readOnly: boolean;
  /** Unsaved from the start: a recovered copy or a restored backup not yet saved. */
  dirty: boolean;
  /** Safe repairs the loader made, to tell the clerk; after an import, what was read and what to check. */
  notices: string[];
  /** Read from a Word file, a web page or text: the notices are the import's summary. */
  imported?: boolean;
  /** After an import from print: the text read and where each row came from (原文对照; never saved). */
  source?: ImportSource;
}

/** A file an export wrote: its path for display, and the id by which main opens it (export:open). */
export interface Exported {
  path: string;
  exportId: string;
  /** Written, but its folder could not be synced to disk: said to the clerk. */
  warning?: string;
}

export interface SavedInfo {
  path: string;
  name: string;
  savedAt: string;
  /** Saved, but something around it failed (the backup, the folder's sync): said to the clerk. */
  warning?: string;
}

/** A document's recovery copy after main tried to write it: when it was written, or why it was not. */
export type RecoveryState = { docId: string; savedAt: string } | { docId: string; problem: string };

export interface RecentItem {
  id: string;
  name: string;
  folder: string;
  title: string;
  openedAt: string;
  exists: boolean;
}

export interface RecoveryItem {
  id: string;
  name: string;
  title: string;
  savedAt: string;
  changes: string;
}

export interface BackupItem {
  id: string;
  time: string;
  reason: 'save' | 'restore';
  bytes: number;
  /** What this version changed from the version kept before it (the recovery offer's wording). */
  changes: string;
  /** What has changed since this version, up to the report as it is now. */
  sinceThen: string;
}

/** One page of 打印预览: the page as an image, and its size on paper in CSS pixels (96 per inch). */
export interface PreviewPage {
  image: string;
  width: number;
  height: number;
}

/** An application 已超期 or 即将到期 in the register of a recently opened report (start screen). */
export interface DueItem {
  recentId: string;
  file: string;
  title: string;
  applicationId: string;
  number: string;
  subject: string;
  state: 'overdue' | 'soon';
  due: string;
  /** Working days left (negative: overdue by that many). */
  left: number;
  estimated: boolean;
}

export interface DueAcross {
  items: DueItem[];
  /** Years of these due dates whose holiday notice is not in the data. */
  calendarMissing: number[];
}

export type OutsideState = 'unchanged' | 'changed' | 'missing' | 'untitled';

const id = z.string().regex(/^[0-9a-f-]{8,64}$/);
/** A unit of a county workspace, by the key main gave it (a normalised name). */
const unitKey = z.string().min(1).max(300);
const backupId = z.string().regex(/^\d{13}-(save|restore)\.nianbao$/);
const newReport = z.object({
  year: z.number().int().min(2019).max(2100),
  unitName: z.string().trim().min(1).max(100),
  kind: z.enum(UNIT_KINDS),
  region: z.string().max(100).optional(),
}) satisfies z.ZodType<NewReportInput>;
const exportChoice = z.object({
  paper: z.enum(['A4', 'A3']).optional(),
  draft: z.boolean().optional(),
  closing: z.boolean().optional(),
});
/** What the clerk pasted: a web page's HTML when the clipboard had it, else text. A report is far below the limit. */
const PASTE_LIMIT = 20_000_000;
const pasted = z.union([
  z.strictObject({ html: z.string().max(PASTE_LIMIT) }),
  z.strictObject({ text: z.string().max(PASTE_LIMIT) }),
]);
/** An error nothing caught in the renderer, for main's log and the clerk's message (capped: it is hostile input). */
const rendererError = z.object({
  kind: z.enum(['error', 'rejection', 'render']),
  message: z.string().max(4000),
  stack: z.string().max(16_000).optional(),
});
export type RendererError = z.infer<typeof rendererError>;
const saveOptions = z.object({ overwriteOutside: z.boolean().optional() }).optional();
/** A report from the renderer: exactly what the loader accepts (one validator), so what main holds can be saved. */
const report = z.unknown().superRefine((raw, ctx) => {
  for (const problem of reportProblems(raw)) ctx.addIssue({ code: 'custom', message: problem.message });
}) as unknown as z.ZodType<Report, Report>;

/** Channel → result type. */
export interface ChannelResults {
  'county:open': CountyView | null;
  'county:refresh': CountyView;
  'county:openUnit': OpenedDoc;
  'county:newReport': OpenedDoc;
  'county:setIncluded': CountyView;
  'county:choose': CountyView;
  'county:saveRoster': CountyView;
  'county:chooseRoster': CountyView | null;
  'county:exportXlsx': { path: string } | null;
  'county:exportCsv': { path: string } | null;
  'county:exportBundle': { path: string; reports: number; skipped: string[] } | null;
  'county:print': null;
  /** The 登记台账's spreadsheet the clerk picked, as rows of text (the mapping runs in the renderer). */
  'register:readSheet': { name: string; rows: string[][] } | null;
  'register:exportXlsx': Exported | null;
  'register:dueAcross': DueAcross;
  'app:info': AppInfo;
  'app:closeReady': null;
  'app:rendererError': null;
  'file:new': OpenedDoc;
  'file:openSample': OpenedDoc;
  'file:newFromLastYear': OpenedDoc | null;
  'file:openDialog': OpenedDoc | null;
  'file:importPasted': OpenedDoc;
  'file:openRecent': OpenedDoc;
  'file:recent': RecentItem[];
  'file:save': SavedInfo;
  'file:saveAs': SavedInfo | null;
  'file:update': null;
  'file:close': null;
  'file:checkOutside': OutsideState;
  'file:reload': OpenedDoc;
  'recovery:list': RecoveryItem[];
  'recovery:accept': OpenedDoc;
  'recovery:discard': null;
  'backups:list': BackupItem[];
  'backups:restore': OpenedDoc;
  'export:pdf': Exported | null;
  'export:docx': Exported | null;
  'export:open': null;
  'export:showInFolder': null;
  'export:print': null;
  'export:preview': { pages: PreviewPage[] };
}

/** Channel → argument schemas (a tuple), parsed in main before any handler runs. */
export const channelArgs = {
  'county:open': z.tuple([]),
  'county:refresh': z.tuple([id]),
  'county:openUnit': z.tuple([id, unitKey, z.number().int().min(0).max(1000)]),
  'county:newReport': z.tuple([id]),
  'county:setIncluded': z.tuple([id, unitKey, z.boolean()]),
  'county:choose': z.tuple([id, unitKey, z.number().int().min(0).max(1000)]),
  'county:saveRoster': z.tuple([id, z.string().max(1_000_000)]),
  'county:chooseRoster': z.tuple([id]),
  'county:exportXlsx': z.tuple([id]),
  'county:exportCsv': z.tuple([id]),
  'county:exportBundle': z.tuple([id]),
  'county:print': z.tuple([id]),
  'register:readSheet': z.tuple([]),
  'register:exportXlsx': z.tuple([report]),
  /** The clerk's today: deadlines are counted in local days. */
  'register:dueAcross': z.tuple([z.iso.date()]),
  'app:info': z.tuple([]),
  'app:closeReady': z.tuple([]),
  'app:rendererError': z.tuple([rendererError]),
  'file:new': z.tuple([newReport]),
  'file:openSample': z.tuple([]),
  'file:newFromLastYear': z.tuple([]),
  'file:openDialog': z.tuple([]),
  'file:importPasted': z.tuple([pasted]),
  'file:openRecent': z.tuple([id]),
  'file:recent': z.tuple([]),
  'file:save': z.tuple([id, report, saveOptions]),
  'file:saveAs': z.tuple([id, report]),
  'file:update': z.tuple([id, report.nullable()]),
  'file:close': z.tuple([id, z.object({ discard: z.boolean() })]),
  'file:checkOutside': z.tuple([id]),
  'file:reload': z.tuple([id]),
  'recovery:list': z.tuple([]),
  'recovery:accept': z.tuple([id]),
  'recovery:discard': z.tuple([id]),
  'backups:list': z.tuple([id]),
  'backups:restore': z.tuple([id, backupId]),
  'export:pdf': z.tuple([report, exportChoice]),
  'export:docx': z.tuple([report, exportChoice]),
  'export:print': z.tuple([report, exportChoice]),
  'export:preview': z.tuple([report, exportChoice]),
  'export:open': z.tuple([id]),
  'export:showInFolder': z.tuple([id]),
} as const satisfies Record<keyof ChannelResults, z.ZodTuple>;

export type Channel = keyof ChannelResults;
export type ChannelArgs<C extends Channel> = z.input<(typeof channelArgs)[C]>;
export type ChannelResult<C extends Channel> = Result<ChannelResults[C]>;

/** Events main sends to the renderer. */
export interface Events {
  /** 县级汇总: files read so far while a workspace is read. */
  'county:progress': { id: string; done: number; total: number; file: string };
  /** A file opened from outside (double-click while running, a second launch). */
  'file:opened': OpenedDoc;
  /** A recovery copy was written or failed (the status bar says which). */
  'file:recovery': RecoveryState;
  /** The window is closing: hand over the last state with file:update, then app:closeReady. */
  'app:closeRequested': null;
  /** The clerk chose an app command in the application menu. */
  'menu:command': AppCommand;
}
export type EventName = keyof Events;
