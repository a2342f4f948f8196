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

const DROPPED = /^[\s\p{P}]$/u;
/** How normalizeForCopy treats a UTF-16 unit (0: not met yet). */
const KEPT = 1;
const DROP = 2;
const DIGIT = 3;
const HIGH_SURROGATE = 4;
/** Each unit's class, decided by DROPPED the first time it is met: a county normalises millions. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code] ?? 0;
  if (c === 0) {
    c =
      (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
        ? DIGIT
        : code >= 0xd800 && code <= 0xdbff
          ? HIGH_SURROGATE
          : DROPPED.test(String.fromCharCode(code))
            ? DROP
            : KEPT;
    classes[code] = c;
  }
  return c;
}

/**
 * Text reduced to what copying keeps: no white space or punctuation (Unicode's, astral ones too), every
 * run of digits one 「0」 (runs joined by dropped characters as well), so a part copied from last year
 * with the year changed still compares equal. One pass over the text, keeping the runs between what
 * is dropped as slices: the county normalises every part of thousands of reports.
 */
export function normalizeForCopy(text: string): string {
  let out = '';
  let start = 0; // the first character not yet in `out`
  let digits = false; // the last character kept was a digit (a run's 「0」 is already out)
  const cut = (i: number, width: number, put = '') => {
    out += text.slice(start, i) + put;
    start = i + width;
  };
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === KEPT) digits = false;
    else if (c === DROP) cut(i, 1);
    else if (c === DIGIT) {
      cut(i, 1, digits ? '' : '0');
      digits = true;
    } else {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff && DROPPED.test(text.slice(i, i + 2))) cut(i, 2);
      else digits = false;
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return start === 0 ? text : out + text.slice(start);
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
export function dice(a: CopyForm, b: CopyForm): number {
  if (a.norm === b.norm) return a.norm.length > 0 ? 1 : 0;
  return diceOf(sharedGrams(a.grams, b.grams, 0), a.grams.length + b.grams.length);
}

const diceOf = (shared: number, total: number) => (total === 0 ? 0 : (2 * shared) / total);

/**
 * Whether dice(a, b) ≥ threshold, stopping as soon as the bigrams left cannot reach it: the county
 * compares thousands of texts that share a band with another and are still far from a copy.
 */
export function diceAtLeast(a: CopyForm, b: CopyForm, threshold: number): boolean {
  if (a.norm === b.norm) return dice(a, b) >= threshold;
  const total = a.grams.length + b.grams.length;
  // The fewest shared bigrams that reach the threshold, by the very division dice() makes.
  let needed = Math.max(0, Math.ceil((threshold * total) / 2));
  while (needed > 0 && diceOf(needed - 1, total) >= threshold) needed--;
  while (needed <= total && diceOf(needed, total) < threshold) needed++;
  return needed <= Math.min(a.grams.length, b.grams.length) && sharedGrams(a.grams, b.grams, needed) >= needed;
}

/** Bigrams two sorted lists share; it gives up (returning fewer than `needed`) once `needed` is out of reach. */
function sharedGrams(bx: Uint32Array, by: Uint32Array, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let missesX = 0;
  let missesY = 0;
  const reachX = bx.length - needed;
  const reachY = by.length - needed;
  while (i < bx.length && j < by.length) {
    const p = bx[i] ?? 0;
    const q = by[j] ?? 0;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) {
      i++;
      if (++missesX > reachX) break;
    } else {
      j++;
      if (++missesY > reachY) break;
    }
  }
  return shared;
}

/** Decimal places of a number as it is written (1.5e-7 has 8). */
export function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}
