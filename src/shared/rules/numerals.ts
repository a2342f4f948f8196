const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits (０-９) to ASCII, as clerks' Word files often have them. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a Chinese numeral as written in reports: 「三十」「十二」「一百零五」「两千」「一万二千」.
 * Returns undefined for anything else.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit ?? 1) * (UNITS[ch] ?? 0);
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A count as written in a sentence: Arabic (full-width too, with thousands commas) or Chinese. */
export function readCount(text: string): number | undefined {
  const ascii = toHalfWidthDigits(text).replace(/[,，]/g, '');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}

/** The numeral pattern used inside narrative patterns (one capturing group). */
export const NUMERAL = '([0-9０-９][0-9０-９,，]*|[零〇一二两三四五六七八九十百千万]+)';
