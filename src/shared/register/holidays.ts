import notices from './holidays.json';

/**
 * China's official holidays and 调休 working weekends, as published each year by the 国务院办公厅
 * (《关于XXXX年部分节假日安排的通知》), kept as data in holidays.json: a new year's notice is added there,
 * no code changes. A day not listed is a working day from Monday to Friday and a rest day on Saturday and
 * Sunday. `off` lists rest days (ranges `a..b` inclusive), `work` the weekend days that are working days;
 * `amendedBy` names a later notice already applied to the days. The clerk corrects a day in the register
 * (Register.calendar). For a year not in the data only weekends are left out, and the editor and the CLI
 * say so wherever a due date falls in such a year.
 */
export interface HolidayNotice {
  year: number;
  notice: string;
  amendedBy?: string;
  off: readonly string[];
  work: readonly string[];
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = notices;

/** The years whose notice is in the data. */
export const HOLIDAY_YEARS: readonly number[] = HOLIDAY_NOTICES.map((n) => n.year);
