import type { FormatId } from '../format';
import { applicantFromWord, channelFromWord, normalizeWord, outcomeFromWord } from './words';
import type { Application, ApplicantKind, Channel } from './types';

/** The register's columns as an office's spreadsheet may have them; `headers` are recognised without asking. */
export const REGISTER_FIELDS = [
  { key: 'number', label: '登记号', headers: ['登记号', '编号', '序号', '申请编号', '受理编号'] },
  { key: 'received', label: '收到日期', headers: ['收到日期', '申请日期', '收到时间', '受理日期', '登记日期'] },
  { key: 'channel', label: '渠道', headers: ['渠道', '申请方式', '提交方式', '申请渠道'] },
  { key: 'applicant', label: '申请人类型', headers: ['申请人类型', '申请人类别', '类型', '申请人情况'] },
  { key: 'name', label: '申请人', headers: ['申请人', '申请人姓名', '姓名', '申请人名称'] },
  { key: 'contact', label: '联系电话', headers: ['联系电话', '联系方式', '电话', '手机'] },
  { key: 'subject', label: '申请内容', headers: ['申请内容', '申请事项', '所需信息', '内容摘要'] },
  { key: 'outcome', label: '办理结果', headers: ['办理结果', '答复结果', '处理结果', '答复类型'] },
  { key: 'answered', label: '答复日期', headers: ['答复日期', '答复时间', '办结日期'] },
  { key: 'correctionNotified', label: '补正通知日期', headers: ['补正通知日期', '补正告知日期'] },
  { key: 'correctionReplied', label: '补正回复日期', headers: ['补正回复日期', '补正日期', '收到补正日期'] },
  { key: 'extended', label: '延期日期', headers: ['延期日期', '延期告知日期', '延期'] },
  { key: 'consultationFrom', label: '征求意见开始', headers: ['征求意见开始', '征求第三方意见开始'] },
  { key: 'consultationTo', label: '征求意见结束', headers: ['征求意见结束', '征求第三方意见结束'] },
  { key: 'feeNotice', label: '收费通知日期', headers: ['收费通知日期', '收费通知'] },
  { key: 'carriedIn', label: '上年结转', headers: ['上年结转', '是否上年结转', '结转'] },
] as const;

export type RegisterField = (typeof REGISTER_FIELDS)[number]['key'];
/** Which column (0-based) holds each field. */
export type ColumnMapping = Partial<Record<RegisterField, number>>;

/** The clerk's answers for the office's words, remembered between imports. */
export interface WordChoices {
  applicant: Record<string, ApplicantKind>;
  outcome: Record<string, string>;
  channel: Record<string, Channel>;
}

export const NO_WORDS: WordChoices = { applicant: {}, outcome: {}, channel: {} };

/** Columns whose header is one of the known names. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((h, i) => {
    const w = normalizeWord(h);
    const field = REGISTER_FIELDS.find((f) => (f.headers as readonly string[]).includes(w));
    if (field && mapping[field.key] === undefined) mapping[field.key] = i;
  });
  return mapping;
}

/**
 * The header row: registers often start with a title row (「2021年依申请公开登记台账」) or two. The first
 * of the first ten rows naming at least two known columns, else the first row.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  const at = rows.slice(0, 10).findIndex((r) => Object.keys(guessMapping(r)).length >= 2);
  return Math.max(at, 0);
}

/**
 * Dates as offices type them: 2021-03-05, 2021/3/5, 2021.3.5, 2021年3月5日, or an Excel day number
 * (days since 1899-12-30). Returns undefined for anything else, so the row is reported, not guessed.
 */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^\d{5}(\.\d+)?$/.test(t)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000);
    [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

const YES = new Set(['是', '√', '✓', 'Y', 'y', 'yes', '1', 'TRUE', 'true', '上年结转', '结转']);

export interface WordsToConfirm {
  /** Each distinct word in a column, with the meaning found for it (undefined: the clerk must say). */
  applicant: { word: string; meaning: ApplicantKind | undefined }[];
  outcome: { word: string; meaning: string | undefined }[];
  channel: { word: string; meaning: Channel | undefined }[];
}

function distinct(rows: readonly (readonly string[])[], col: number | undefined): string[] {
  if (col === undefined) return [];
  return [...new Set(rows.map((r) => (r[col] ?? '').trim()).filter(Boolean))];
}

/** The words of the mapped columns and what they are taken to mean: the clerk's earlier answers first. */
export function wordsToConfirm(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  formatId: FormatId,
  choices: WordChoices = NO_WORDS,
): WordsToConfirm {
  return {
    applicant: distinct(rows, mapping.applicant).map((word) => ({
      word,
      meaning: choices.applicant[word] ?? applicantFromWord(word),
    })),
    outcome: distinct(rows, mapping.outcome).map((word) => ({
      word,
      meaning: choices.outcome[word] ?? outcomeFromWord(word, formatId),
    })),
    channel: distinct(rows, mapping.channel).map((word) => ({
      word,
      meaning: choices.channel[word] ?? channelFromWord(word),
    })),
  };
}

/** The confirmed words as choices to remember. */
export function confirmedChoices(words: WordsToConfirm): WordChoices {
  const pick = <T>(list: { word: string; meaning: T | undefined }[]) =>
    Object.fromEntries(list.filter((w) => w.meaning !== undefined).map((w) => [w.word, w.meaning as T]));
  return { applicant: pick(words.applicant), outcome: pick(words.outcome), channel: pick(words.channel) };
}

export interface RegisterImport {
  applications: Application[];
  /** Rows that could not be read (1-based, as the spreadsheet numbers them) and why: nothing is dropped silently. */
  rejected: { row: number; reason: string }[];
}

/**
 * The spreadsheet's rows as applications. `rows[0]` is the header; `firstRow` is its row number in the
 * sheet. A row with no text at all is skipped (spreadsheets end in blank rows); every other row becomes
 * an application or is listed with the reason.
 */
export function rowsToApplications(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  words: WordChoices,
  formatId: FormatId,
  options: { firstRow?: number; idPrefix?: string } = {},
): RegisterImport {
  const applications: Application[] = [];
  const rejected: RegisterImport['rejected'] = [];
  const first = options.firstRow ?? 1;
  const prefix = options.idPrefix ?? `x${Date.now().toString(36)}`;
  rows.slice(1).forEach((row, i) => {
    const at = first + 1 + i;
    const get = (f: RegisterField) => {
      const col = mapping[f];
      return col === undefined ? '' : (row[col] ?? '').trim();
    };
    if (row.every((c) => c.trim() === '')) return;
    const problems: string[] = [];
    const date = (f: RegisterField, label: string, required = false): string | undefined => {
      const t = get(f);
      if (t === '') {
        if (required) problems.push(`缺少${label}`);
        return undefined;
      }
      const d = readDate(t);
      if (!d) problems.push(`${label}“${t}”不是日期`);
      return d;
    };
    const received = date('received', '收到日期', true);
    const applicantWord = get('applicant');
    const applicant = applicantWord ? (words.applicant[applicantWord] ?? applicantFromWord(applicantWord)) : undefined;
    if (!applicant) problems.push(applicantWord ? `申请人类型“${applicantWord}”无法识别` : '缺少申请人类型');
    const outcomeWord = get('outcome');
    const outcome = outcomeWord ? (words.outcome[outcomeWord] ?? outcomeFromWord(outcomeWord, formatId)) : undefined;
    if (outcomeWord && !outcome) problems.push(`办理结果“${outcomeWord}”无法识别`);
    const channelWord = get('channel');
    const channel = channelWord ? (words.channel[channelWord] ?? channelFromWord(channelWord)) : '其他';
    if (!channel) problems.push(`渠道“${channelWord}”无法识别`);
    const answered = date('answered', '答复日期');
    const notified = date('correctionNotified', '补正通知日期');
    const replied = date('correctionReplied', '补正回复日期');
    const extended = date('extended', '延期日期');
    const from = date('consultationFrom', '征求意见开始日期');
    const to = date('consultationTo', '征求意见结束日期');
    const feeNotice = date('feeNotice', '收费通知日期');
    if (problems.length > 0 || !received || !applicant || !channel) {
      rejected.push({ row: at, reason: problems.join('；') });
      return;
    }
    const app: Application = {
      id: `${prefix}-${at}`,
      number: get('number'),
      received,
      channel,
      applicant,
      subject: get('subject'),
    };
    const name = get('name');
    const contact = get('contact');
    if (name) app.name = name;
    if (contact) app.contact = contact;
    if (notified) app.correction = replied ? { notified, replied } : { notified };
    if (extended) app.extended = extended;
    if (from) app.consultation = to ? { from, to } : { from };
    if (outcome) app.outcome = outcome;
    if (answered) app.answered = answered;
    if (feeNotice) app.feeNotice = feeNotice;
    if (YES.has(get('carriedIn'))) app.carriedIn = true;
    applications.push(app);
  });
  return { applications, rejected };
}
