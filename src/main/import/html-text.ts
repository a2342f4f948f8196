import { decodeEntities } from './entities';

/**
 * The text of a web page or of HTML copied from one, in reading order, as the text importer reads
 * dumps: blocks as lines, each row of a data table as a tab-separated line. County portals wrap their
 * pages in layout tables; a table that holds another table is layout, and its cells are read as blocks.
 */

interface Element {
  tag: string;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'source', 'embed']);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'select', 'button', 'iframe']);
const BLOCK = new Set([
  ...['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'center', 'form'],
  ...['main', 'nav', 'aside', 'figure', 'figcaption', 'address', 'body', 'html'],
]);
/** Opening one of these closes an open element of the listed tags first (HTML's implied end tags). */
const CLOSES: Record<string, readonly string[]> = {
  td: ['td', 'th'],
  th: ['td', 'th'],
  tr: ['td', 'th', 'tr'],
  tbody: ['td', 'th', 'tr', 'tbody', 'thead'],
  thead: ['td', 'th', 'tr', 'tbody', 'thead'],
  tfoot: ['td', 'th', 'tr', 'tbody', 'thead'],
  p: ['p'],
  li: ['li'],
};
/** Elements an implied end stops at: a cell never closes the table around an inner one. */
const SCOPE = new Set(['table', 'html', 'body']);
const MAX_DEPTH = 256;
/** What a reader does not see: 「display:none」 and the `hidden` attribute. */
const HIDDEN = /\sstyle\s*=\s*(["'])[^"']*display\s*:\s*none[^"']*\1|\shidden(?=[\s=/]|$)/i;

/** A forgiving tree of the page: unknown end tags are ignored, implied ends applied, depth bounded. */
function parse(html: string): Element {
  const root: Element = { tag: '#root', children: [] };
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const source = html.replace(/<!--[\s\S]*?(-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/g, '');
  const pattern = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
  // An element left out whole (a script, a hidden block), with the depth of its own tag inside it.
  let skipping: { tag: string; depth: number } | undefined;
  for (const m of source.matchAll(pattern)) {
    const [whole, slash, rawTag, attrs = ''] = m;
    if (rawTag === undefined) {
      if (!skipping) top().children.push(decodeEntities(whole));
      continue;
    }
    const tag = rawTag.toLowerCase();
    const selfClosing = VOID.has(tag) || attrs.trimEnd().endsWith('/');
    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth += slash ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (slash) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (SKIP.has(tag) || HIDDEN.test(attrs)) {
      if (!selfClosing) skipping = { tag, depth: 1 };
      continue;
    }
    const closes = CLOSES[tag];
    if (closes) {
      for (let i = stack.length - 1; i > 0; i--) {
        const open = stack[i]?.tag ?? '';
        if (SCOPE.has(open)) break;
        if (closes.includes(open)) {
          stack.length = i;
          break;
        }
      }
    }
    const element: Element = { tag, children: [] };
    top().children.push(element);
    if (!selfClosing && stack.length < MAX_DEPTH) stack.push(element);
  }
  return root;
}

const isElement = (n: Node): n is Element => typeof n !== 'string';

function contains(element: Element, tag: string): boolean {
  return element.children.some((c) => isElement(c) && (c.tag === tag || contains(c, tag)));
}

/** A cell's text on one line: its blocks and line breaks joined, as Word's paragraphs in a cell are. */
function cellText(element: Element): string {
  return element.children
    .map((c) => (isElement(c) ? cellText(c) : c))
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function rowsOf(table: Element): Element[] {
  return table.children.filter(isElement).flatMap((c) => (c.tag === 'tr' ? [c] : c.tag === 'table' ? [] : rowsOf(c)));
}

export function htmlText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    // A title broken after the unit's name (「…人民政府<br>2021年…年度报告」) is one line, as Word's is.
    if (isElement(node) && /^h[1-3]$/.test(node.tag)) {
      flush();
      line = cellText(node);
      flush();
      return;
    }
    if (!isElement(node)) {
      line += node.replace(/\s+/g, ' ');
      return;
    }
    if (node.tag === 'table' && !contains(node, 'table')) {
      flush();
      for (const row of rowsOf(node)) {
        const cells = row.children.filter((c): c is Element => isElement(c) && (c.tag === 'td' || c.tag === 'th'));
        if (cells.length > 0) lines.push(cells.map(cellText).join('\t'));
      }
      lines.push('');
      return;
    }
    const block = BLOCK.has(node.tag);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  walk(parse(html));
  flush();
  return lines.join('\n');
}
