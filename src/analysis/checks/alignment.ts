// Aligns the figures of an English paragraph with those of its translation and reports what disagrees.
import type { Range, TextSpan, TranslatedParagraph } from '../model';
import { chineseClauseDirection, englishClauseDirection, gainNear, namesPeriod, qualifiedNearby, writtenAsTotal } from '../figures/clauses';
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
 * A bare `$` (no `US`, `HK`, `NT` before it): the US dollar, or the local dollar of a text from Australia,
 * Canada, New Zealand or Singapore, which a translation names (`澳元`). Not the Hong Kong or Taiwan
 * dollar: a report in those writes `HK$`/`NT$`, so `$` → `港元` stays a currency error.
 */
const LOCAL_DOLLAR = '$';
const BARE_DOLLAR = /(?:^|[^A-Za-z])\$/;
const LOCAL_DOLLARS = new Set(['USD', 'AUD', 'CAD', 'NZD', 'SGD']);
/**
 * The US dollar named as such (`US$`, `USD`, `US dollars`): a text that tells it from its own dollar or yuan,
 * so a translation's bare `元`, which reads as the local currency, does not stand for it.
 */
const NAMED_US_DOLLAR = 'US$';
const NAMES_US_DOLLAR = /\bUS\$|\bUSD\b|\bU\.?S\.? dollars?\b/i;

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
    case 'fraction':
      // A share written as a fraction or a percentage (`one in five` ↔ `20%`, `two-thirds` ↔ `三分之二`).
      return { unit: 'percent', value: Number((figure.value * 100).toPrecision(12)) };
    case 'time':
      // Midnight: `midnight` and `午夜 12 點` are 24:00, `零點` is 0:00.
      return { unit: 'time', value: figure.value === 2400 ? 0 : figure.value };
    default:
      if (figure.impliedCurrency) return { unit: ANY_CURRENCY, value: figure.value };
      if (figure.unit === 'USD' && BARE_DOLLAR.test(figure.text)) return { unit: LOCAL_DOLLAR, value: figure.value };
      if (figure.unit.startsWith('USD') && NAMES_US_DOLLAR.test(figure.text)) return { unit: NAMED_US_DOLLAR, value: figure.value };
      // Money per share compares with money: `$0.16 per share` may be written `0.16 美元`.
      return { unit: figure.unit.endsWith('/share') ? figure.unit.slice(0, -'/share'.length) : figure.unit, value: figure.value };
  }
}

/** A month without a day (`in July`, `6 月`): month × 100. */
const isMonth = (f: CheckFigure) => f.unit === 'date' && f.value >= 100 && f.value % 100 === 0;

const isAmount = (unit: string) => unit === ANY_CURRENCY || unit === LOCAL_DOLLAR || unit === NAMED_US_DOLLAR || isCurrency(unit);
const withoutName = (unit: string) => (unit === NAMED_US_DOLLAR ? 'USD' : unit);

const signWord = (value: number) => (value < 0 ? 'negative' : 'positive');

function sameUnit(a: string, b: string): boolean {
  const one = (x: string, y: string) => (x === ANY_CURRENCY && isAmount(y) && y !== NAMED_US_DOLLAR) || (x === LOCAL_DOLLAR && LOCAL_DOLLARS.has(withoutName(y)));
  return withoutName(a) === withoutName(b) || one(a, b) || one(b, a);
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
  // An age written as years (`at 12 years of age`, `children aged 9-12 years`) on one side, ranges included.
  const years = (duration: CheckFigure, age: CheckFigure) =>
    duration.unit === 'duration' && age.unit === 'age' && duration.value === age.value * 12 && (duration.low === undefined) === (age.low === undefined) && (age.low === undefined || (duration.low === age.low! * 12 && duration.high === age.high! * 12));
  if (years(e, z) || years(z, e)) return true;
  const sameEnds = e.low === z.low && e.high === z.high;
  if (!sameEnds) return false;
  if (e.value === z.value) {
    const bare = (a: string, b: string) => a === 'count' && (IMPLICIT_UNITS.has(b) || isAmount(b));
    if (bare(e.unit, z.unit) || bare(z.unit, e.unit) || SAME_NUMBER_UNITS.has(`${e.unit} ${z.unit}`)) return true;
    // A day of the month alone against as many days (`14 日集中隔離` ↔ `14 days`): Chinese writes both `N 日`.
    const days = (date: CheckFigure, length: CheckFigure) => date.unit === 'date' && date.value < 100 && length.unit === 'duration-day';
    if (days(e, z) || days(z, e)) return true;
  }
  // Minutes on one side, bare on the other (`less than 48` ↔ `少於 48 分鐘`).
  // A minute of a match counts the same way (`the 29th minute` ↔ `29 分鐘`).
  const minutes = (bare: CheckFigure, length: CheckFigure) => (bare.unit === 'count' || bare.unit === 'ordinal') && length.unit === 'duration-hour' && close(bare.value, length.value * 60, 1e-9) && bare.low === undefined && length.low === undefined;
  if (minutes(e, z) || minutes(z, e)) return true;
  // An hour on one side, bare on the other (`from 20 on the 25th` ↔ `25 日 20 時`).
  const hour = (bare: CheckFigure, time: CheckFigure) => bare.unit === 'count' && time.unit === 'time' && Number.isInteger(bare.value) && bare.value <= 24 && time.value === bare.value * 100;
  if (hour(e, z) || hour(z, e)) return true;
  // An anniversary as a rank or as years: `15th anniversary` ↔ `15 週年` ↔ `65 years`.
  const anniversary = (rank: CheckFigure, duration: CheckFigure) => rank.unit === 'ordinal' && duration.unit === 'duration' && duration.value === rank.value * 12;
  if (anniversary(e, z) || anniversary(z, e)) return true;
  // A full date against its day alone: the translation left the month to the sentence.
  const day = (full: CheckFigure, alone: CheckFigure) => full.unit === 'date' && alone.unit === 'date' && full.value >= 100 && full.value % 100 !== 0 && alone.value < 100 && full.value % 100 === alone.value;
  return day(e, z) || day(z, e);
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

/** `e` and `z` may be given where the caller holds them already (the lookups cost more than the test). */
function sameValue(english: CheckFigure, chinese: CheckFigure, tolerance: number, e = comparable(english), z = comparable(chinese)): boolean {
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
  return slipped(comparable(english).value, comparable(chinese).value, tolerance);
}

function slipped(e: number, z: number, tolerance: number): boolean {
  if (e === 0 || z === 0) return false;
  const exponent = Math.round(Math.log10(Math.abs(z / e)));
  return exponent !== 0 && Math.abs(exponent) <= 8 && close(e * 10 ** exponent, z, Math.max(tolerance, 1e-9));
}

/** A range with an end off by a power of ten and the other right or off too: `$820 million to $840 million` → `8.2 億美元至 84 億美元`. */
function rangeScaleSlip(english: CheckFigure, chinese: CheckFigure, tolerance: number): boolean {
  if (english.low === undefined || english.high === undefined || chinese.low === undefined || chinese.high === undefined) return false;
  const scale = (f: CheckFigure) => comparable(f).value / f.value || 1;
  const ends: Array<[number, number]> = [[english.low * scale(english), chinese.low * scale(chinese)], [english.high * scale(english), chinese.high * scale(chinese)]];
  return ends.every(([e, z]) => close(e, z, tolerance) || slipped(e, z, tolerance)) && ends.some(([e, z]) => slipped(e, z, tolerance));
}

/** Where in its paragraph a figure stands, 0–1: translations keep the order of sentences. */
function position(figure: CheckFigure, span: TextSpan): number {
  return span.text.length > 0 ? figure.start / span.text.length : 0;
}

/** Units a translation moves freely within the sentence (`in 2024` → `2024 年`, at the front). */
const CALENDAR_UNITS = new Set(['year', 'date', 'time', 'quarter', 'half']);

/** Pairs further apart than this share of the paragraph are not taken as the same figure mistranslated. */
const MAX_DRIFT = 0.3;

/** Unpaired figures on both sides at most, for pairing the one left of a kind (step 2d). */
const LEFT_FOR_ONE_OF_A_KIND = 12;

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
  const nearest = (e: CheckFigure, fits: (z: CheckFigure, index: number) => boolean): CheckFigure | undefined => {
    let best: CheckFigure | undefined;
    let bestDistance = Infinity;
    const at = position(e, englishSpan);
    const middle = firstAtOrAfter(chinesePositions, at);
    const end = Math.min(chinese.length, middle + SEARCH_WINDOW);
    for (let i = Math.max(0, middle - SEARCH_WINDOW); i < end; i++) {
      const z = chinese[i];
      if (taken.has(z) || !fits(z, i)) continue;
      const distance = Math.abs(at - chinesePositions[i]);
      if (distance < bestDistance) {
        best = z;
        bestDistance = distance;
      }
    }
    return best;
  };

  // 1. Figures that agree, nearest first.
  const chineseComparables = chinese.map(comparable);
  for (const e of english) {
    const comparableE = comparable(e);
    const z = nearest(e, (candidate, i) => sameValue(e, candidate, tolerance, comparableE, chineseComparables[i]));
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

  // 1d. A weak range in the translation that holds an English count (`a dozen` → `十幾`, 11–19).
  for (const e of english) {
    if (pairs.has(e) || e.unit !== 'count' || e.low !== undefined) continue;
    const z = nearest(e, (candidate) => !candidate.salient && candidate.unit === 'count' && candidate.low !== undefined && candidate.low <= e.value && e.value <= candidate.high!);
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

  // Digits the other side reads inside a name (`Expo-2020` ↔ `2020 年`, `500ML` ↔ `500 ML`) are the same figure:
  // never paired as another value (2, 2d), never missing or extra (5).
  // Only counts, years and amounts: a period or a rank (`N2` ↔ `second half`) is never a name's digits.
  const labelled = (figures: readonly CheckFigure[]) => new Set(figures.filter((f) => f.label).map((f) => f.value));
  const [englishNames, chineseNames] = [labelled(englishFigures), labelled(chineseFigures)];
  const nameable = (f: CheckFigure) => f.unit === 'count' || f.unit === 'year' || isAmount(comparable(f).unit);
  const englishLabels = { has: (f: CheckFigure) => nameable(f) && englishNames.has(f.value) };
  const chineseLabels = { has: (f: CheckFigure) => nameable(f) && chineseNames.has(f.value) };

  const signFlipped = (e: CheckFigure, z: CheckFigure) => e.value !== 0 && close(e.value, -z.value, tolerance);

  // 2. The same figure with another value: the nearest unmatched Chinese figure of the same kind.
  // Months alone are weak (never missing or extra), but a month changed into another is a finding.
  const compared = (f: CheckFigure) => f.salient || isMonth(f);
  for (const e of english) {
    if (pairs.has(e) || !compared(e) || chineseLabels.has(e)) continue;
    const unit = comparable(e).unit;
    // Chinese moves times and dates to the front of the sentence: those pair wherever they stand.
    const drift = CALENDAR_UNITS.has(unit) ? 1 : MAX_DRIFT;
    const near = (candidate: CheckFigure) => compared(candidate) && !englishLabels.has(candidate) && isMonth(candidate) === isMonth(e) && Math.abs(position(e, englishSpan) - position(candidate, chineseSpan)) <= drift;
    const z = nearest(e, (candidate) => near(candidate) && sameUnit(comparable(candidate).unit, unit));
    if (z) {
      taken.add(z);
      pairs.set(e, { figure: z, agrees: false });
      // A loss written as a profit (`net loss` → `淨利`), or a sign dropped: the same amount, the other way.
      if (signFlipped(e, z)) {
        if (e.value < 0 || !isAmount(unit) || gainNear(englishSpan.text, e)) report('direction-mismatch', e, z, [signWord(e.value), signWord(z.value)]);
        continue;
      }
      // Basis points written as percentage points is a wrong unit, not a slip of scale.
      // So is a dividend per share written as a total (`¥331 per share` → `331 億日圓`).
      const perShareLost = e.unit.endsWith('/share') && !z.unit.endsWith('/share');
      if ((e.unit !== z.unit && family(unit) === 'ratio') || perShareLost) report('figure-mismatch', e, z);
      else report(scaleSlip(e, z, tolerance) || rangeScaleSlip(e, z, tolerance) ? 'figure-scale' : 'figure-mismatch', e, z);
      continue;
    }
    // 2b. The same number in another currency or unit: `RMB 23.4 billion` → `234 億美元`, `4.6 percentage points` → `4.6%`,
    // `60 basis points` → `60 個百分點`, `180 basis points` → `1.8%`; the same number, so wherever it stands.
    // A range's end alone (`between US$28 billion and US$32 billion` → `新台幣 280 億元至新台幣 320 億元`).
    const toComparable = e.value ? comparable(e).value / e.value : 1;
    const sameNumber = (candidate: CheckFigure, value: number) => close(candidate.value, value, tolerance) || close(comparable(candidate).value, value * toComparable, tolerance);
    const rangeEnd = (candidate: CheckFigure, value: number | undefined) => value !== undefined && candidate.low === undefined && sameNumber(candidate, value);
    const otherKind = (candidate: CheckFigure) => compared(candidate) && isMonth(candidate) === isMonth(e) && family(comparable(candidate).unit) === family(unit);
    const other = nearest(e, (candidate) => otherKind(candidate) && (sameNumber(candidate, e.value) || rangeEnd(candidate, e.low) || rangeEnd(candidate, e.high)));
    if (!other) continue;
    taken.add(other);
    pairs.set(e, { figure: other, agrees: false });
    report('figure-mismatch', e, other);
    // The range's other end, written alike, is the same mistake.
    if (e.low !== undefined && other.low === undefined) {
      const otherEnd = other.value === e.low ? e.high : e.low;
      const second = nearest(e, (candidate) => candidate.unit === other.unit && rangeEnd(candidate, otherEnd));
      if (second) taken.add(second);
    }
  }

  // 2d. The one figure of a kind left on each side, wherever it stands: a changed value whose translation
  // moved (`18 months` → `12 個月` at the front) or names the unit the English leaves out (`aged 61` → `66 歲`).
  const kindOf = (f: CheckFigure) => (IMPLICIT_UNITS.has(f.unit) ? f.unit : comparable(f).unit);
  const leftEnglish = english.filter((e) => !pairs.has(e) && !englishEnds.has(e) && !isMonth(e) && !chineseLabels.has(e));
  const leftChinese = chinese.filter((z) => !taken.has(z) && z.salient && !isMonth(z) && !englishLabels.has(z));
  const fits = (e: CheckFigure, z: CheckFigure) => sameUnit(kindOf(e), kindOf(z)) || (e.unit === 'count' && IMPLICIT_UNITS.has(z.unit));
  // Only where few figures are left: the one of a kind means little among many, and the search stays bounded.
  const fewLeft = leftEnglish.length + leftChinese.length <= LEFT_FOR_ONE_OF_A_KIND;
  for (const e of fewLeft ? leftEnglish : []) {
    if (!e.salient && e.unit !== 'fraction') continue;
    const candidates = leftChinese.filter((z) => !taken.has(z) && fits(e, z));
    if (candidates.length !== 1 || leftEnglish.filter((other) => other !== e && (other.salient || other.unit === 'fraction') && fits(other, candidates[0])).length > 0) continue;
    const z = candidates[0];
    taken.add(z);
    pairs.set(e, { figure: z, agrees: false });
    // A loss made a profit in a reordered sentence (`由第一季的淨利…轉為第二季淨利 89 億元`).
    if (signFlipped(e, z) && e.value < 0) report('direction-mismatch', e, z, [signWord(e.value), signWord(z.value)]);
    else report(sameUnit(comparable(e).unit, comparable(z).unit) && scaleSlip(e, z, tolerance) ? 'figure-scale' : 'figure-mismatch', e, z);
  }

  // 2c. A multiple in words written as a percentage: `doubled` → `增加 2%`, `twice the pace` → `2%`.
  for (const e of english) {
    if (pairs.has(e) || e.unit !== 'multiple') continue;
    const z = nearest(e, (candidate) => candidate.salient && (candidate.unit === 'percent' || candidate.unit === 'pp') && candidate.value === e.value);
    if (!z) continue;
    taken.add(z);
    pairs.set(e, { figure: z, agrees: false });
    report('figure-mismatch', e, z);
  }

  // 3. Direction words that disagree on figures that do; a qualifier (`more than`, `almost`) the
  // translation dropped. A qualifier the translation adds is left alone: it often renders English
  // wording the figure engine does not attach to the number (`above our target of`, `close to`).
  for (const [e, { figure: z, agrees }] of pairs) {
    if (agrees && e.direction && z.direction && e.direction !== z.direction) report('direction-mismatch', e, z, [e.direction, z.direction]);
    // One side's direction word is not attached to the figure (`30% top-line growth` → `營收下降了 30%`),
    // or neither is (`organic growth was 7%` → `有機衰退為 7%`): compared with the words of the figure's
    // clause, when these all point one way on both sides.
    else if (agrees && (e.direction === null || z.direction === null) && !CALENDAR_UNITS.has(comparable(e).unit) && !(e.unit.startsWith('duration') && namesPeriod(englishSpan.text, e))) {
      const englishWay = e.direction ?? englishClauseDirection(englishSpan.text, e);
      // (The Chinese clause is read only where the English one points a way: most point none.)
      const chineseWay = englishWay && (z.direction ?? chineseClauseDirection(chineseSpan.text, z));
      if (englishWay && chineseWay && englishWay !== chineseWay) report('direction-mismatch', e, z, [englishWay, chineseWay]);
    }
    // Only on a salient figure: a qualifier of a small or vague number (`under four centres`, `a couple years`) is as often no qualifier.
    // A per-share amount written as a total (`¥140 per share` → `140 日圓的年度股利總額`, `EPS` → `淨利`).
    if (agrees && e.unit.endsWith('/share') && !z.unit.endsWith('/share') && writtenAsTotal(chineseSpan.text, z)) report('figure-mismatch', e, z);
    if (agrees && e.salient && e.approx && !z.approx && !qualifiedNearby(chineseSpan.text, z)) report('approximation-lost', e, z, [e.approx]);
  }

  // 4. Identifiers whose name the translation keeps with other digits (`H100` → `H120`, `5G` → `4G`).
  for (const [e, z, replacement, code] of changedIdentifiers(identifiers.english, identifiers.chinese)) report(code, e, z, undefined, replacement);

  // 5. What is left on one side only; a number the other side writes inside a name is no figure of its own.
  if (!differencesOnly) {
    const inChineseNames = identifierNumbers(identifiers.chinese);
    const inEnglishNames = identifierNumbers(identifiers.english);
    const named = (f: CheckFigure, names: ReadonlySet<number>, labels: { has: (f: CheckFigure) => boolean }) => (f.unit === 'count' && names.has(f.value)) || labels.has(f);
    // A figure the translation repeats where the English writes it once (`all 100%` ↔ three `100%`) adds
    // nothing. Not the other way: an English figure written twice and translated once may be a dropped sentence.
    const valueKey = (f: CheckFigure) => `${comparable(f).unit} ${comparable(f).value}`;
    const agreed = new Set<string>();
    for (const { figure: z, agrees } of pairs.values()) {
      if (!agrees) continue;
      agreed.add(valueKey(z));
      // `7月25日…25日 12 時`: the day again, without its month.
      if (z.unit === 'date' && z.value > 100 && z.value % 100 !== 0) agreed.add(`date ${z.value % 100}`);
    }
    const repeated = (f: CheckFigure) => agreed.has(valueKey(f));
    for (const e of english) if (!pairs.has(e) && !englishEnds.has(e) && e.salient && !named(e, inChineseNames, chineseLabels)) report('figure-missing', e, null);
    for (const z of chinese) if (!taken.has(z) && z.salient && !named(z, inEnglishNames, englishLabels) && !repeated(z)) report('figure-extra', null, z);
  }

  return { english, chinese, pairs, findings };
}
