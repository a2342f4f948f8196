export * from './types';
export { deriveTotals, withAutoTotals } from './derive';
export { describeCell, describeValue } from './describe';
export { emptyReport, suggestTitle } from './empty';
export type { NewReportInput } from './empty';
export { parseReportFile } from './load';
export type { LoadError, LoadErrorCode, LoadResult, LoadOptions } from './load';
export { serializeReport, toReportFile } from './serialize';
export { chineseDate } from './dates';
