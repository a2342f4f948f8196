/**
 * One linear pass over a report file's JSON text, before JSON.parse, for what JSON.parse hides: how deep
 * it nests (millions of brackets cost seconds and a gigabyte to parse, for a file that can never be a
 * report) and keys that appear twice in one object (JSON.parse silently keeps the last: a cell written
 * twice, 5 and then 999, would open as 999 with nobody told).
 */

export interface JsonScan {
  /** The dotted path of the first object or array nested deeper than allowed. */
  tooDeep?: string;
  duplicates: { path: string; key: string; first: string; last: string }[];
}

interface Frame {
  object: boolean;
  path: string;
  /** Keys seen so far, with where each one's value starts and ends in the text. */
  keys: Map<string, { start: number; end: number }>;
  key?: string;
  valueStart: number;
  index: number;
  expectKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The end (index of the closing quote) of the string starting at `at`; the text's length if unclosed. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

function decodeKey(raw: string): string {
  // Without an escape a key is its text between the quotes, as JSON.parse (or its failure below) gives it:
  // a county's thousands of files have hundreds of keys each.
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Scans `text`; stops at the first nesting deeper than `maxDepth`. Text that is no JSON gives whatever it
 * gives: JSON.parse, which runs next, is what says so.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const duplicates: JsonScan['duplicates'] = [];
  const stack: Frame[] = [];
  const finishValue = (frame: Frame | undefined, end: number) => {
    if (!frame?.object || frame.key === undefined) return;
    const span = { start: frame.valueStart, end };
    const seen = frame.keys.get(frame.key);
    if (seen) {
      duplicates.push({
        path: frame.path,
        key: frame.key,
        first: text.slice(seen.start, seen.end).trim(),
        last: text.slice(span.start, span.end).trim(),
      });
    }
    frame.keys.set(frame.key, span);
    frame.key = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.object && top.expectKey) {
        top.key = decodeKey(text.slice(i, end + 1));
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      const name = top ? (top.object ? (top.key ?? '') : String(top.index)) : '';
      const path = top ? (top.path ? `${top.path}.${name}` : name) : '';
      if (stack.length >= maxDepth) return { tooDeep: path, duplicates };
      stack.push({ object: c === '{', path, keys: new Map(), valueStart: 0, index: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      finishValue(top, i);
      stack.pop();
    } else if (c === ':' && top) top.valueStart = i + 1;
    else if (c === ',' && top) {
      finishValue(top, i);
      top.index++;
      top.expectKey = top.object;
    }
  }
  return { duplicates };
}
