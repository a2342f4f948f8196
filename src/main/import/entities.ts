/**
 * Character references in Word's XML and in web pages: the five of XML, numeric ones (a reference
 * outside Unicode becomes nothing rather than an exception), and the named ones Chinese pages use.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (m, e: string) => {
    const code =
      e.startsWith('#x') || e.startsWith('#X')
        ? parseInt(e.slice(2), 16)
        : e.startsWith('#')
          ? Number(e.slice(1))
          : NaN;
    if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
