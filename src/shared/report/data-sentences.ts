import { formatIndex, t3OutcomeRows, T3_APPLICANTS } from '../format';
import type { Report } from './types';

/**
 * 「插入数据说明」: the standard sentences of part 一 written from the tables, so the narrative states
 * exactly what tables three and four say (rules N1, N2 read these counts back). Each sentence is found
 * again by its shape — its words with any numbers — so inserting once more updates the numbers in place
 * and never leaves a marker in the printed text.
 */
export type DataSentenceId = 'requests' | 'review';
export const DATA_SENTENCE_IDS: readonly DataSentenceId[] = ['requests', 'review'];

/** A sentence as pieces: words, a count, or a parenthesised list of the non-zero counts (「（其中…）」). */
type Piece = string | { count: number } | { list: readonly (readonly [string, number])[]; lead?: string };

interface Variant {
  applies: (v: Values) => boolean;
  pieces: (v: Values) => Piece[];
}

interface Values {
  n: (id: string) => number;
  sum: (ids: readonly string[]) => number;
  outcomes: readonly (readonly [string, number])[];
}

const count = (value: number): Piece => ({ count: value });

const T3_ORGS = T3_APPLICANTS.slice(1).map((a) => `T3.new.${a.id}`);
const SUITS = ['T4.suit_direct.total', 'T4.suit_after_review.total'];
const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;
const T4_PART_NAMES = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

const quiet = (v: Values, ids: readonly string[]) => v.sum(ids) === 0;

const SENTENCES: Readonly<Record<DataSentenceId, readonly Variant[]>> = {
  requests: [
    {
      applies: (v) => quiet(v, ['T3.new.total', 'T3.carried_in.total', 'T3.result_total.total', 'T3.carry_out.total']),
      pieces: () => ['本年度未收到政府信息公开申请，无上年结转和结转下年度继续办理的申请。'],
    },
    {
      applies: () => true,
      pieces: (v) => [
        '本年共收到政府信息公开申请',
        count(v.n('T3.new.total')),
        '件',
        {
          lead: '其中',
          list: [
            ['自然人', v.n('T3.new.natural')],
            ['法人或其他组织', v.sum(T3_ORGS)],
          ],
        },
        '，上年结转',
        count(v.n('T3.carried_in.total')),
        '件；办结',
        count(v.n('T3.result_total.total')),
        '件',
        { list: v.outcomes },
        '，结转下年度继续办理',
        count(v.n('T3.carry_out.total')),
        '件。',
      ],
    },
  ],
  review: [
    {
      applies: (v) => quiet(v, ['T4.review.total', ...SUITS]),
      pieces: () => ['本年度未发生政府信息公开行政复议和行政诉讼。'],
    },
    {
      applies: () => true,
      pieces: (v) => [
        '本年度发生政府信息公开行政复议',
        count(v.n('T4.review.total')),
        '件',
        { list: T4_PARTS.map((p) => [T4_PART_NAMES[p], v.n(`T4.review.${p}`)] as const) },
        '，行政诉讼',
        count(v.sum(SUITS)),
        '件',
        {
          list: [
            ['未经复议直接起诉', v.n('T4.suit_direct.total')],
            ['复议后起诉', v.n('T4.suit_after_review.total')],
          ],
        },
        '。',
      ],
    },
  ],
};

/** 「（二）部分公开（区分处理的，…）」 → 「部分公开」: the group's name as a sentence uses it. */
const groupName = (label: string) => label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*）$/, '');

function values(report: Report): Values {
  const n = (id: string) => report.cells[id] ?? 0;
  const sum = (ids: readonly string[]) => ids.reduce((total, id) => total + n(id), 0);
  const labels = formatIndex(report.formatId).format.tables.T3.labels;
  const groups = new Map<string, string[]>();
  for (const row of t3OutcomeRows(report.formatId)) {
    const group = row.split('.')[0] ?? row;
    groups.set(group, [...(groups.get(group) ?? []), `T3.${row}.total`]);
  }
  const outcomes = [...groups].map(([group, ids]) => [groupName(labels[`T3.${group}`] ?? group), sum(ids)] as const);
  return { n, sum, outcomes };
}

function render(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('count' in p) return String(p.count);
      const shown = p.list.filter(([, value]) => value !== 0);
      return shown.length === 0
        ? ''
        : `（${p.lead ?? ''}${shown.map(([name, value]) => `${name}${value}件`).join('、')}）`;
    })
    .join('');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The shape of every variant: its words, any number where a count goes, any list or none where a list goes. */
const SHAPES: Readonly<Record<DataSentenceId, RegExp>> = Object.fromEntries(
  DATA_SENTENCE_IDS.map((id) => {
    const none: Values = { n: () => 0, sum: () => 0, outcomes: [] };
    const alternatives = SENTENCES[id].map((variant) =>
      variant
        .pieces(none)
        .map((p) => (typeof p === 'string' ? escape(p) : 'count' in p ? '\\d+' : '(?:（[^（）。；\\n]*）)?'))
        .join(''),
    );
    return [id, new RegExp(alternatives.map((a) => `(?:${a})`).join('|'))];
  }),
) as Record<DataSentenceId, RegExp>;

/** The sentence for the report's tables as they are now. */
export function dataSentence(report: Report, id: DataSentenceId): string {
  const v = values(report);
  const variant = SENTENCES[id].find((s) => s.applies(v)) ?? SENTENCES[id][SENTENCES[id].length - 1];
  return variant ? render(variant.pieces(v)) : '';
}

/** Where an inserted sentence already stands in a text (any numbers), if it does. */
export function findDataSentence(text: string, id: DataSentenceId): { index: number; length: number } | undefined {
  const m = SHAPES[id].exec(text);
  return m ? { index: m.index, length: m[0].length } : undefined;
}

/** The 依申请公开 sub-heading clerks use in part 一: new sentences go under it when it is there. */
const REQUESTS_HEADING = /^[（(]二[）)]\s*依申请公开[^\n]*$/m;

export interface InsertedSentences {
  text: string;
  updated: DataSentenceId[];
  inserted: DataSentenceId[];
}

/**
 * Writes the sentences into part 一's text: one already there gets today's numbers in place; the others
 * go, as a paragraph of their own, under 「（二）依申请公开」 if the text has it, else at the end.
 */
export function insertDataSentences(report: Report, ids: readonly DataSentenceId[]): InsertedSentences {
  let text = report.parts.overview;
  const updated: DataSentenceId[] = [];
  const inserted: DataSentenceId[] = [];
  for (const id of ids) {
    const at = findDataSentence(text, id);
    if (!at) {
      inserted.push(id);
      continue;
    }
    text = text.slice(0, at.index) + dataSentence(report, id) + text.slice(at.index + at.length);
    updated.push(id);
  }
  if (inserted.length > 0) {
    const paragraph = inserted.map((id) => dataSentence(report, id)).join('');
    const heading = REQUESTS_HEADING.exec(text);
    const at = heading ? heading.index + heading[0].length : text.length;
    const before = text.slice(0, at).replace(/\n+$/, '');
    const after = text.slice(at).replace(/^\n+/, '');
    text = [before, paragraph, after].filter((t) => t !== '').join('\n');
  }
  return { text, updated, inserted };
}
