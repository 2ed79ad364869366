// Reads the figures of an English paragraph: money, percentages, points, counts, periods, dates,
// durations, ordinals and fractions, with the approximation and direction words attached to them.
//
// One hand-written pass splits the text into tokens (numbers, words, single symbols); figures are
// then read off the token list, looking a few tokens back or ahead for context. Nothing here
// backtracks: every step moves forward through the tokens or inspects a bounded window, and the few
// regular expressions run on single tokens, anchored, without nested quantifiers.
//
// Decisions on weak and ambiguous figures (the alignment step must not report these as missing):
// - `one`: `one of …`, `no one`, `the/this/that one`, `one another` and `Cloudflare One` give no
//   figure at all (Chinese says 之一 or nothing). Any other `one` is a weak count with note
//   `pronoun`, since it is as often the article "a" (`one big customer`, `at one point`).
// - Small counts (`two`, `2 reports`, `three cohorts`) are weak; counts from 10 up are salient.
// - Ordinals are weak (`first`, `the second area`, `act 3`, `Generation 12`); `First,` at a
//   sentence start or `the first is` carry note `discourse`. Only `fourth consecutive` (straight,
//   successive, in a row) is salient. `first quarter`, `second half` are periods, not ordinals.
// - `quarter` is a fraction only in `a/one quarter of`, `three quarters of`; `the quarter`, `a
//   strong quarter`, `Congrats on the quarter` give no figure. `half` is a weak fraction (0.5),
//   except `first/second/back half`, which are halves of the year.
// - Digits inside names are labels (`label: true`, never salient): `Fortune 500`, `Area 1`, `R2`,
//   `3D`, `H-100`, `COVID-19`, a capitalised word plus a small number (`GPT 4`) unless a plural
//   noun or unit follows (`AI 11 times`). Codes give nothing: `1.1.1.1`, `1-800-555-0100`, `1,1`.
// - `Zero Trust` is no zero; `May` is a month only before a day or year; `a second` is time.
// - `a couple (of)` is about 2 and weak (`note: 'vague'`); `doubled`, `twice` are weak multiples.
// - Durations are in months (`3-year` = 36), days (`90 days`) or hours: salient unless one unit.
//
// The reader is built in layers, each file one concern: tokens.ts (the tokenizer), words.ts (the word
// tables), numbers.ts (quantities, units, money, ranges), wordFigures.ts and reader.ts (what figure
// starts at each token), context.ts (the words around each figure, and the figures at the end).
import type { Figure } from '../types';
import { ContextReader } from './context';

/** The figures of an English paragraph, in text order. */
export function extractEnglishFigures(text: string): Figure[] {
  const reader = new ContextReader(text);
  reader.read();
  return reader.figures();
}
