import { formatIndex, printedLabels, TABLE_NAMES } from '../format';
import type { FormatId, FormatIndex, TableDef } from '../format';
import { describeCell, describeRows, parseCellInput } from '../report';
import type { CellValue, Cells, ExtraRow } from '../report';
import { isSubtotalLabel, labelFit, labelKey, rowFit } from './labels';
import { anyRow, splitDigits, T3_ROW } from './split-digits';
import { extraRows } from './extra-rows';
import { measureOrder } from './measure-order';
import { subtotalColumn } from './subtotal-column';
import { readReviewRow } from './review-row';
import { isValue, joinRuns } from './tokens';
import type { Token } from './tokens';
import { unlabeledRowTokens } from './unlabeled-rows';

export interface TableImport {
  cells: Cells;
  /**
   * Rows whose digits ran together and could be split more than one way (left blank), by row key, with
   * their cells and the splits that fit, for the whole-table rules or the clerk to choose from.
   */
  candidates: Record<string, { cells: string[]; splits: number[][]; exhausted: boolean }>;
  /** Labels printed differently from the official ones, by label key (for rule W4). */
  labels: Record<string, string>;
  missingRows: string[];
  /** Values that could not be placed, and printed subtotals that do not add up: told to the clerk. */
  notices: string[];
  /** Rows whose labels were lost, placed by their order (see unlabeled-rows.ts). */
  byPosition: string[];
  /** Rows whose printed numbers could not be placed, left blank on purpose (see Published.unplaced). */
  unplaced: string[];
  /** Rows of the source that are no row of the format, with their numbers (see extra-rows.ts). */
  extraRows: ExtraRow[];
  /** The line (of the tokens given) each row was read from: its label's, or its first number's when placed by order. */
  rowLines: Record<string, number>;
}

const REVIEW_ROW_TROUBLE = {
  ambiguous: '有不止一行数字都可能是表中的数据，无法确定是哪一行',
  short: '的数字不足15个（可能丢失了空白单元格），无法确定各属哪一列',
  glued: '的15个数字连在了一起，按各组“总计”的关系拆不出唯一的一种',
  unordered: '的15个数字各占一行，按原文的顺序不符合各组“总计”的关系（可能是转换时顺序被打乱了）',
} as const;

/** Value rows of a table: the label to find and the cells that follow it. */
function valueRows(index: FormatIndex, table: TableDef): { key: string; label: string; cells: string[] }[] {
  return [...index.byRow]
    .filter(([, cells]) => cells[0]?.table === table.id)
    .map(([key, cells]) => ({ key, label: table.labels[key] ?? '', cells: cells.map((c) => c.id) }));
}

/**
 * Fits the value tokens found after a label to the row's cells. Spreadsheet dumps add empty tokens for
 * merged label cells before the values and for padding after them. A row short of values lost cells, and
 * only the dump's geometry can say where: when the row is one tab line that kept its blank cells and
 * ends where the row ends (`endsRow`), what it lost are leading cells under a merged label, so its values
 * are the row's last ones. Otherwise nothing says where the loss is, and the row is not fitted
 * (undefined): moving a number to another column (采购总金额 read as the project count) changes what
 * was published.
 */
function fit(values: string[], count: number, endsRow = false): string[] | undefined {
  const v = [...values];
  while (v.length > count && v[0] === '') v.shift();
  while (v.length > count && v[v.length - 1] === '') v.pop();
  if (v.length < count) {
    if (v.every((t) => t === '')) return Array<string>(count).fill('');
    if (!endsRow || !v.includes('')) return undefined;
    while (v.length < count) v.unshift('');
  }
  return v.slice(0, count);
}

/** The digits a label has swallowed (「…申请数量150010016」), if it is the official label followed by digits. */
function gluedDigits(printed: string, official: string): string | undefined {
  const key = labelKey(printed);
  const label = labelKey(official);
  return key.startsWith(label) && /^\d+$/.test(key.slice(label.length)) ? key.slice(label.length) : undefined;
}

/** Reads a table's cells from its dumped tokens by finding each row's label, in order. */
export function readTable(formatId: FormatId, table: TableDef, tokens: readonly Token[]): TableImport {
  const index = formatIndex(formatId);
  const result: TableImport = {
    cells: {},
    candidates: {},
    labels: {},
    missingRows: [],
    notices: [],
    byPosition: [],
    unplaced: [],
    extraRows: [],
    rowLines: {},
  };
  // Tokens read as a row's label or values: what is left over may be a row the format does not have.
  const used = new Set<number>();
  const use = (from: number, to: number) => {
    for (let k = from; k < to; k++) used.add(k);
  };
  let at = 0;
  const rows = valueRows(index, table);
  const unplace = (keys: readonly string[]) => {
    for (const key of keys) if (key && !result.unplaced.includes(key)) result.unplaced.push(key);
  };
  const place = (ids: string[], texts: string[]) => {
    ids.forEach((id, i) => {
      const text = texts[i] ?? '';
      const parsed = parseCellInput(text, index.byId.get(id)?.kind ?? 'count');
      let value: CellValue = null;
      if (parsed.ok) value = parsed.value;
      else {
        result.notices.push(`${describeCell(formatId, id)}印的“${text}”不能填入：${parsed.message}已留空。`);
        unplace([index.byId.get(id)?.row ?? '']);
      }
      result.cells[id] = value;
    });
  };
  if (table.id === 'T4') {
    const ids = table.cells.map((c) => c.id);
    const row = readReviewRow(tokens);
    if (row.found) place(ids, row.values);
    else {
      place(ids, []);
      if (row.reason) {
        result.notices.push(`原文${TABLE_NAMES.T4}${REVIEW_ROW_TROUBLE[row.reason]}，已留空，请按原文填写。`);
        unplace(ids.map((id) => index.byId.get(id)?.row ?? ''));
      }
    }
    return result;
  }
  // T2 column headers printed in other words (「本年度废止件数」): kept for rule W4. A token that is some
  // official label already, or a fragment of a header broken across lines (「本年新」), is not a variant.
  const allLabels = [...Object.values(table.labels), ...printedLabels(table)];
  const rowLabels = new Set(rows.map((r) => labelKey(r.label)));
  const groupLabels = printedLabels(table)
    .map(labelKey)
    .filter((key) => !rowLabels.has(key));
  const official = new Set(allLabels.map(labelKey));
  const measures = Object.entries(table.labels).filter(
    ([key]) => table.id === 'T2' && key.split('.').length === 3 && !rows.some((r) => r.key === key),
  );
  for (const t of tokens) {
    if (isValue(t.text) || official.has(labelKey(t.text))) continue;
    for (const [key, label] of measures) {
      const score = labelFit(t.text, label);
      if (
        score >= 0.7 &&
        score < 1 &&
        labelKey(t.text).length >= labelKey(label).length * 0.8 &&
        !(key in result.labels)
      ) {
        result.labels[key] = t.text;
      }
    }
  }
  // An office's own 「小计」 column in table three is not the format's: it is left out, and checked.
  // Only the header counts: a 「小计」 row further down (under 不予公开, say) is a row, not a column.
  const firstRow = tokens.findIndex((t) => !isValue(t.text) && labelFit(t.text, rows[0]?.label ?? '') >= 0.8);
  const subtotalAt = table.id === 'T3' ? subtotalColumn(firstRow >= 0 ? tokens.slice(0, firstRow) : []) : undefined;
  if (subtotalAt !== undefined)
    result.notices.push(`原文${TABLE_NAMES.T3}多了一列“小计”（官方格式没有这一列），已略去。`);
  const withoutSubtotal = (rowKey: string, values: string[], endsRow: boolean) => {
    const own = fit(values, 8, endsRow);
    if (!own) return undefined;
    const [subtotal = ''] = own.splice(subtotalAt ?? 6, 1);
    const count = (v: string) => {
      const parsed = parseCellInput(v, 'count');
      return parsed.ok && parsed.value !== null ? parsed.value : NaN;
    };
    const sum = own.slice(1, 6).reduce((a, v) => a + count(v), 0);
    if (subtotal !== '' && !Number.isNaN(sum) && count(subtotal) !== sum)
      result.notices.push(`${describeRows(formatId, [rowKey])}的“小计”${subtotal}与法人或其他组织各列之和${sum}不符。`);
    return own;
  };
  // Table two's columns as its section headers print them: a section whose header lists them in another
  // order has its values put back in the official order.
  const sectionOrder = new Map<string, number[] | undefined>();
  const inPrintedOrder = (row: (typeof rows)[number], labelAt: number, values: string[]) => {
    const section = row.key.split('.').slice(0, 2).join('.');
    const measures = row.cells.map((id) => table.labels[`${section}.${id.split('.').pop() ?? ''}`] ?? '');
    if (!sectionOrder.has(section)) {
      sectionOrder.set(section, measureOrder(tokens.slice(at, labelAt), measures));
      if (sectionOrder.get(section))
        result.notices.push(
          `原文${TABLE_NAMES.T2}“${table.labels[section] ?? section}”的列顺序与官方格式不同，已按列名对应填入。`,
        );
    }
    const order = sectionOrder.get(section);
    if (!order) return values;
    const official: string[] = [];
    order.forEach((o, p) => (official[o] = values[p] ?? ''));
    return official;
  };
  // Rows not found since the last one that was: their values may still be there, without labels.
  let pending: typeof rows = [];
  let pendingFrom = 0;
  const placePending = (until: number) => {
    const [first] = pending;
    const width = first?.cells.length ?? 0;
    const window = tokens.slice(pendingFrom, until);
    // Numbers under a label of the source's own (「（八）转交其他机关」) belong to that row, not to a missing one.
    const ownRows = extraRows(window, new Set(), allLabels).length > 0;
    const values =
      !ownRows && pending.every((r) => r.cells.length === width)
        ? unlabeledRowTokens(pending.length, width, window)
        : undefined;
    if (values) {
      use(pendingFrom, until);
      pending.forEach((r, n) => {
        place(
          r.cells,
          (values[n] ?? []).map((t) => t.text),
        );
        const line = values[n]?.[0]?.line;
        if (line !== undefined) result.rowLines[r.key] = line;
      });
      result.missingRows = result.missingRows.filter((key) => !pending.some((r) => r.key === key));
      result.byPosition.push(...pending.map((r) => r.key));
    }
    pending = [];
  };
  /** The next token after `i` that is not a blank cell. */
  const nextText = (i: number) => {
    let k = i + 1;
    while (tokens[k]?.text === '') k++;
    return k < tokens.length ? k : undefined;
  };
  /**
   * After a label assembled from fragments: the whole label further on, fitting the row at least as well
   * and followed by its own numbers, past fewer stray numbers than the row has cells (more would be the
   * fragments' own row of values).
   */
  const wholeLabelAfter = (from: number, row: { key: string; label: string; cells: string[] }, best: number) => {
    const strays: string[] = [];
    for (let k = nextText(from); k !== undefined; k = nextText(k)) {
      const text = tokens[k]?.text ?? '';
      if (isValue(text)) {
        strays.push(text);
        if (strays.length >= row.cells.length) return undefined;
        continue;
      }
      const following = nextText(k);
      const numbered = following !== undefined && isValue(tokens[following]?.text ?? 'x');
      return numbered && rowFit(text, row.key, row.label) >= best ? { at: k, strays } : undefined;
    }
    return undefined;
  };
  // Labels that fit a later row as well as the row they were found for: placed under neither.
  const ambiguous = new Set<number>();
  // Rows whose label was such a token: unplaced unless their numbers are then placed by order.
  const rivalled = new Set<string>();
  for (const [r, row] of rows.entries()) {
    let found = -1;
    let best = 0;
    // Tokens read since the best fit, blank cells not counted (a row of a PDF's table that holds only the
    // rest of a wrapped label, 「信息」, brings seven of them).
    let since = 0;
    for (let i = at; i < tokens.length; i++) {
      const t = tokens[i];
      if (t && t.text !== '' && i > found) since++;
      if (!t || isValue(t.text) || ambiguous.has(i)) continue;
      const score = rowFit(t.text, row.key, row.label);
      if (score > best) {
        best = score;
        found = i;
        since = 0;
        if (score === 1) break;
      }
      // Rows come in order: never look past the next label that fits a later row better.
      if (best > 0 && since > 2) break;
    }
    // A label printed in other words is this row's only when no later row fits it as well (「公开」 fits
    // 部分公开 and 其他法律行政法规禁止公开 alike): otherwise the row is not found by its label, and its
    // numbers are placed only where the official row order leaves no doubt (I2), or not at all.
    const label = tokens[found];
    const rival =
      label && best < 1 ? rows.slice(r + 1).find((o) => rowFit(label.text, o.key, o.label) >= best) : undefined;
    if (label && rival) {
      ambiguous.add(found);
      rivalled.add(row.key);
      result.notices.push(
        `原文${TABLE_NAMES[table.id]}的“${label.text}”行与“${row.label}”“${rival.label}”两行都相近，不能按行名确定是哪一行，请核对。`,
      );
    }
    if (found < 0 || !label || rival) {
      result.missingRows.push(row.key);
      place(row.cells, []);
      if (pending.length === 0) pendingFrom = at;
      pending.push(row);
      continue;
    }
    if (pending.length > 0) placePending(found);
    result.rowLines[row.key] = label.line;
    const glued = gluedDigits(label.text, row.label);
    if (glued !== undefined) {
      // 「一、本年新收政府信息公开申请数量150010016」: the cells lost their boundaries in copying.
      // Every split, even the only one, waits for the rules across rows (text-report.ts): a published total
      // that is wrong can still admit one split that adds up, and that split is not what was printed.
      const { splits, exhausted } = splitDigits(glued, table.id === 'T3' ? T3_ROW : anyRow(row.cells.length));
      place(row.cells, []);
      result.candidates[row.key] = { cells: row.cells, splits, exhausted };
      use(found, found + 1);
      at = found + 1;
      continue;
    }
    // A label the source broke over two rows (「1.申请人无正当理由逾期不补正、」 then the rest, with or
    // without blank cells between): the rest belongs to this row and its values follow it.
    // Passed over before the numbers, as part of neither this row's label nor its numbers: the rest of a
    // group label printed down its own column, between the lines of a wrapped label in text laid out with
    // spaces (「（六）其」, 「他处理」), and the label again, as converters repeat a cell in every column it
    // spans (「| 一、本年新收… | 一、本年新收… | 3001 |」).
    let labelAt = found;
    let printed = label.text;
    let passed = found;
    for (let j = found + 1; j < tokens.length; j++) {
      const next = tokens[j];
      if (next?.text === '') continue;
      if (!next || isValue(next.text)) break;
      if (!labelKey(row.label).includes(labelKey(printed + next.text))) {
        const key = labelKey(next.text);
        if (key === labelKey(printed) || groupLabels.some((g) => g.includes(key))) {
          passed = j;
          continue;
        }
        passed = found;
        break;
      }
      printed += next.text;
      found = passed = j;
      best = rowFit(printed, row.key, row.label);
    }
    // The label in fragments, then the whole label with its numbers: the fragments were an OCR table's
    // header (「本年新」「收政府」…), and the row is the one that follows. Numbers in that header row (fewer
    // than the row has cells) are no cells of it: they are told to the clerk, never placed.
    const whole = found > labelAt ? wholeLabelAfter(found, row, best) : undefined;
    if (whole) {
      if (whole.strays.length > 0) {
        result.notices.push(
          `原文${TABLE_NAMES[table.id]}“${row.label}”的表头中有数字“${whole.strays.join('、')}”，不属于任何单元格，未填入，请核对。`,
        );
      }
      found = labelAt = passed = whole.at;
      printed = tokens[whole.at]?.text ?? '';
      best = rowFit(printed, row.key, row.label);
    }
    // A row printed on its label's line (a tab or pipe dump) ends with that line: a number on the next line
    // (a page number, a stray line) is not one of its cells.
    const line = tokens[found]?.line;
    let ownLine = false;
    for (let k = passed + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.line !== line || !isValue(t.text)) break;
      if (t.text !== '') ownLine = true;
    }
    const values: string[] = [];
    let i = passed + 1;
    for (; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !isValue(t.text) || (ownLine && t.line !== line)) break;
      values.push(t.text);
    }
    const endsRow = ownLine && tokens[i - 1]?.rowEnd === true;
    // A row on its own line printing more numbers than it has cells (and the office's 小计 column, if
    // any): OCR split 「144」 into 「1」「44」, and which numbers are the cells cannot be told, so none is placed.
    const printedCells = row.cells.length + (subtotalAt === undefined ? 0 : 1);
    const overfull = ownLine && values.filter((v) => v !== '').length > printedCells;
    // Unless the extra numbers are one cell's number with stray spaces (「| 1 25 |」, OCR's or a
    // converter's): the cell boundaries the line kept then give exactly the row's cells, and the clerk is told.
    const joined = overfull && subtotalAt === undefined ? joinRuns(tokens.slice(passed + 1, i)) : undefined;
    const spaced = joined?.values.filter((v) => v !== '').length === row.cells.length ? joined : undefined;
    if (spaced)
      result.notices.push(
        `${describeRows(formatId, [row.key])}的“${spaced.runs.join('”“')}”中间夹着空格，按单元格各读作一个数字，请对照原文核对。`,
      );
    // Or a one-cell row whose number a converter repeated in every column the cell spans
    // (「| 行政许可 | 447228 | 447228 | 447228 |」): the same number, whichever column is its own.
    const numbers = values.filter((v) => v !== '');
    const repeated = overfull && !spaced && row.cells.length === 1 && new Set(numbers).size === 1;
    if (repeated)
      result.notices.push(
        `${describeRows(formatId, [row.key])}的“${numbers[0] ?? ''}”在原文中重复印了${numbers.length}遍（转换时跨列的单元格逐列重复），按一个数字读取，请对照原文核对。`,
      );
    const own = spaced
      ? fit(spaced.values, row.cells.length, endsRow)
      : repeated
        ? numbers.slice(0, 1)
        : overfull
          ? undefined
          : subtotalAt === undefined
            ? fit(values, row.cells.length, endsRow)
            : withoutSubtotal(row.key, values, endsRow);
    if (own) place(row.cells, table.id === 'T2' ? inPrintedOrder(row, labelAt, own) : own);
    else {
      place(row.cells, []);
      unplace([row.key]);
      const trouble = overfull ? '可能有数字被拆开（识别或转换时）' : '可能丢失了单元格';
      result.notices.push(
        `${describeRows(formatId, [row.key])}在原文中${overfull ? '有' : '只有'}${numbers.length}个数字（应有${row.cells.length}个），${trouble}，无法确定各属哪一列，已留空，请按原文填写。`,
      );
    }
    // The rest of a label wrapped below its numbers: text laid out with spaces prints a row's numbers on
    // the middle line of its label (「（二）部分公开（区分处理的，只计这一情」, numbers, 「形，不计其他情形）」).
    let end = i;
    for (let k = i; k < tokens.length; k++) {
      const next = tokens[k];
      if (!next || isValue(next.text) || !labelKey(row.label).includes(labelKey(printed + next.text))) break;
      printed += next.text;
      end = k + 1;
    }
    if (rowFit(printed, row.key, row.label) < 1) result.labels[row.key] = printed;
    use(labelAt, end);
    at = end;
  }
  if (pending.length > 0) placePending(tokens.length);
  unplace([...rivalled].filter((key) => result.missingRows.includes(key)));
  // A group the format splits into rows printed as one row, as the 2019 format printed （六）其他处理:
  // its numbers cannot be divided among the rows, which stay blank, and the clerk is shown them.
  // Only in a table that was found (a page that is no report has every row missing), and with the label's
  // key computed only for texts of about its length, so a page of a million tokens costs one pass a group.
  const tableFound = result.missingRows.length < rows.length;
  for (const [group, label] of tableFound ? Object.entries(table.labels) : []) {
    const members = rows.filter((r) => r.key.startsWith(`${group}.`));
    if (members.length < 2 || !members.every((r) => result.missingRows.includes(r.key))) continue;
    const key = labelKey(label);
    const where = tokens.findIndex(
      (t, i) => !used.has(i) && t.text.length < key.length * 2 + 4 && labelKey(t.text) === key,
    );
    const line = tokens[where]?.line;
    const values: string[] = [];
    for (let k = where + 1; where >= 0 && k < tokens.length && tokens[k]?.line === line; k++)
      if (isValue(tokens[k]?.text ?? 'x')) values.push(tokens[k]?.text ?? '');
    const printed = values.filter((v) => v !== '');
    if (printed.length !== members[0]?.cells.length) continue;
    use(where, where + 1 + values.length);
    unplace(members.map((r) => r.key));
    result.notices.push(
      `原文${TABLE_NAMES[table.id]}“${label}”只印了一行（${printed.join(' ')}），本年度格式分为${members.length}行，无法拆分，已留空，请按原文分行填写。`,
    );
  }
  const extra = extraRows(tokens, used, allLabels);
  const subtotalRows = extra.filter((r) => isSubtotalLabel(r.label));
  result.extraRows = extra.filter((r) => !isSubtotalLabel(r.label)).map((r) => ({ table: table.id, ...r }));
  if (subtotalRows.length > 0)
    result.notices.push(
      `原文${TABLE_NAMES[table.id]}自加了${subtotalRows.length}个小计行（官方格式没有），未导入：${subtotalRows.map((r) => `“${r.label}” ${r.values.join(' ')}`).join('；')}。`,
    );
  return result;
}
