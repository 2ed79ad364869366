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
 * A bare `$` (no `US`, `HK`, `NT` before it): the US dollar, or the local dollar of a text from Australia,
 * Canada, New Zealand or Singapore, which a translation names (`澳元`). Not the Hong Kong or Taiwan
 * dollar: a report in those writes `HK$`/`NT$`, so `$` → `港元` stays a currency error.
 */
const LOCAL_DOLLAR = '$';
const BARE_DOLLAR = /(?:^|[^A-Za-z])\$/;
const LOCAL_DOLLARS = new Set(['USD', 'AUD', 'CAD', 'NZD', 'SGD']);

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
    case 'time':
      // Midnight: `midnight` and `午夜 12 點` are 24:00, `零點` is 0:00.
      return { unit: 'time', value: figure.value === 2400 ? 0 : figure.value };
    default:
      if (figure.impliedCurrency) return { unit: ANY_CURRENCY, value: figure.value };
      if (figure.unit === 'USD' && BARE_DOLLAR.test(figure.text)) return { unit: LOCAL_DOLLAR, value: figure.value };
      // Money per share compares with money: `$0.16 per share` may be written `0.16 美元`.
      return { unit: figure.unit.endsWith('/share') ? figure.unit.slice(0, -'/share'.length) : figure.unit, value: figure.value };
  }
}

/** A month without a day (`in July`, `6 月`): month × 100. */
const isMonth = (f: CheckFigure) => f.unit === 'date' && f.value >= 100 && f.value % 100 === 0;

/** Chinese qualifiers, wherever they stand: `900 多人`, `逾 900`, `約佔…的 42%`, `多達`, `以上`. */
const QUALIFIERS_BEFORE = ['逾', '超過', '超过', '約', '约', '不到', '不足', '至少', '最多', '多達', '多达', '高達', '高达', '幾乎', '几乎', '將近', '将近', '接近', '近乎', '大概', '突破', '跌破', '升破', '長達', '长达', '最晚', '最長', '最长'];
/** `約占…的 42%`: a share qualified at its verb, however far back in the clause. */
const SHARE_QUALIFIERS = /(?:約|约|大約|大约|將近|将近|接近|超過|超过)\s?(?:占|佔)/;
const SHARE_SPAN = 40;
const QUALIFIERS_AFTER = ['多個', '多个', '多人', '多家', '多名', '餘', '余', '左右', '以上', '以下', '上下', '之多', '出頭', '出头'];
/** Qualifiers only right beside the figure, being words of their own elsewhere: `過 8 萬`, `升破 7.0`, `近三個月`, `24 小時內`, `22萬+`. */
const QUALIFIERS_RIGHT_BEFORE = ['過', '过', '破', '達', '达', '近'];
const QUALIFIERS_RIGHT_AFTER = ['內', '内', '+', '＋'];
/** How far on either side of a Chinese figure a qualifier may stand and still be its own, within its clause. */
const QUALIFIER_SPAN = 12;
const CLAUSE_END = /[，,。；;！？!?]/;
/**
 * A qualifier right before digits qualifies those (`80% 的市場和超過 3,000 家客戶`), not a figure further on;
 * a year is no such figure (`將近 2010 年水準的三倍`).
 */
const BEFORE_DIGITS = /^\s?[\d０-９](?![\d０-９]{3}\s?年)/;

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
  const clause = text.slice(Math.max(0, figure.start - SHARE_SPAN), figure.start).split(CLAUSE_END).pop() ?? '';
  if (SHARE_QUALIFIERS.test(clause)) return true;
  const rightBefore = before.trimEnd();
  const rightAfter = after.trimStart();
  return (
    QUALIFIERS_BEFORE.some(qualifiesThis) ||
    QUALIFIERS_AFTER.some((word) => after.includes(word)) ||
    QUALIFIERS_RIGHT_BEFORE.some((word) => rightBefore.endsWith(word)) ||
    QUALIFIERS_RIGHT_AFTER.some((word) => rightAfter.startsWith(word))
  );
}

/** English words that make an amount a gain, looked for on either side of it within GAIN_SPAN characters. */
const GAIN_WORDS = /\b(?:profits?|income|earnings|gains?|inflows?|surplus|revenues?|sales)\b/i;
const GAIN_SPAN = 80;

/**
 * Whether the English calls an amount a gain. A translation that makes a plain English amount a loss is
 * reported only then: Chinese says `損失` of any amount lost (`每天損失 1 億歐元` for `cost €100m a day`).
 */
function gainNear(text: string, figure: CheckFigure): boolean {
  return GAIN_WORDS.test(text.slice(Math.max(0, figure.start - GAIN_SPAN), Math.min(text.length, figure.end + GAIN_SPAN)));
}

/** Direction words of a clause, for a figure whose reader attached none; not `up`/`down`, which are as often verbs' particles (`took down`). */
const ENGLISH_UP = [/\b(?:gr(?:ew|ow(?:s|ing|n|th)?)|r(?:ose|is(?:e[ns]?|ing))|increas(?:e[ds]?|ing)|improv(?:e[ds]?|ing)|climb(?:ed|ing)|gained|expand(?:ed|ing)|widened|rais(?:e[ds]?|ing)|higher|above|ahead|lengthened|recovered)\b/i];
// Two patterns: as one, redos-detector cannot prove it linear within its budget.
const ENGLISH_DOWN = [
  /\b(?:f(?:ell|all(?:s|ing|en)?)|dec(?:lin|reas)(?:e[ds]?|ing)|dropped|reduc(?:e[ds]?|ing)|cut|lower|below|behind)\b/i,
  /\b(?:shr(?:ank|unk)|narrow(?:ed|ing)|contracted|moderate|deteriorated|weakened|held back|shortened)\b/i,
];
const CHINESE_UP = [/成長|成长|增長|增长|增加|上升|提高|提升|上漲|上涨|擴大|扩大|改善|上調|上调|攀升|回升|延長|延长|高出|多出/];
const CHINESE_DOWN = [/下降|減少|减少|降低|下滑|衰退|下跌|縮減|缩减|萎縮|萎缩|惡化|恶化|收窄|縮小|缩小|下調|下调|縮短|缩短|低了|少了/];
const ENGLISH_CLAUSE = /[,;:.!?](?:\s|$)/;
const ENGLISH_CLAUSE_SPAN = 60;
const CHINESE_CLAUSE_SPAN = 16;

/** The one way the direction words of a figure's clause point, or null when they point none or both. */
function clauseDirection(text: string, figure: CheckFigure, clauseEnd: RegExp, up: readonly RegExp[], down: readonly RegExp[], span: number): 'up' | 'down' | null {
  const before = text.slice(Math.max(0, figure.start - span), figure.start).split(clauseEnd).pop() ?? '';
  const after = text.slice(figure.end, figure.end + span).split(clauseEnd)[0];
  const clause = `${before} ${after}`;
  const rises = up.some((words) => words.test(clause));
  const falls = down.some((words) => words.test(clause));
  return rises === falls ? null : rises ? 'up' : 'down';
}

const isAmount = (unit: string) => unit === ANY_CURRENCY || unit === LOCAL_DOLLAR || isCurrency(unit);

const signWord = (value: number) => (value < 0 ? 'negative' : 'positive');

function sameUnit(a: string, b: string): boolean {
  const one = (x: string, y: string) => (x === ANY_CURRENCY && isAmount(y)) || (x === LOCAL_DOLLAR && LOCAL_DOLLARS.has(y));
  return a === b || one(a, b) || one(b, a);
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
      if (e.value !== 0 && close(e.value, -z.value, tolerance)) {
        if (e.value < 0 || !isAmount(unit) || gainNear(englishSpan.text, e)) report('direction-mismatch', e, z, [signWord(e.value), signWord(z.value)]);
        continue;
      }
      // Basis points written as percentage points is a wrong unit, not a slip of scale.
      // So is a dividend per share written as a total (`¥331 per share` → `331 億日圓`).
      const perShareLost = e.unit.endsWith('/share') && !z.unit.endsWith('/share');
      if ((e.unit !== z.unit && family(unit) === 'ratio') || perShareLost) report('figure-mismatch', e, z);
      else report(scaleSlip(e, z, tolerance) ? 'figure-scale' : 'figure-mismatch', e, z);
      continue;
    }
    // 2b. The same number in another currency or unit: `RMB 23.4 billion` → `234 億美元`, `4.6 percentage points` → `4.6%`,
    // `60 basis points` → `60 個百分點`; the same number, so wherever it stands.
    const other = nearest(e, (candidate) => compared(candidate) && isMonth(candidate) === isMonth(e) && family(comparable(candidate).unit) === family(unit) && close(candidate.value, e.value, tolerance));
    if (!other) continue;
    taken.add(other);
    pairs.set(e, { figure: other, agrees: false });
    report('figure-mismatch', e, other);
  }

  // 2d. The one figure of a kind left on each side, wherever it stands: a changed value whose translation
  // moved (`18 months` → `12 個月` at the front) or names the unit the English leaves out (`aged 61` → `66 歲`).
  const kindOf = (f: CheckFigure) => (IMPLICIT_UNITS.has(f.unit) ? f.unit : comparable(f).unit);
  const leftEnglish = english.filter((e) => !pairs.has(e) && !englishEnds.has(e) && !isMonth(e));
  const leftChinese = chinese.filter((z) => !taken.has(z) && z.salient && !isMonth(z));
  const fits = (e: CheckFigure, z: CheckFigure) => kindOf(e) === kindOf(z) || (e.unit === 'count' && IMPLICIT_UNITS.has(z.unit));
  // Only where few figures are left: the one of a kind means little among many, and the search stays bounded.
  const fewLeft = leftEnglish.length + leftChinese.length <= LEFT_FOR_ONE_OF_A_KIND;
  for (const e of fewLeft ? leftEnglish : []) {
    if (!e.salient && kindOf(e) !== 'fraction') continue;
    const candidates = leftChinese.filter((z) => !taken.has(z) && fits(e, z));
    if (candidates.length !== 1 || leftEnglish.filter((other) => other !== e && (other.salient || kindOf(other) === 'fraction') && fits(other, candidates[0])).length > 0) continue;
    const z = candidates[0];
    taken.add(z);
    pairs.set(e, { figure: z, agrees: false });
    report(sameUnit(comparable(e).unit, comparable(z).unit) && scaleSlip(e, z, tolerance) ? 'figure-scale' : 'figure-mismatch', e, z);
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
    // One side's direction word is not attached to the figure (`30% top-line growth` → `營收下降了 30%`):
    // compared with the words of the figure's clause, when these all point one way.
    else if (agrees && (e.direction === null) !== (z.direction === null)) {
      const englishWay = e.direction ?? clauseDirection(englishSpan.text, e, ENGLISH_CLAUSE, ENGLISH_UP, ENGLISH_DOWN, ENGLISH_CLAUSE_SPAN);
      const chineseWay = z.direction ?? clauseDirection(chineseSpan.text, z, CLAUSE_END, CHINESE_UP, CHINESE_DOWN, CHINESE_CLAUSE_SPAN);
      if (englishWay && chineseWay && englishWay !== chineseWay) report('direction-mismatch', e, z, [englishWay, chineseWay]);
    }
    if (agrees && e.approx && !z.approx && !qualifiedNearby(chineseSpan.text, z)) report('approximation-lost', e, z, [e.approx]);
  }

  // 4. Identifiers whose name the translation keeps with other digits (`H100` → `H120`, `5G` → `4G`).
  for (const [e, z, replacement] of changedIdentifiers(identifiers.english, identifiers.chinese)) report('figure-mismatch', e, z, undefined, replacement);

  // 5. What is left on one side only; a number the other side writes inside a name is no figure of its own.
  if (!differencesOnly) {
    const inChineseNames = identifierNumbers(identifiers.chinese);
    const inEnglishNames = identifierNumbers(identifiers.english);
    const named = (f: CheckFigure, names: ReadonlySet<number>) => f.unit === 'count' && names.has(f.value);
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
    for (const e of english) if (!pairs.has(e) && !englishEnds.has(e) && e.salient && !named(e, inChineseNames)) report('figure-missing', e, null);
    for (const z of chinese) if (!taken.has(z) && z.salient && !named(z, inEnglishNames) && !repeated(z)) report('figure-extra', null, z);
  }

  return { english, chinese, pairs, findings };
}
