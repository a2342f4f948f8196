import type { T3_APPLICANTS } from '../format';

/** How an application reached the office (第二十九条 lets it be handed in, posted, sent online or faxed). */
export const CHANNELS = ['当面', '邮寄', '网络', '传真', '其他'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The six applicant columns of table three. */
export type ApplicantKind = (typeof T3_APPLICANTS)[number]['id'];

/** A day of the working calendar as the clerk corrected it (a notice the data does not know, a local day off). */
export type DayKind = 'work' | 'off';

/**
 * One application in the 依申请公开登记台账. Dates are `YYYY-MM-DD`. `outcome` is a row key of table
 * three's 三、本年度办理结果 (`open`, `deny.secret`, `other.no_fee`, or `other` in the 2019 format).
 */
export interface Application {
  /** Stable within the file (the 登记号 may be mistyped twice); never printed. */
  id: string;
  /** 登记号 as the office writes it. */
  number: string;
  received: string;
  channel: Channel;
  applicant: ApplicantKind;
  subject: string;
  /** Personal data: shown in the editor only, never exported (see withoutPersonalData). */
  name?: string;
  contact?: string;
  /** 补正 (第三十条): the day the notice went out and the day the corrected application came back. */
  correction?: { notified: string; replied?: string };
  /** 延期 (第三十三条第二款): the day the applicant was told of the extension. */
  extended?: string;
  /** 征求第三方意见 (第三十二条): the consultation period, not counted in the time limit. */
  consultation?: { from: string; to?: string };
  outcome?: string;
  answered?: string;
  /** 收费通知 (《政府信息公开信息处理费管理办法》): the day the fee notice went out. */
  feeNotice?: string;
  /** Still open on 31 December of last year: counted under 二、上年结转. */
  carriedIn?: boolean;
}

export interface Register {
  applications: Application[];
  /** Table three counted from the register (like automatic totals, an editing aid; off by default). */
  countsTable?: boolean;
  /** The clerk's corrections of the working calendar, by date. */
  calendar?: Record<string, DayKind>;
}

/** The fields that name or reach a person: kept out of every export. */
export const PERSONAL_FIELDS = ['name', 'contact'] as const satisfies readonly (keyof Application)[];
