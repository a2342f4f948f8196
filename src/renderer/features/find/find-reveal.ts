import getCaretCoordinates from 'textarea-caret';

/**
 * Shows the find bar's current match where it is edited. The parts' text boxes grow with their text, so
 * scrolling the box into view can leave the match a screen away, and a text box without the focus paints
 * no selection: the page is scrolled to the match's own line and a mark is laid over the matched text.
 * The focus stays in the find bar so Enter goes on to the next match.
 */
export function revealMatch(el: HTMLInputElement | HTMLTextAreaElement, start: number, end: number): void {
  clearMatch();
  el.setAttribute('data-find-hit', '');
  el.setSelectionRange(start, end);
  const page = el.closest<HTMLElement>('.document');
  if (!(el instanceof HTMLTextAreaElement) || !page) {
    el.scrollIntoView({ block: 'center' });
    return;
  }
  const mark = document.createElement('div');
  mark.className = 'find-hit-mark';
  page.append(mark);
  placeMark(mark, el, page, start, end);
  mark.scrollIntoView({ block: 'center' });
  // A zoom, a window resized or a panel hidden reflows the page under the mark: it follows its text. The
  // page's size changes with any reflow above the box, the box's with a reflow of its own lines.
  observer = new ResizeObserver(() => placeMark(mark, el, page, start, end));
  observer.observe(page);
  observer.observe(el);
  // Typing anywhere moves the text under the mark: it goes until the next match is shown.
  document.addEventListener('input', clearMatch, { once: true, capture: true });
}

let observer: ResizeObserver | null = null;

/** Lays the mark over the matched text, in the page's own CSS pixels. */
function placeMark(mark: HTMLElement, el: HTMLTextAreaElement, page: HTMLElement, start: number, end: number): void {
  // Caret positions are in the box's own CSS pixels; the page may be zoomed (its style.zoom).
  const zoom = el.getBoundingClientRect().height / el.offsetHeight || 1;
  const from = getCaretCoordinates(el, start);
  const box = el.getBoundingClientRect();
  const paper = page.getBoundingClientRect();
  mark.style.top = `${(box.top - paper.top) / zoom + from.top - el.scrollTop}px`;
  mark.style.left = `${(box.left - paper.left) / zoom + from.left}px`;
  // The match's own width (the caret after it is ambiguous where a line wraps); one wrapped onto the next
  // line is marked to the end of its first line.
  const lineEnd = el.clientWidth - parseFloat(getComputedStyle(el).paddingRight);
  mark.style.width = `${Math.max(4, Math.min(textWidth(el, el.value.slice(start, end)), lineEnd - from.left))}px`;
  mark.style.height = `${from.height}px`;
}

let measure: CanvasRenderingContext2D | null = null;

/** How wide a text is in a text box's font, its letter spacing included. */
function textWidth(el: HTMLTextAreaElement, text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return 0;
  const style = getComputedStyle(el);
  measure.font = style.font;
  const spacing = parseFloat(style.letterSpacing) || 0;
  return measure.measureText(text).width + spacing * text.length;
}

export function clearMatch(): void {
  observer?.disconnect();
  observer = null;
  document.querySelectorAll('[data-find-hit]').forEach((el) => el.removeAttribute('data-find-hit'));
  document.querySelectorAll('.find-hit-mark').forEach((el) => el.remove());
  document.removeEventListener('input', clearMatch, { capture: true });
}
