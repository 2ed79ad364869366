// Rows the reader can activate (click, Enter, Space) to reveal a range in the editor, moved between
// with the arrow keys, and highlighted while the editor's cursor is inside one of their line ranges.
import { vscode } from './state';

export interface Target {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export type RowKind = 'metric' | 'speaker' | 'qa' | 'name' | 'problem';
type LineRange = readonly [number, number];

interface Row {
  readonly el: HTMLElement;
  readonly ranges: readonly LineRange[];
  readonly kind: RowKind;
}

/** The document the panel shows, as the last update named it. */
let shown: { uri: string; version: number } | null = null;
let rows: Row[] = [];
let cursorLine: number | null = null;

export function showDocument(document: { uri: string; version: number }, sameDocument: boolean): void {
  shown = document;
  if (!sameDocument) cursorLine = null;
}

/** Forgets the rows of the last render. */
export function resetRows(): void {
  rows = [];
}

export function reveal(target: Target): void {
  if (!shown) return;
  if (vscode) vscode.postMessage({ type: 'reveal', uri: shown.uri, version: shown.version, ...pick(target) });
  else highlight(target.line, true);
}

const pick = ({ line, character, endLine, endCharacter }: Target): Target => ({ line, character, endLine, endCharacter });

/**
 * Makes an element a navigable row.
 * @param target where activating it goes
 * @param ranges lines that count as this row for the cursor highlight
 * @param key identifies the row across renders, to keep focus
 */
export function row(el: HTMLElement, kind: RowKind, target: Target, ranges: readonly LineRange[], key: string): HTMLElement {
  el.classList.add('row');
  el.dataset.key = key;
  if (el.tagName !== 'BUTTON') el.tabIndex = 0;
  el.addEventListener('click', () => reveal(target));
  el.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && el.tagName !== 'BUTTON') {
      event.preventDefault();
      reveal(target);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const section = el.closest('section');
      const list = section ? Array.from(section.querySelectorAll<HTMLElement>('.row')) : [];
      const next = list[list.indexOf(el) + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  rows.push({ el, ranges, kind });
  return el;
}

/** Marks the rows whose ranges contain the line; brings the first marked problem or figure into view. */
export function highlight(line: number, fromPanel = false): void {
  cursorLine = line;
  let first: HTMLElement | null = null;
  for (const entry of rows) {
    const on = entry.ranges.some(([start, end]) => start <= line && line <= end);
    entry.el.classList.toggle('current', on);
    if (on) entry.el.setAttribute('aria-current', 'true');
    else entry.el.removeAttribute('aria-current');
    if (on && !first && (entry.kind === 'problem' || entry.kind === 'metric')) first = entry.el;
  }
  if (first && !fromPanel && !document.hasFocus()) first.scrollIntoView({ block: 'nearest' });
}

/** After a render: the cursor's rows marked again, and focus back on the row that had it. */
export function restoreRows(focusedKey: string | undefined): void {
  if (cursorLine !== null) highlight(cursorLine, true);
  if (focusedKey) rows.find((entry) => entry.el.dataset.key === focusedKey)?.el.focus({ preventScroll: true });
}
