import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { rosterFromRows, rosterRowsFromText } from '@shared/county/roster';
import type { Roster } from '@shared/county/roster';
import { UNIT_KINDS } from '@shared/report/types';
import { writeFileAtomic } from '../files/atomic-write';
import { decodeText } from '../import/read-source';
import { COUNTY_CONFIG } from './read-workspace';

export type RosterRead =
  { ok: true; roster: Roster; problems: string[]; source: string } | { ok: false; message: string };

/** The roster as rows of text, whatever the file: a spreadsheet's first sheet, CSV (UTF-8 or GBK) or plain text. */
async function rosterRows(path: string): Promise<string[][]> {
  const ext = extname(path).toLowerCase();
  const bytes = await readFile(path);
  if (ext === '.xlsx') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return sheetRows(book.worksheets[0]);
  }
  const text = decodeText(bytes);
  if (text === undefined) throw new Error('名单文件不是文本（既不是 UTF-8 也不是 GBK 编码）。');
  if (ext === '.txt') return rosterRowsFromText(text);
  // CSV through exceljs's parser (fast-csv): quoted fields, commas inside names, Excel's line ends;
  // every field kept as text (a code such as 0123 is not turned into a number).
  const book = new ExcelJS.Workbook();
  return sheetRows(
    await book.csv.read(Readable.from([text]), {
      map: (v: string) => v,
    }),
  );
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cell.text));
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

export async function readRosterFile(path: string): Promise<RosterRead> {
  if (!['.csv', '.xlsx', '.txt'].includes(extname(path).toLowerCase()))
    return { ok: false, message: `名单应为 .csv、.xlsx 或 .txt 文件，不能使用“${path}”。` };
  try {
    const { roster, problems } = rosterFromRows(await rosterRows(path));
    return { ok: true, roster, problems, source: path };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, message: `无法读取名单“${path}”：${e.code === 'ENOENT' ? '文件不存在' : e.message}` };
  }
}

const entrySchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(UNIT_KINDS).optional(),
  own: z.boolean().optional(),
  aliases: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});

/** What the county keeps in its workspace: the roster edited in the app, its choices, and the last run's sources. */
export const countyConfigSchema = z.object({
  format: z.literal('nianbao-county'),
  version: z.literal(1),
  region: z.string().max(100).optional(),
  roster: z.array(entrySchema).max(10_000).optional(),
  includeOwn: z.boolean().optional(),
  include: z.array(z.string().max(100)).max(10_000).optional(),
  /** For a unit that sent several reports, the file the clerk chose (unit name → path in the workspace). */
  chosen: z.record(z.string().max(100), z.string().max(1000)).optional(),
  lastRun: z
    .object({
      at: z.string(),
      sources: z.array(z.object({ name: z.string(), file: z.string(), sha256: z.string() })),
    })
    .optional(),
});
export type CountyConfig = z.infer<typeof countyConfigSchema>;

export type ConfigRead = { ok: true; config: CountyConfig | undefined } | { ok: false; message: string };

export async function readCountyConfig(folder: string): Promise<ConfigRead> {
  let text: string;
  try {
    text = await readFile(join(folder, COUNTY_CONFIG), 'utf8');
  } catch {
    return { ok: true, config: undefined };
  }
  try {
    const parsed = countyConfigSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, config: parsed.data };
  } catch {
    // reported below
  }
  return { ok: false, message: `工作文件夹中的“${COUNTY_CONFIG}”已损坏，没有使用（名单请重新选择或编辑）。` };
}

export async function writeCountyConfig(folder: string, config: CountyConfig): Promise<void> {
  await writeFileAtomic(join(folder, COUNTY_CONFIG), `${JSON.stringify(config, null, 2)}\n`);
}

const ROSTER_FILES = ['名单.xlsx', '名单.csv', '名单.txt'];

/** The roster to use: the one named, else the one edited in the app, else a 名单 file in the workspace. */
export async function findRoster(
  folder: string,
  config: CountyConfig | undefined,
  explicit?: string,
): Promise<RosterRead | undefined> {
  if (explicit) return readRosterFile(explicit);
  if (config?.roster)
    return {
      ok: true,
      roster: { ...(config.region ? { region: config.region } : {}), entries: config.roster },
      problems: [],
      source: join(folder, COUNTY_CONFIG),
    };
  for (const name of ROSTER_FILES) {
    const read = await readRosterFile(join(folder, name));
    if (read.ok) return config?.region ? { ...read, roster: { ...read.roster, region: config.region } } : read;
    if (!/文件不存在/.test(read.message)) return read;
  }
  return undefined;
}
