import { flushSync } from 'react-dom';
import { FORMATS } from '@shared/format';
import { fieldText, findMatches, replaceAll, replaceMatch } from '@shared/report';
import type { Report, TextField, TextMatch } from '@shared/report';
import { beforeCommand } from '../../app/before-command';
import { useStore } from '../../store/store';
import { clearMatch, revealMatch } from './find-reveal';

const state = () => useStore.getState();

/** Where each searched text is edited on screen. */
function fieldElement(field: TextField): HTMLInputElement | HTMLTextAreaElement | null {
  const selector = field === 'title' ? '.doc-title-input' : `#part-text-${field}`;
  return document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
}

export function fieldLabel(report: Report, field: TextField): string {
  if (field === 'title') return '标题';
  if (field === 'preamble') return '引言';
  return FORMATS[report.formatId].parts.find((p) => p.id === field)?.heading ?? field;
}

/** The matches of the find bar's query and the current one (the index kept within the list). */
export function currentMatches(): { matches: TextMatch[]; index: number } {
  const { report, find } = state();
  if (!report || !find) return { matches: [], index: 0 };
  const matches = findMatches(report, find.query);
  return { matches, index: matches.length === 0 ? 0 : Math.min(find.index, matches.length - 1) };
}

/** Shows a match where it is edited (or clears the last one shown). */
function reveal(match: TextMatch | undefined): void {
  const el = match && fieldElement(match.field);
  if (match && el) revealMatch(el, match.start, match.end);
  else clearMatch();
}

/** Ctrl+F (find) and Ctrl+H (find and replace): opens the bar, starting from the selected text if any. */
export function openFind(replace: boolean): void {
  if (!beforeCommand(replace ? '替换' : '查找')) return;
  const current = state().find;
  const selected = window.getSelection()?.toString() ?? '';
  const active = document.activeElement;
  const inField =
    active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement
      ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
      : selected;
  const query = inField && !inField.includes('\n') ? inField : (current?.query ?? '');
  // The bar is rendered now and its query selected at once: selecting it on a later frame took the focus back
  // from the 替换为 field when the clerk had already moved there, and the typed replacement went into 查找.
  flushSync(() => state().setFind({ replace, query, replacement: current?.replacement ?? '', index: 0 }));
  document.querySelector<HTMLInputElement>('#find-query')?.select();
}

export function closeFind(): void {
  reveal(undefined);
  state().setFind(null);
}

export function setQuery(query: string): void {
  const find = state().find;
  if (!find) return;
  state().setFind({ ...find, query, index: 0 });
  reveal(currentMatches().matches[0]);
}

export function setReplacement(replacement: string): void {
  const find = state().find;
  if (find) state().setFind({ ...find, replacement });
}

/** 下一个 (step 1) / 上一个 (step −1), wrapping around at either end. */
export function findNext(step: 1 | -1): void {
  const find = state().find;
  const { matches, index } = currentMatches();
  if (!find || matches.length === 0) return;
  const next = (index + step + matches.length) % matches.length;
  state().setFind({ ...find, index: next });
  reveal(matches[next]);
}

/** 替换: the current match, then on to the next one. One undo step. */
export function replaceCurrent(): void {
  const { report, find } = state();
  const { matches, index } = currentMatches();
  const match = matches[index];
  if (!report || !find || !match || !beforeCommand('替换')) return;
  const texts = replaceMatch(report, match, find.query, find.replacement);
  if (!texts) return;
  // Rendered at once: the next match is shown in the new text, not where the old one had it.
  flushSync(() => state().setTexts(texts));
  const after = currentMatches();
  reveal(after.matches[after.index]);
}

/** 全部替换: every match in the title, the preamble and the parts, as one undo step. */
export function replaceEverything(): void {
  const { report, find } = state();
  if (!report || !find?.query || !beforeCommand('替换')) return;
  const { texts, count } = replaceAll(report, find.query, find.replacement);
  if (count === 0) return;
  state().setTexts(texts);
  state().say(`已将 ${count} 处“${find.query}”替换为“${find.replacement}”（可撤销，Ctrl+Z）。`);
  reveal(undefined);
}

/** The text around a match, for the find bar: the clerk reads the match in its sentence. */
export function matchContext(report: Report, match: TextMatch): { before: string; hit: string; after: string } {
  const text = fieldText(report, match.field);
  const before = text.slice(Math.max(0, match.start - 14), match.start).replace(/\n/g, ' ');
  const after = text.slice(match.end, match.end + 14).replace(/\n/g, ' ');
  return { before, hit: text.slice(match.start, match.end), after };
}
