// Aligns the figures of an English paragraph with those of its translation and reports what disagrees.
import type { Range, TextSpan, TranslatedParagraph } from '../model';
import { isCurrency } from '../figures/types';
import { changedIdentifiers, identifierNumbers, type Identifier } from './identifiers';
import { paragraphId } from './translation';
import type { Finding, FindingCode, FindingSide } from './types';

/** What the checks need of a figure (the figure engine's figures have this shape). */
export interface CheckFigure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly direction: 'up' | 'down' | null;
  /** A qualifier: `about`, `more than` (over), `almost` / `up to` (under). */
  readonly approx?: 'about' | 'over' | 'under' | null;
  readonly salient: boolean;
  readonly label?: boolean;
  readonly low?: number;
  readonly high?: number;
  /** Money in bare `元` with no currency named: agrees with an amount in any currency. */
  readonly impliedCurrency?: boolean;
}

export interface FigureCheckOptions {
  readonly roundingTolerance: number;
  /** Figure texts never reported, compared case-insensitively without spaces. */
  readonly ignored: ReadonlySet<string>;
  /** Writes an English value the way the translation writes the Chinese figure it replaces. */
  readonly formatFix: (value: number, unit: string, chineseText: string) => string | null;
}

export interface Alignment {
  readonly english: readonly CheckFigure[];
  readonly chinese: readonly CheckFigure[];
  /** The Chinese figure aligned to an English one, and whether they agree. */
  readonly pairs: ReadonlyMap<CheckFigure, { readonly figure: CheckFigure; readonly agrees: boolean }>;
  readonly findings: readonly Finding[];
}

export function ignoredKey(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Per-figure values the alignment compares many times; figures are immutable, so they are computed once. */
const comparableCache = new WeakMap<CheckFigure, { unit: string; value: number }>();
const stepCache = new WeakMap<CheckFigure, number | null>();

function comparable(figure: CheckFigure): { unit: string; value: number } {
  let result = comparableCache.get(figure);
  if (!result) comparableCache.set(figure, (result = comparableOf(figure)));
  return result;
}

/** The comparable unit of money whose currency the translation leaves to the reader (bare `元`). */
const ANY_CURRENCY = '*';

/**
 * Units that can stand for each other: basis points compare as percentage points (200 bp = 2 個百分點),
 * which never equal a percentage (4.6 percentage points ≠ 4.6%).
 */
function comparableOf(figure: CheckFigure): { unit: string; value: number } {
  switch (figure.unit) {
    case 'bp':
      return { unit: 'points', value: figure.value / 100 };
    case 'pp':
      return { unit: 'points', value: figure.value };
    default:
      if (figure.impliedCurrency) return { unit: ANY_CURRENCY, value: figure.value };
      // Money per share compares with money: `$0.16 per share` may be written `0.16 美元`.
      return { unit: figure.unit.endsWith('/share') ? figure.unit.slice(0, -'/share'.length) : figure.unit, value: figure.value };
  }
}

/** A month without a day (`in July`, `6 月`): month × 100. */
const isMonth = (f: CheckFigure) => f.unit === 'date' && f.value >= 100 && f.value % 100 === 0;

/** Chinese qualifiers, wherever they stand: `900 多人`, `逾 900`, `約佔…的 42%`, `多達`, `以上`. */
const QUALIFIERS_BEFORE = ['逾', '超過', '超过', '約', '约', '不到', '不足', '至少', '最多', '多達', '多达', '高達', '高达', '幾乎', '几乎', '將近', '将近', '接近', '近乎', '大概'];
const QUALIFIERS_AFTER = ['多個', '多个', '多人', '多家', '多名', '餘', '余', '左右', '以上', '以下', '上下', '之多', '出頭', '出头'];
/** How far on either side of a Chinese figure a qualifier may stand and still be its own, within its clause. */
const QUALIFIER_SPAN = 12;
const CLAUSE_END = /[，,。；;！？!?]/;
/** A qualifier right before digits qualifies those (`80% 的市場和超過 3,000 家客戶`), not a figure further on. */
const BEFORE_DIGITS = /^\s?[\d０-９]/;

/**
 * Whether the translation qualifies the figure somewhere near it. Chinese moves qualifiers to the
 * verb or the end of the phrase (`約佔全年計畫的三分之二`, `900 多人`), where the figure reader does
 * not attach them; a qualifier lost is reported only where none stands nearby.
 */
function qualifiedNearby(text: string, figure: CheckFigure): boolean {
  const before = text.slice(Math.max(0, figure.start - QUALIFIER_SPAN), figure.start).split(CLAUSE_END).pop() ?? '';
  const after = text.slice(figure.end, figure.end + QUALIFIER_SPAN).split(CLAUSE_END)[0].split(/[\d０-９]/)[0];
  const qualifiesThis = (word: string) => {
    const at = before.lastIndexOf(word);
    return at >= 0 && (at + word.length === before.length || !BEFORE_DIGITS.test(before.slice(at + word.length)));
  };
  return QUALIFIERS_BEFORE.some(qualifiesThis) || QUALIFIERS_AFTER.some((word) => after.includes(word));
}

const isAmount = (unit: string) => unit === ANY_CURRENCY || isCurrency(unit);

const signWord = (value: number) => (value < 0 ? 'negative' : 'positive');

function sameUnit(a: string, b: string): boolean {
  return a === b || (a === ANY_CURRENCY && isCurrency(b)) || (b === ANY_CURRENCY && isCurrency(a));
}

/** Units that a translation can confuse with each other while keeping the number: currencies, and percent against points. */
function family(unit: string): string {
  if (isAmount(unit)) return 'money';
  if (unit === 'percent' || unit === 'points' || unit === 'multiple') return 'ratio';
  return unit;
}

/**
 * Units that one language may leave to the reader while the other names them: a bare number in one
 * and `61 歲`, `88 天`, `11.5 倍`, `十九大` (a rank), `24 日` in the other.
 */
const IMPLICIT_UNITS = new Set(['age', 'duration-day', 'duration-hour', 'multiple', 'ordinal', 'date', 'year', 'pp', 'bp']);

/** Pairs of units that name the same number from two sides: a rank and a day (`the 24th` ↔ `24 日`), a birthday (`73rd` ↔ `73 歲`). */
const SAME_NUMBER_UNITS = new Set(['ordinal date', 'date ordinal', 'ordinal age', 'age ordinal']);

/**
 * A bare number on one side and the same number with a unit only the other side names (`61` ↔ `61 歲`,
 * `2,000` ↔ a `2000` read as a year, `17 basis points` ↔ `17`,
 * `10,000 yuan` ↔ `1 萬`, `July 26` ↔ `26 日`, `12 years of age` ↔ `12 歲`), ranges included.
 */
function implicitUnitMatch(e: CheckFigure, z: CheckFigure): boolean {
  const sameEnds = e.low === z.low && e.high === z.high;
  if (!sameEnds) return false;
  if (e.value === z.value) {
    const bare = (a: string, b: string) => a === 'count' && (IMPLICIT_UNITS.has(b) || isAmount(b));
    if (bare(e.unit, z.unit) || bare(z.unit, e.unit) || SAME_NUMBER_UNITS.has(`${e.unit} ${z.unit}`)) return true;
  }
  // A full date against its day alone: the translation left the month to the sentence.
  const day = (full: CheckFigure, alone: CheckFigure) => full.unit === 'date' && alone.unit === 'date' && full.value >= 100 && full.value % 100 !== 0 && alone.value < 100 && full.value % 100 === alone.value;
  if (day(e, z) || day(z, e)) return true;
  // An age written as years (`at 12 years of age`) on one side.
  const years = (duration: CheckFigure, age: CheckFigure) => duration.unit === 'duration' && age.unit === 'age' && duration.value === age.value * 12;
  return years(e, z) || years(z, e);
}

function close(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  if (tolerance === 0) return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Full-width digits read as ASCII, for reading how precisely a figure is written. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (char) => (char === '．' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/**
 * The step a figure is written to: `3.09 億美元` is to the million, `2,350` to the unit, `$1.6 billion`
 * to the hundred million. Null where the text shows no digits (`百分之三十二`).
 */
function stepOf(figure: CheckFigure): number | null {
  let step = stepCache.get(figure);
  if (step === undefined) stepCache.set(figure, (step = writtenStep(figure)));
  return step;
}

function writtenStep(figure: CheckFigure): number | null {
  const number = /\d[\d,]*(?:\.(\d+))?/.exec(asciiDigits(figure.text));
  if (!number) return null;
  const written = Number(number[0].replace(/,/g, ''));
  if (!written || figure.low !== undefined) return null;
  const decimals = number[1]?.length ?? 0;
  return (Math.abs(figure.value) / written) * 10 ** -decimals;
}

/** Units whose values are calendar positions or labels: never rounded in translation (a day, a time, a year). */
const EXACT_UNITS = new Set(['date', 'time', 'year', 'quarter', 'half', 'ordinal', 'age']);

/** One side is the other rounded to the precision it is written with (`$308.5 million` → `3.09 億美元`). */
function rounded(precise: number, roundedFigure: CheckFigure, roundedValue: number): boolean {
  if (EXACT_UNITS.has(roundedFigure.unit)) return false;
  const step = stepOf(roundedFigure);
  if (!step || step <= 0) return false;
  return close(Math.round(precise / step) * step, roundedValue, 1e-9);
}

function sameValue(english: CheckFigure, chinese: CheckFigure, tolerance: number): boolean {
  const e = comparable(english);
  const z = comparable(chinese);
  if (!sameUnit(e.unit, z.unit)) return false;
  // Only the translation may be coarser: `$308.5 million` → `3.09 億`, never `$1 million` → `130 萬`.
  const near = Math.abs(e.value - z.value) <= 0.05 * Math.max(Math.abs(e.value), Math.abs(z.value));
  if (near && english.low === undefined && chinese.low === undefined && rounded(e.value, chinese, z.value)) return true;
  if (english.low !== undefined && english.high !== undefined && chinese.low !== undefined && chinese.high !== undefined) {
    const scale = (f: CheckFigure) => comparable(f).value / f.value || 1;
    return close(english.low * scale(english), chinese.low * scale(chinese), tolerance) && close(english.high * scale(english), chinese.high * scale(chinese), tolerance);
  }
  return close(e.value, z.value, tolerance);
}

/** Off by a power of ten: `$20.3 million` written as `203 萬美元`. */
function scaleSlip(english: CheckFigure, chinese: CheckFigure, tolerance: number): boolean {
  const e = comparable(english).value;
  const z = comparable(chinese).value;
  if (e === 0 || z === 0) return false;
  const exponent = Math.round(Math.log10(Math.abs(z / e)));
  return exponent !== 0 && Math.abs(exponent) <= 8 && close(e * 10 ** exponent, z, Math.max(tolerance, 1e-9));
}

/** Where in its paragraph a figure stands, 0–1: translations keep the order of sentences. */
function position(figure: CheckFigure, span: TextSpan): number {
  return span.text.length > 0 ? figure.start / span.text.length : 0;
}

/** Units a translation moves freely within the sentence (`in 2024` → `2024 年`, at the front). */
const CALENDAR_UNITS = new Set(['year', 'date', 'time', 'quarter', 'half']);

/** Pairs further apart than this share of the paragraph are not taken as the same figure mistranslated. */
const MAX_DRIFT = 0.3;

/** Chinese figures considered on each side of an English figure's position (real paragraphs hold far fewer). */
const SEARCH_WINDOW = 64;

/** Index of the first value at or after `value` in an ascending list. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function side(figure: CheckFigure, span: TextSpan, rangeOf: (start: number, end: number) => Range): FindingSide {
  const start = span.start + figure.start;
  const end = span.start + figure.end;
  return { text: figure.text, value: figure.value, unit: figure.unit, start, end, range: rangeOf(start, end) };
}

export function alignParagraph(
  paragraph: TranslatedParagraph,
  englishFigures: readonly CheckFigure[],
  chineseFigures: readonly CheckFigure[],
  /** The identifiers of the two texts (identifiers.ts), kept per text by the caller's memo. */
  identifiers: { readonly english: readonly Identifier[]; readonly chinese: readonly Identifier[] },
  options: FigureCheckOptions,
  rangeOf: (start: number, end: number) => Range,
  /** Only figures that differ are reported (a header's title and date lines mix languages freely). */
  differencesOnly = false,
): Alignment {
  const { english: englishSpan, chinese: chineseSpan } = paragraph;
  // Ignored figures still align (so their counterpart is not reported missing); they are never reported.
  const keep = (f: CheckFigure) => !f.label;
  const english = englishFigures.filter(keep);
  const chinese = chineseFigures.filter(keep);
  const ignored = (f: CheckFigure | null) => f !== null && options.ignored.has(ignoredKey(f.text));
  const pairs = new Map<CheckFigure, { figure: CheckFigure; agrees: boolean }>();
  const taken = new Set<CheckFigure>();
  const tolerance = options.roundingTolerance;
  // Chinese figures are in text order, so by position: each English figure looks only at the
  // SEARCH_WINDOW nearest on either side, which keeps a paragraph with thousands of figures linear.
  const chinesePositions = chinese.map((z) => position(z, chineseSpan));
  const nearest = (e: CheckFigure, fits: (z: CheckFigure) => boolean): CheckFigure | undefined => {
    let best: CheckFigure | undefined;
    let bestDistance = Infinity;
    const at = position(e, englishSpan);
    const middle = firstAtOrAfter(chinesePositions, at);
    const end = Math.min(chinese.length, middle + SEARCH_WINDOW);
    for (let i = Math.max(0, middle - SEARCH_WINDOW); i < end; i++) {
      const z = chinese[i];
      if (taken.has(z) || !fits(z)) continue;
      const distance = Math.abs(at - chinesePositions[i]);
      if (distance < bestDistance) {
        best = z;
        bestDistance = distance;
      }
    }
    return best;
  };

  // 1. Figures that agree, nearest first.
  for (const e of english) {
    const z = nearest(e, (candidate) => sameValue(e, candidate, tolerance));
    if (z) {
      taken.add(z);
      pairs.set(e, { figure: z, agrees: true });
    }
  }

  // 1a. A unit only one side names: `who is 61` → `61 歲`, `the 19th congress` → `十九大`.
  for (const e of english) {
    if (pairs.has(e)) continue;
    const z = nearest(e, (candidate) => implicitUnitMatch(e, candidate));
    if (z) {
      taken.add(z);
      pairs.set(e, { figure: z, agrees: true });
    }
  }

  // 1b. A range on one side written as its two ends on the other (`9% to 14%` → `9% 至 14%` read as two figures).
  const sameEnd = (end: number, range: CheckFigure, f: CheckFigure) => sameValue({ ...range, value: end, low: undefined, high: undefined }, f, tolerance);
  for (const e of english) {
    if (pairs.has(e) || e.low === undefined || e.high === undefined) continue;
    const high = nearest(e, (candidate) => sameEnd(e.high!, e, candidate));
    if (!high) continue;
    taken.add(high);
    const low = nearest(e, (candidate) => sameEnd(e.low!, e, candidate));
    if (!low) {
      taken.delete(high);
      continue;
    }
    taken.add(low);
    // `年減約 9% 至 14%`: the direction word stands before the first end.
    pairs.set(e, { figure: low.direction ? low : high, agrees: true });
  }
  const englishEnds = new Set<CheckFigure>();
  const englishPositions = english.map((e) => position(e, englishSpan));
  for (const z of chinese) {
    if (taken.has(z) || z.low === undefined || z.high === undefined) continue;
    // Only the English figures near the range's position, so that a huge paragraph stays linear.
    const middle = firstAtOrAfter(englishPositions, position(z, chineseSpan));
    const near = english.slice(Math.max(0, middle - SEARCH_WINDOW), middle + SEARCH_WINDOW);
    const ends = near.filter((e) => !pairs.has(e) && !englishEnds.has(e) && (sameEnd(z.low!, z, e) || sameEnd(z.high!, z, e)));
    const low = ends.find((e) => sameEnd(z.low!, z, e));
    const high = ends.find((e) => e !== low && sameEnd(z.high!, z, e));
    if (!low || !high) continue;
    taken.add(z);
    pairs.set(low, { figure: z, agrees: true });
    englishEnds.add(high);
  }

  // 1c. A Chinese figure that only adds a unit word to a weak English number: `the next seven` → `七年`,
  // `50-50` → `各佔50%`. Matched as agreeing, so that the translation's explicitness is not an alarm.
  for (const e of english) {
    if (pairs.has(e) || e.salient || e.unit !== 'count') continue;
    const z = nearest(e, (candidate) => candidate.unit === 'duration' ? candidate.value === e.value * 12 : candidate.value === e.value);
    if (z) {
      taken.add(z);
      pairs.set(e, { figure: z, agrees: true });
    }
  }

  const findings: Finding[] = [];
  let paragraphKey: string | undefined;
  const id = (code: FindingCode, ...texts: string[]) => `${code}:${(paragraphKey ??= paragraphId('figures', englishSpan))}:${texts.join('|')}`;
  /** `replacement` overrides the fix written from the English value (an identifier keeps its name). */
  const report = (code: FindingCode, e: CheckFigure | null, z: CheckFigure | null, details?: string[], replacement?: string) => {
    if (ignored(e) || ignored(z)) return;
    const englishSide = e ? side(e, englishSpan, rangeOf) : null;
    const chineseSide = z ? side(z, chineseSpan, rangeOf) : null;
    const at = chineseSide ?? englishSide!;
    const fixText = replacement ?? (e && z && (code === 'figure-mismatch' || code === 'figure-scale') && e.low === undefined ? options.formatFix(e.value, e.unit, z.text) : null);
    findings.push({
      code,
      start: at.start,
      end: at.end,
      range: at.range,
      english: englishSide,
      chinese: chineseSide,
      fix: fixText && chineseSide && fixText !== z!.text ? { start: chineseSide.start, end: chineseSide.end, range: chineseSide.range, text: fixText } : null,
      details,
      related: e && z ? undefined : e ? chineseSpan.range : englishSpan.range,
      id: id(code, e?.text ?? '', z?.text ?? ''),
    });
  };

  // 2. The same figure with another value: the nearest unmatched Chinese figure of the same kind.
  // Months alone are weak (never missing or extra), but a month changed into another is a finding.
  const compared = (f: CheckFigure) => f.salient || isMonth(f);
  for (const e of english) {
    if (pairs.has(e) || !compared(e)) continue;
    const unit = comparable(e).unit;
    // Chinese moves times and dates to the front of the sentence: those pair wherever they stand.
    const drift = CALENDAR_UNITS.has(unit) ? 1 : MAX_DRIFT;
    const near = (candidate: CheckFigure) => compared(candidate) && isMonth(candidate) === isMonth(e) && Math.abs(position(e, englishSpan) - position(candidate, chineseSpan)) <= drift;
    const z = nearest(e, (candidate) => near(candidate) && sameUnit(comparable(candidate).unit, unit));
    if (z) {
      taken.add(z);
      pairs.set(e, { figure: z, agrees: false });
      // A loss written as a profit (`net loss` → `淨利`), or a sign dropped: the same amount, the other way.
      if (e.value !== 0 && close(e.value, -z.value, tolerance)) report('direction-mismatch', e, z, [signWord(e.value), signWord(z.value)]);
      // Basis points written as percentage points is a wrong unit, not a slip of scale.
      else if (e.unit !== z.unit && family(unit) === 'ratio') report('figure-mismatch', e, z);
      else report(scaleSlip(e, z, tolerance) ? 'figure-scale' : 'figure-mismatch', e, z);
      continue;
    }
    // 2b. The same number in another currency or unit: `RMB 23.4 billion` → `234 億美元`, `4.6 percentage points` → `4.6%`.
    const other = nearest(e, (candidate) => near(candidate) && family(comparable(candidate).unit) === family(unit) && close(candidate.value, e.value, tolerance));
    if (!other) continue;
    taken.add(other);
    pairs.set(e, { figure: other, agrees: false });
    report('figure-mismatch', e, other);
  }

  // 3. Direction words that disagree on figures that do; a qualifier (`more than`, `almost`) the
  // translation dropped. A qualifier the translation adds is left alone: it often renders English
  // wording the figure engine does not attach to the number (`above our target of`, `close to`).
  for (const [e, { figure: z, agrees }] of pairs) {
    if (agrees && e.direction && z.direction && e.direction !== z.direction) report('direction-mismatch', e, z, [e.direction, z.direction]);
    if (agrees && e.approx && !z.approx && !qualifiedNearby(chineseSpan.text, z)) report('approximation-lost', e, z, [e.approx]);
  }

  // 4. Identifiers whose name the translation keeps with other digits (`H100` → `H120`, `5G` → `4G`).
  for (const [e, z, replacement] of changedIdentifiers(identifiers.english, identifiers.chinese)) report('figure-mismatch', e, z, undefined, replacement);

  // 5. What is left on one side only; a number the other side writes inside a name is no figure of its own.
  if (!differencesOnly) {
    const inChineseNames = identifierNumbers(identifiers.chinese);
    const inEnglishNames = identifierNumbers(identifiers.english);
    const named = (f: CheckFigure, names: ReadonlySet<number>) => f.unit === 'count' && names.has(f.value);
    for (const e of english) if (!pairs.has(e) && !englishEnds.has(e) && e.salient && !named(e, inChineseNames)) report('figure-missing', e, null);
    for (const z of chinese) if (!taken.has(z) && z.salient && !named(z, inEnglishNames)) report('figure-extra', null, z);
  }

  return { english, chinese, pairs, findings };
}
