import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

/**
 * The text of a web page or of HTML copied from one, in reading order, as the text importer reads
 * dumps: blocks as lines, each row of a data table as a tab-separated line. County portals wrap their
 * pages in layout tables; a table that holds another table is layout, and its cells are read as blocks.
 *
 * The page is parsed by parse5 (the HTML standard's tree construction: implied end tags, misnested and
 * unclosed markup, in linear time); every walk below is iterative, so a page nested 100,000 deep cannot
 * overflow the stack.
 */

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** What a reader never sees. `template` content lives outside `childNodes` in parse5 and is not walked either. */
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'select', 'button', 'iframe']);
const BLOCK = new Set([
  ...['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'center', 'form'],
  ...['main', 'nav', 'aside', 'figure', 'figcaption', 'address', 'body', 'html'],
]);
const HEADING = new Set(['h1', 'h2', 'h3']);

const isElement = (n: Node): n is Element => 'tagName' in n;

/** 「display:none」 and the `hidden` attribute hide an element and all inside it. */
function hidden(element: Element): boolean {
  return element.attrs.some((a) => a.name === 'hidden' || (a.name === 'style' && /display\s*:\s*none/i.test(a.value)));
}

/** The children a reader sees, pushed so that they pop in document order (a loop: rows can be 100,000s). */
function pushVisible(stack: Node[], element: Element): void {
  const children = element.childNodes;
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (c && (!isElement(c) || (!SKIP.has(c.tagName) && !hidden(c)))) stack.push(c);
  }
}

/** Every visible descendant in document order, without recursion. */
function* descendants(element: Element): Generator<Node> {
  const stack: Node[] = [];
  pushVisible(stack, element);
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if (isElement(node)) pushVisible(stack, node);
  }
}

/**
 * The tables that hold another (visible) table: layout. One pass, each table marking the nearest table
 * above it, so tables nested thousands deep cost no more than the page.
 */
function layoutTables(root: Element): Set<Element> {
  const layout = new Set<Element>();
  for (const n of descendants(root)) {
    if (!isElement(n) || n.tagName !== 'table') continue;
    for (let up = n.parentNode; up && 'tagName' in up; up = up.parentNode) {
      if (up.tagName === 'table') {
        layout.add(up);
        break;
      }
    }
  }
  return layout;
}

/** A cell's text on one line: its blocks and line breaks joined, as Word's paragraphs in a cell are. */
function cellText(element: Element): string {
  let text = '';
  for (const n of descendants(element)) if (n.nodeName === '#text' && 'value' in n) text += n.value;
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The rows of a data table (parse5 puts them in an implied tbody), not those of a table inside it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: Node[] = [];
  pushVisible(stack, table);
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (!isElement(n) || n.tagName === 'table') continue;
    if (n.tagName === 'tr') rows.push(n);
    else pushVisible(stack, n);
  }
  return rows;
}

export function htmlText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  // Entering a node, or leaving a block (flush after its content): an explicit stack instead of recursion.
  type Step = { node: Node } | { leave: true };
  const root = parse(html).childNodes.find(isElement);
  if (!root) return '';
  const layout = layoutTables(root);
  const steps: Step[] = [{ node: root }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('leave' in step) {
      flush();
      continue;
    }
    const node = step.node;
    if (!isElement(node)) {
      if (node.nodeName === '#text' && 'value' in node) line += node.value.replace(/\s+/g, ' ');
      continue;
    }
    if (SKIP.has(node.tagName) || hidden(node)) continue;
    // A title broken after the unit's name (「…人民政府<br>2021年…年度报告」) is one line, as Word's is.
    if (HEADING.has(node.tagName)) {
      flush();
      line = cellText(node);
      flush();
      continue;
    }
    if (node.tagName === 'table' && !layout.has(node)) {
      flush();
      for (const row of rowsOf(node)) {
        const cells = row.childNodes.filter(
          (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th') && !hidden(c),
        );
        if (cells.length > 0) lines.push(cells.map(cellText).join('\t'));
      }
      lines.push('');
      continue;
    }
    const block = BLOCK.has(node.tagName);
    if (block) {
      flush();
      steps.push({ leave: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const c = node.childNodes[i];
      if (c) steps.push({ node: c });
    }
  }
  flush();
  return lines.join('\n');
}
