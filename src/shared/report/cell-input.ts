import { MAX_AMOUNT_DECIMALS } from '../format';
import type { CellKind } from '../format';

export type CellInput = { ok: true; value: number | null } | { ok: false; message: string };

/** What clerks put in an empty cell of a printed table: all mean blank (rule B1 then asks for 0). */
const BLANK_MARKS = new Set(['', '/', '／', '—', '–', '-', '－', '无', '——']);

/** 「本年增/减」 as the 2019 tables print it: 「增2」「+2」 for 2, 「减4」 for −4. */
const signed = (text: string) => text.replace(/^(?:增|\+)(?=\d)/, '').replace(/^减(?=\d)/, '-');

/**
 * Reads what was typed or pasted into a cell: full-width digits and thousands separators are fine,
 * 「/」「—」「无」 mean blank; anything that is not a number of the cell's kind is refused with a reason.
 */
export function parseCellInput(text: string, kind: CellKind): CellInput {
  const trimmed = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[\s\u3000]/g, '');
  if (BLANK_MARKS.has(trimmed)) return { ok: true, value: null };
  const plain = (kind === 'signed' ? signed(trimmed) : trimmed).replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1');
  if (!/^-?\d+(\.\d+)?$/.test(plain))
    return { ok: false, message: `“${text.trim()}”不是数字，请输入数字（没有的填0）。` };
  const value = Number(plain);
  const decimals = plain.split('.')[1]?.length ?? 0;
  if (kind === 'amount') {
    if (value < 0) return { ok: false, message: '金额不能为负数。' };
    if (decimals > MAX_AMOUNT_DECIMALS)
      return { ok: false, message: `金额最多保留${MAX_AMOUNT_DECIMALS}位小数（万元精确到分）。` };
    if (value > Number.MAX_SAFE_INTEGER) return { ok: false, message: '数字太大。' };
    return { ok: true, value };
  }
  if (decimals > 0) return { ok: false, message: '这里填写件数，应为整数。' };
  if (kind === 'count' && value < 0) return { ok: false, message: '件数不能为负数；只有“本年增/减”可以填负数。' };
  if (!Number.isSafeInteger(value)) return { ok: false, message: '数字太大。' };
  return { ok: true, value };
}
