import { T3_APPLICANTS } from '../format';
import type { FormatId } from '../format';
import { outcomeChoices } from './outcomes';
import { CHANNELS } from './types';
import type { ApplicantKind, Channel } from './types';

/**
 * The words offices write in their own registers, and what they mean in table three. Each mapping is
 * shown to the clerk for confirmation before an import is taken; a word found nowhere here is asked.
 */
const APPLICANT_WORDS: Readonly<Record<string, ApplicantKind>> = {
  公民: 'natural',
  个人: 'natural',
  群众: 'natural',
  自然人: 'natural',
  律师: 'natural',
  企业: 'commercial',
  公司: 'commercial',
  商业企业: 'commercial',
  个体工商户: 'commercial',
  科研机构: 'research',
  高校: 'research',
  研究机构: 'research',
  社会公益组织: 'welfare',
  公益组织: 'welfare',
  社会组织: 'welfare',
  律师事务所: 'legal',
  律所: 'legal',
  法律服务机构: 'legal',
  其他组织: 'other_org',
  法人或其他组织: 'other_org',
  其他: 'other_org',
};

/** Outcome words by the row key they mean (the row's own labels are accepted as well). */
const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  公开: 'open',
  同意公开: 'open',
  予以公开: 'open',
  已公开: 'open',
  全部公开: 'open',
  部分公开: 'partial',
  部分同意公开: 'partial',
  国家秘密: 'deny.secret',
  涉密: 'deny.secret',
  第三方合法权益: 'deny.third_party',
  涉及个人隐私: 'deny.third_party',
  内部事务: 'deny.internal',
  过程性信息: 'deny.process',
  行政执法案卷: 'deny.case_file',
  行政查询事项: 'deny.inquiry',
  信息不存在: 'none.not_held',
  不掌握: 'none.not_held',
  本机关不掌握: 'none.not_held',
  非本机关信息: 'none.not_held',
  需另行制作: 'none.need_create',
  需要另行制作: 'none.need_create',
  申请内容不明确: 'none.unclear',
  信访: 'skip.petition',
  信访举报投诉: 'skip.petition',
  重复申请: 'skip.repeat',
  公开出版物: 'skip.publication',
  大量反复申请: 'skip.mass',
  逾期不补正: 'other.no_correction',
  未补正: 'other.no_correction',
  逾期未缴费: 'other.no_fee',
  未缴费: 'other.no_fee',
  其他处理: 'other.misc',
};

const CHANNEL_WORDS: Readonly<Record<string, Channel>> = {
  现场: '当面',
  窗口: '当面',
  当面提交: '当面',
  信函: '邮寄',
  邮件: '邮寄',
  快递: '邮寄',
  在线: '网络',
  网上: '网络',
  网站: '网络',
  电子邮件: '网络',
  平台: '网络',
};

/** Spaces, full-width spaces and the numbering of printed labels do not change a word's meaning. */
export function normalizeWord(word: string): string {
  return word
    .replace(/[\s\u3000]+/g, '')
    .replace(/^（[一二三四五六七]）/, '')
    .replace(/^\d+[.．、]/, '')
    .replace(/[“”"]/g, '');
}

export function applicantFromWord(word: string): ApplicantKind | undefined {
  const w = normalizeWord(word);
  if (w === '') return undefined;
  return APPLICANT_WORDS[w] ?? T3_APPLICANTS.find((a) => a.id === w || a.label === w)?.id;
}

/** An outcome row key of `formatId` for a word: an office word, a printed label, or a row key. */
export function outcomeFromWord(word: string, formatId: FormatId): string | undefined {
  const w = normalizeWord(word);
  if (w === '') return undefined;
  const choices = outcomeChoices(formatId);
  const direct = choices.find(
    (c) => c.key === w || normalizeWord(c.label) === w || normalizeWord(c.label.split(' ').pop() ?? '') === w,
  );
  if (direct) return direct.key;
  const key = OUTCOME_WORDS[w];
  if (!key) return undefined;
  if (formatId === 'gov-2019' && key.startsWith('other.')) return 'other';
  return key;
}

export function channelFromWord(word: string): Channel | undefined {
  const w = normalizeWord(word);
  return (CHANNELS as readonly string[]).includes(w) ? (w as Channel) : CHANNEL_WORDS[w];
}
