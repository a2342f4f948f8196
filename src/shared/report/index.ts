/** The report model. Loading (schema validation with zod) is in './load', kept apart so the renderer's bundle does not carry it. */
export * from './types';
export { deriveTotals, withAutoTotals } from './derive';
export { describeCell, describeRows, describeValue } from './describe';
export { emptyReport, suggestTitle } from './empty';
export type { NewReportInput } from './empty';
export { serializeReport, toReportFile } from './serialize';
export { chineseDate } from './dates';
export { describeChanges } from './diff';
export { parseCellInput } from './cell-input';
export type { CellInput } from './cell-input';
export { describeCarryOver, reportFromLastYear } from './carry-over';
export { changedFields, fieldText, findMatches, replaceAll, replaceMatch, textFields } from './find-replace';
export type { ReportTexts, TextField, TextMatch } from './find-replace';
export { DATA_SENTENCE_IDS, dataSentence, findDataSentence, insertDataSentences } from './data-sentences';
export type { DataSentenceId, InsertedSentences } from './data-sentences';
export { lastYearFigure, lastYearUnavailable } from './last-year';
export type { LastYearFigure } from './last-year';
export { rowsLeftBlank } from './left-blank';
