function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/** Characters the way 「字」 are counted: everything but white space (a surrogate pair is one). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && (code < 0xdc00 || code > 0xdfff)) n++;
  }
  return n;
}

/**
 * Text reduced to what copying keeps: no white space or punctuation, every digit the same, so a part
 * copied from last year with the year changed still compares equal.
 */
export function normalizeForCopy(text: string): string {
  return text.replace(/[\s\p{P}]/gu, '').replace(/[0-9０-９]+/g, '0');
}

/** Pairs of code points, each cut to 16 bits, sorted (built in one pass: the county builds thousands). */
function bigrams(text: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, text.length - 1));
  let n = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (previous >= 0) out[n++] = ((previous << 16) | (code & 0xffff)) >>> 0;
    previous = code & 0xffff;
  }
  return out.subarray(0, n).sort();
}

/** A text as the copy check compares it: normalised, and its character bigrams sorted. */
export interface CopyForm {
  norm: string;
  grams: Uint32Array;
}

/** The copy form of a text already normalised with normalizeForCopy. */
export function copyForm(norm: string): CopyForm {
  return { norm, grams: bigrams(norm) };
}

/**
 * Last year's parts and this year's unedited parts are compared again on every keystroke: their
 * prepared forms are kept, a few dozen at most.
 */
const prepared = new Map<string, CopyForm>();
const PREPARED_MAX = 64;

function prepare(text: string): CopyForm {
  let p = prepared.get(text);
  if (!p) {
    p = copyForm(normalizeForCopy(text));
    if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value ?? '');
    prepared.set(text, p);
  }
  return p;
}

/** Dice coefficient of character bigrams (0 = nothing shared, 1 = the same text). */
export function similarity(a: string, b: string): number {
  return dice(prepare(a), prepare(b));
}

/** similarity() of two copy forms. */
export function dice({ norm: x, grams: bx }: CopyForm, { norm: y, grams: by }: CopyForm): number {
  if (x === y) return x.length > 0 ? 1 : 0;
  if (bx.length === 0 || by.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < bx.length && j < by.length) {
    const p = bx[i] ?? 0;
    const q = by[j] ?? 0;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (bx.length + by.length);
}

/** Decimal places of a number as it is written (1.5e-7 has 8). */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}
