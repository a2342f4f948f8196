import type { StateCreator } from 'zustand';
import type { NarrativePartId } from '@shared/format';
import type { OpenedDoc } from '@shared/ipc/contract';
import { changedFields, deriveTotals, withAutoTotals } from '@shared/report';
import { localIsoDate, withRegisterCounts } from '@shared/register';
import type { Register } from '@shared/register';
import type { Cells, ProcurementUnit, Report, ReportTexts } from '@shared/report';
import { formatIndex } from '@shared/format';
import { evaluate, marksByCell, tableStarted } from '@shared/rules';
import type { CellMark, Finding } from '@shared/rules';
import { acknowledgeWording, confirmByPosition, settleImportChecks } from '@shared/import/review';
import type { ImportSource } from '@shared/import/source-text';
import { emptyHistory, record, redo, undo } from './history';
import type { History } from './history';
import type { Store } from './store';
import type { UiSlice } from './ui-slice';

export interface DocInfo {
  docId: string;
  path: string | null;
  name: string;
  readOnly: boolean;
  /** The built-in sample (session only): marked 示例报告 until saved as the clerk's own file. */
  sample?: boolean;
  /** Read from print (Word, web page, text) and not yet a file of its own. */
  imported?: boolean;
}

/** Saved to the file: the report. Everything else here is session state and never saved. */
export interface DocumentSlice {
  doc: DocInfo | null;
  report: Report | null;
  /** The report as last saved or opened: dirty means the report is another object. */
  savedReport: Report | null;
  savedAt: string | null;
  history: History;
  /** Derived once per change (not in render): every finding, and the worst one per cell. */
  findings: Finding[];
  marks: Map<string, CellMark>;
  /** Session only: the text an import read (原文对照), until another report is opened. */
  source: ImportSource | null;
  /** Session only: the blanks of tables not yet started are painted too (after the check before export). */
  allBlanksShown: boolean;
  showAllBlanks: () => void;
  load: (opened: OpenedDoc, options?: { sample?: boolean }) => void;
  unload: () => void;
  markSaved: (report: Report, info: { path: string; name: string; savedAt: string }) => void;
  /** `ui` joins session changes (focus, leaving edit mode) into the same store update as the edit. */
  setCells: (cells: Cells, mergeKey?: string | null, ui?: Partial<UiSlice>) => void;
  setPart: (part: NarrativePartId, text: string) => void;
  /** Title, preamble and parts replaced together (替换, 插入数据说明): one undo step. */
  setTexts: (texts: ReportTexts) => void;
  setFields: (change: Partial<Pick<Report, 'title' | 'preamble' | 'unit' | 'closing'>>, mergeKey: string) => void;
  setAutoTotals: (on: boolean) => void;
  /**
   * 「按各项重新计算合计」 after an import: automatic totals back on and every total computed from its items,
   * as one undoable step. Returns how many totals changed.
   */
  recomputeTotals: () => number;
  /** 「知道了」 on W4's wording findings: kept in the report, undoable. */
  acknowledgeWording: () => void;
  /** The 登记台账 (adding, editing, answering applications; counting table three from it). */
  setRegister: (register: Register, mergeKey?: string | null) => void;
  /** The unit of 采购总金额 in the 2019 format, which the template leaves unprinted. */
  setProcurementUnit: (unit: ProcurementUnit | undefined) => void;
  /** The clerk has compared the rows an import placed by their order (finding I2). */
  confirmByPosition: () => void;
  undo: () => void;
  redo: () => void;
}

/**
 * A fresh table is all blanks: its B1 finding is listed, but its cells are painted only once the clerk
 * starts the table or checks before export, so the few real problems stand out.
 */
function painted(report: Report, findings: Finding[], allBlanks: boolean): Finding[] {
  if (allBlanks) return findings;
  const byId = formatIndex(report.formatId).byId;
  return findings.filter((f) => {
    const table = f.rule === 'B1' ? byId.get(f.cells[0] ?? '')?.table : undefined;
    return !table || tableStarted(report, table);
  });
}

const hasRowsToCompare = (report: Report) =>
  Object.keys(report.published?.splits ?? {}).length > 0 || (report.published?.byPosition?.length ?? 0) > 0;

function derived(report: Report, allBlanks: boolean): { findings: Finding[]; marks: Map<string, CellMark> } {
  // The register's deadlines (R1) are judged on the clerk's today.
  const findings = evaluate(report, { today: localIsoDate() });
  return { findings, marks: marksByCell(painted(report, findings, allBlanks)) };
}

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => {
  /** Every edit goes through here: one history entry (or a merge), totals, findings. */
  const change = (next: Report, mergeKey: string | null, ui: Partial<UiSlice> = {}) => {
    const { report, history } = get();
    if (!report) return;
    // Totals follow their inputs while automatic totals are on, and table three follows the register
    // while it is counted from it; loading never recomputes either.
    const updated = withAutoTotals(withRegisterCounts(next));
    set({
      ...ui,
      report: updated,
      history: record(history, report, mergeKey, Date.now()),
      ...derived(updated, get().allBlanksShown),
    });
  };

  return {
    doc: null,
    report: null,
    savedReport: null,
    savedAt: null,
    history: emptyHistory(),
    findings: [],
    marks: new Map(),
    source: null,
    allBlanksShown: false,
    showAllBlanks: () => {
      const { report, findings, allBlanksShown } = get();
      if (report && !allBlanksShown) set({ allBlanksShown: true, marks: marksByCell(findings) });
    },

    // Opening or recovering a file is never undoable: the history starts empty.
    load: (opened, options = {}) => {
      set({
        doc: {
          docId: opened.docId,
          path: opened.path,
          name: opened.name,
          readOnly: opened.readOnly,
          ...(options.sample ? { sample: true } : {}),
          ...(opened.imported ? { imported: true } : {}),
        },
        report: opened.report,
        savedReport: opened.dirty ? null : opened.report,
        savedAt: null,
        history: emptyHistory(),
        source: opened.source ?? null,
        allBlanksShown: false,
        sourceOpen: false,
        importNoticeClosed: false,
        ...derived(opened.report, false),
      });
      // 原文对照 opens by itself when the import left cells to compare (I1, I2).
      if (opened.source && hasRowsToCompare(opened.report)) get().setSourceOpen(true);
    },
    unload: () =>
      set({
        doc: null,
        report: null,
        savedReport: null,
        history: emptyHistory(),
        findings: [],
        marks: new Map(),
        source: null,
      }),
    markSaved: (report, info) => {
      const doc = get().doc;
      set({
        savedReport: report,
        savedAt: info.savedAt,
        ...(doc ? { doc: { docId: doc.docId, path: info.path, name: info.name, readOnly: false } } : {}),
      });
    },
    setCells: (cells, mergeKey = null, ui = {}) => {
      const report = get().report;
      if (report)
        change(
          settleImportChecks({ ...report, cells: { ...report.cells, ...cells } }, Object.keys(cells)),
          mergeKey,
          ui,
        );
    },
    confirmByPosition: () => {
      const report = get().report;
      if (report) change(confirmByPosition(report), null);
    },
    setPart: (part, text) => {
      const report = get().report;
      if (!report) return;
      // An edited part is no longer last year's draft.
      const drafts = report.drafts?.filter((p) => p !== part);
      change({ ...report, parts: { ...report.parts, [part]: text }, ...(drafts ? { drafts } : {}) }, `part:${part}`);
    },
    setTexts: (texts) => {
      const report = get().report;
      if (!report) return;
      const edited = changedFields(report, texts);
      if (edited.length === 0) return;
      const drafts = report.drafts?.filter((p) => !edited.includes(p));
      change({ ...report, ...texts, ...(drafts ? { drafts } : {}) }, null);
    },
    setFields: (fields, mergeKey) => {
      const report = get().report;
      if (report) change({ ...report, ...fields }, mergeKey);
    },
    setAutoTotals: (on) => {
      const report = get().report;
      if (report) change({ ...report, settings: { ...report.settings, autoTotals: on } }, null);
    },
    recomputeTotals: () => {
      const report = get().report;
      if (!report) return 0;
      const computed = deriveTotals(report.formatId, report.cells);
      const changed = formatIndex(report.formatId).derived.filter(
        (c) => (report.cells[c.id] ?? null) !== computed[c.id],
      ).length;
      change({ ...report, settings: { ...report.settings, autoTotals: true } }, null);
      return changed;
    },
    acknowledgeWording: () => {
      const report = get().report;
      if (report) change(acknowledgeWording(report), null);
    },
    setRegister: (register, mergeKey = null) => {
      const report = get().report;
      if (report) change({ ...report, register }, mergeKey);
    },
    setProcurementUnit: (unit) => {
      const report = get().report;
      if (!report) return;
      const settings = { ...report.settings };
      if (unit) settings.procurementUnit = unit;
      else delete settings.procurementUnit;
      change({ ...report, settings }, null);
    },
    undo: () => {
      const { report, history } = get();
      const step = report ? undo(history, report) : undefined;
      if (step) set({ report: step.report, history: step.history, ...derived(step.report, get().allBlanksShown) });
    },
    redo: () => {
      const { report, history } = get();
      const step = report ? redo(history, report) : undefined;
      if (step) set({ report: step.report, history: step.history, ...derived(step.report, get().allBlanksShown) });
    },
  };
};
