/** Characters the way 「字」 are counted: everything but white space. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

/**
 * Text reduced to what copying keeps: no white space or punctuation, every digit the same, so a part
 * copied from last year with the year changed still compares equal.
 */
function normalizeForCopy(text: string): string {
  return text.replace(/[\s\p{P}]/gu, '').replace(/[0-9０-９]+/g, '0');
}

function bigrams(text: string): Uint32Array {
  const codes = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const out = new Uint32Array(Math.max(0, codes.length - 1));
  for (let i = 0; i < out.length; i++) out[i] = (((codes[i] ?? 0) & 0xffff) << 16) | ((codes[i + 1] ?? 0) & 0xffff);
  return out.sort();
}

/** Dice coefficient of character bigrams (0 = nothing shared, 1 = the same text). */
export function similarity(a: string, b: string): number {
  const x = normalizeForCopy(a);
  const y = normalizeForCopy(b);
  if (x === y) return x.length > 0 ? 1 : 0;
  const bx = bigrams(x);
  const by = bigrams(y);
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
