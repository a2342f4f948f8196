/** The 依申请公开登记台账: applications in the report file, table three counted from them, deadlines. */
export * from './types';
export { withRegisterCounts, isCountedCell } from './apply';
export { applicationsInCell, countRegister, placeApplication } from './count';
export type { Placement, RegisterCount } from './count';
export {
  calendarWarning,
  DEADLINE_STATE_LABELS,
  DUE_SOON_WORKDAYS,
  dueDate,
  openDeadlines,
  uncoveredYears,
  workCalendar,
  workdaysLeft,
} from './deadline';
export type { DeadlineRow, DeadlineState, Due, WorkCalendar } from './deadline';
export { HOLIDAY_NOTICES, HOLIDAY_YEARS } from './holidays';
export { ALL_OUTCOMES, outcomeChoices, outcomeLabel, outcomeRow } from './outcomes';
export { withoutPersonalData } from './personal';
export { localIsoDate, mergeApplications } from './merge';
