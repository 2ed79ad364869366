// Reads the figures of a Chinese paragraph (Traditional or Simplified): Arabic digits (ASCII or
// full-width) with 萬/億 scales, Chinese numerals, percents, points, money, periods, dates, durations,
// ordinals and fractions, with the approximation and direction words around them.
//
// One hand-written scanner walks the text once; at each digit or numeral it reads the figure
// forward and looks a few characters back for context. Nothing here backtracks.
//
// Weak (salient: false) and labels, mirroring the English side so that pairs agree:
// - labels: digits in Latin names (`R2`, `A100`, `H-100`, `3D`, `Area 1`, `GPT 3.5`, `1.1.1.1`), `財富 500 強`, `標普 500`;
// - weak: `一` before a measure (`一家`, note `article`), `之一` (note `pronoun`), counts under 10 (`兩個`, `三`),
//   ranks without `連續` (`第一代`, `第三幕`; `第一,` note `discourse`), `數百萬`/`幾十`/`兩三` (note `vague`),
//   a month or day alone (`12 月`, `29 日`), weekdays (`星期四`), clock times, durations of one unit (`一年`, `1 年`),
//   `一半`, `半年`, and `增長了一倍` (like English `doubled`);
// - skipped: words in which numeral characters are no numbers (`一些`, `一直`, `統一`, `唯一`, `萬一`, `三星`, `三維`, `十分`…).
// Everything else with a value is salient: money, percents, points, counts ≥ 10, years, quarters, halves, full dates,
//
// The scanner is built in layers, each file one concern: characters.ts and words.ts (the tables),
// lookup.ts (finding a word of a table in the text), quantities.ts (digits and numerals with their
// scale), units.ts (what a quantity makes with what follows it), scanner.ts (the walk through the
// text), context.ts (the words around each figure, and the figures at the end).
import type { Figure } from '../types';
import { ContextScanner } from './context';

/** The figures of a Chinese paragraph, in text order. */
export function extractChineseFigures(text: string): Figure[] {
  const scanner = new ContextScanner(text);
  scanner.scan();
  return scanner.figures();
}
