// How the index lists a name's renderings, for the names the call learns and the glossary's terms alike.
import type { Range } from '../model';
import type { Rendering } from './types';

/**
 * Renderings from their occurrences in document order, grouped by key (one name written with other
 * separators is one rendering): each counted, its lines listed once, its first place kept.
 */
export function renderingsOf(occurrences: ReadonlyArray<{ text: string; key: string; range: Range }>): Rendering[] {
  const byKey = new Map<string, { text: string; count: number; lines: number[]; first: Range }>();
  for (const { text, key, range } of occurrences) {
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { text, count: 1, lines: [range.start.line], first: range });
    else {
      entry.count++;
      if (entry.lines[entry.lines.length - 1] !== range.start.line) entry.lines.push(range.start.line);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
