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
import { isCurrency, isMoney, kindOfUnit, round, type Approximation, type Currency, type Direction, type Figure, type FigureNote, type FigureUnit } from './types';

// ---------------------------------------------------------------------------------------------
// Tokens

const enum T {
  Num,
  Word,
  Sym,
}

interface Tok {
  readonly t: T;
  readonly start: number;
  /** End of the whole token (number with its letter suffix, word, symbol). */
  readonly end: number;
  /** Lower-cased text of a word or symbol; for a number, its letter suffix lower-cased (`bn`, `q`, `th`). */
  readonly lower: string;
  /** Whitespace stands right before the token. */
  readonly space: boolean;
  /** For numbers: the value of the digits, the end of the digits, and how they were written. */
  readonly value: number;
  readonly numEnd: number;
  readonly intDigits: number;
  readonly comma: boolean;
  readonly dot: boolean;
  /** For words: the first letter is upper-case. */
  readonly cap: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** A separator (`,` or `-`) at j directly followed by a digit. */
function isChainAt(s: string, j: number, sep: number): boolean {
  return s.charCodeAt(j) === sep && isDigit(s.charCodeAt(j + 1));
}
function skipDigits(s: string, j: number): number {
  while (isDigit(s.charCodeAt(j))) j++;
  return j;
}

/** Where Indian digit groups that start at j end (`,17,240`: one or more `,dd`, then `,ddd`), or -1. */
function indianGroupsEnd(s: string, j: number): number {
  let k = j;
  let pairs = 0;
  while (s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && s.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  const last = pairs > 0 && s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && !isDigit(s.charCodeAt(k + 4));
  return last ? k + 4 : -1;
}

/** Currency codes written glued to the digits of an amount. */
const GLUED_CURRENCY_CODES = new Set(['rmb', 'usd', 'cny', 'hkd', 'twd', 'ntd', 'jpy', 'krw', 'inr', 'eur', 'gbp', 'rs', 'cad', 'aud']);

function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  const n = s.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    const leadingDot = c === 46 && i + 1 < n && isDigit(s.charCodeAt(i + 1)) && (i === 0 || isSpace(s.charCodeAt(i - 1)));
    if (isDigit(c) || leadingDot) {
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      const intDigits = j - i;
      let comma = false;
      // Indian grouping: `3,17,240`, `12,50,000` (pairs of digits, then three).
      const indian = intDigits <= 2 ? indianGroupsEnd(s, j) : -1;
      if (indian > 0) {
        comma = true;
        j = indian;
      }
      // A comma groups thousands only where exactly three digits and then a non-digit follow.
      while (
        intDigits > 0 &&
        intDigits <= 3 &&
        j + 3 < n + 0 &&
        s.charCodeAt(j) === 44 &&
        isDigit(s.charCodeAt(j + 1)) &&
        isDigit(s.charCodeAt(j + 2)) &&
        isDigit(s.charCodeAt(j + 3)) &&
        !(j + 4 < n && isDigit(s.charCodeAt(j + 4)))
      ) {
        comma = true;
        j += 4;
      }
      let dot = false;
      if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        dot = true;
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      // Versions and addresses (`1.1.1.1`, `3.5.2`) and clock times (`5:00`) are marked by a suffix
      // that no unit uses: `#` for dotted runs (never a figure), `#time` for times.
      if (dot && j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        while (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
        }
        toks.push({ t: T.Num, start, end: j, lower: '#', space, value: NaN, numEnd: j, intDigits, comma, dot, cap: false });
        i = j;
        space = false;
        continue;
      }
      if (!dot && !comma && intDigits <= 2 && s.charCodeAt(j) === 58 && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && !isDigit(s.charCodeAt(j + 3))) {
        const value = Number(s.slice(i, j)) * 100 + Number(s.slice(j + 1, j + 3));
        toks.push({ t: T.Num, start, end: j + 3, lower: '#time', space, value, numEnd: j + 3, intDigits, comma, dot, cap: false });
        i = j + 3;
        space = false;
        continue;
      }
      // `1,1,1`, `1,5` (a comma not grouping thousands) and `1-800-555-0100`, `2024-05-02` (three or
      // more numbers joined by hyphens) are codes, not figures: one `#` token for the whole run.
      if (isChainAt(s, j, 44) || (isChainAt(s, j, 45) && isChainAt(s, skipDigits(s, j + 1), 45))) {
        const sep = s.charCodeAt(j);
        while (isChainAt(s, j, sep)) j = skipDigits(s, j + 1);
        toks.push({ t: T.Num, start, end: j, lower: '#', space, value: NaN, numEnd: j, intDigits, comma, dot, cap: false });
        i = j;
        space = false;
        continue;
      }
      const numEnd = j;
      while (j < n && (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
      const raw = s.slice(i, numEnd);
      // Very long digit runs are no figures (and would lose precision).
      const value = numEnd - i > 20 ? NaN : Number(comma ? raw.replace(/,/g, '') : raw);
      toks.push({ t: T.Num, start, end: j, lower: s.slice(numEnd, j).toLowerCase(), space, value, numEnd, intDigits: leadingDot ? 0 : intDigits, comma, dot, cap: false });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      let digits = false;
      let upper = c <= 90;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (isDigit(d)) {
          // `RMB23.4 billion`, `USD5`: a currency code glued to its amount is a word of its own.
          if (!digits && GLUED_CURRENCY_CODES.has(s.slice(i, j).toLowerCase())) break;
          digits = true;
        } else if (!isLetter(d)) break;
        else if (d <= 90) upper = true;
      }
      // Most words are lower-case already: lower-casing them would only copy them.
      const word = s.slice(i, j);
      // For words, `dot` marks digits inside (`R2`, `Q1`, `FY24`).
      toks.push({ t: T.Word, start, end: j, lower: upper ? word.toLowerCase() : word, space, value: NaN, numEnd: j, intDigits: 0, comma: false, dot: digits, cap: c <= 90 });
      i = j;
    } else {
      // Surrogate pairs stay one symbol.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      toks.push({ t: T.Sym, start, end: i + width, lower: s.slice(i, i + width), space, value: NaN, numEnd: i + width, intDigits: 0, comma: false, dot: false, cap: false });
      i += width;
    }
    space = false;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (Maps, not objects: words such as `constructor` must not hit Object.prototype, and
// looking up fresh strings in a Map avoids interning every word of the text)

function dict<V>(entries: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(entries));
}

const UNITS = dict<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = dict<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES = dict<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mm: 1e6, m: 1e6, b: 1e9, k: 1e3, tn: 1e12, mil: 1e6, bil: 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
});
/** Scale words that may stand apart from the digits (`$5 million`); single letters only attached (`$5m`). */
const SPACED_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mm', 'tn', 'mil', 'lakh', 'lakhs', 'crore', 'crores', 'cr']);
const ORDINALS = dict<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
});
const MONTHS = dict<number>({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
const WEEKDAYS = dict<number>({ monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 });
const CURRENCY_SIGNS = dict<Currency>({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₹': 'INR', '₩': 'KRW' });
/** Letters written right before `$`: `US$`, `NT$`, `HK$`, `C$`, `A$`. */
const DOLLAR_PREFIX = dict<Currency>({ us: 'USD', nt: 'TWD', hk: 'HKD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD' });
const CURRENCY_CODES = dict<Currency>({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', twd: 'TWD', ntd: 'TWD', hkd: 'HKD', krw: 'KRW', inr: 'INR', cad: 'CAD', aud: 'AUD', rs: 'INR',
});
const CURRENCY_WORDS = dict<Currency>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', pounds: 'GBP', won: 'KRW', rupees: 'INR',
  ...Object.fromEntries(CURRENCY_CODES),
});
const DURATIONS = dict<[FigureUnit, number]>({
  year: ['duration', 12], years: ['duration', 12], yr: ['duration', 12], yrs: ['duration', 12],
  month: ['duration', 1], months: ['duration', 1], quarter: ['duration', 3], quarters: ['duration', 3], decade: ['duration', 120], decades: ['duration', 120],
  day: ['duration-day', 1], days: ['duration-day', 1], week: ['duration-day', 7], weeks: ['duration-day', 7],
  hour: ['duration-hour', 1], hours: ['duration-hour', 1], minute: ['duration-hour', 1 / 60], minutes: ['duration-hour', 1 / 60],
});

/** Words before `one` that make it a pronoun: `no one`, `the one`, `this one`. */
const PRONOUN_ONE_BEFORE = new Set(['no', 'the', 'this', 'that', 'which', 'each', 'every', 'any', 'some', 'someone', 'everyone', 'anyone', 'little', 'big', 'right', 'last', 'next', 'other', 'same']);

const DURATION_ADJECTIVES = new Set(['prior', 'previous', 'consecutive', 'straight', 'full', 'more', 'additional', 'fiscal', 'calendar', 'past', 'successive', 'whole']);

const APPROX_BEFORE_1 = dict<Approximation>({
  about: 'about', approximately: 'about', approx: 'about', roughly: 'about', around: 'about', circa: 'about', '~': 'about', some: 'about',
  nearly: 'under', almost: 'under', under: 'under', below: 'under',
  over: 'over', above: 'over', exceeding: 'over', beyond: 'over',
});
/** Two-word approximations, keyed by `first second`. */
const APPROX_BEFORE_2 = dict<Approximation>({
  'more than': 'over', 'greater than': 'over', 'higher than': 'over', 'north of': 'over', 'upwards of': 'over', 'at least': 'over', 'excess of': 'over',
  'just over': 'over', 'well over': 'over', 'well above': 'over', 'just above': 'over', 'little over': 'over',
  'less than': 'under', 'fewer than': 'under', 'lower than': 'under', 'south of': 'under', 'close to': 'under', 'just under': 'under', 'shy of': 'under',
  'up to': 'under', 'just below': 'under', 'well under': 'under', 'well below': 'under',
  'or so': 'about',
});
const UP_BEFORE = new Set([
  'up', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'growth', 'rose', 'rise', 'rises', 'rising',
  'gained', 'gain', 'gains', 'expanded', 'expand', 'expanding', 'expansion', 'improved', 'improve', 'improvement', 'improving', 'jumped', 'climbed',
  'accelerated', 'boosted', 'raised', 'higher', 'surged', 'outgrew', 'widened', 'widening', 'lengthened', 'extended',
]);
const DOWN_BEFORE = new Set([
  'down', 'decreased', 'decrease', 'decreases', 'decreasing', 'declined', 'decline', 'declines', 'declining', 'fell', 'fall', 'falls', 'falling',
  'dropped', 'drop', 'drops', 'reduced', 'reduce', 'reduction', 'lower', 'lowered', 'contracted', 'contraction', 'shrank', 'shrunk', 'cut', 'slipped', 'slowed', 'deceleration', 'decelerated',
  'narrowed', 'narrowing', 'narrow', 'cutting', 'reducing', 'dipped', 'eased', 'shortened', 'declining', 'weakened',
]);
/** Nouns that make the amount after them a loss (`a net loss of RMB6.75 billion`, `operating loss was $12 million`). */
const LOSS_WORDS = new Set(['loss', 'losses', 'deficit', 'shortfall', 'outflow', 'outflows']);
/** How many tokens may stand between a loss word and its amount. */
const LOSS_SPAN = 6;
const UP_AFTER = new Set(['increase', 'increases', 'growth', 'higher', 'improvement', 'rise', 'gain', 'expansion', 'jump', 'uplift', 'uptick', 'more', 'faster', 'better', 'acceleration']);
const DOWN_AFTER = new Set(['decrease', 'decreases', 'decline', 'declines', 'lower', 'drop', 'reduction', 'contraction', 'less', 'fewer', 'fall', 'cut', 'deceleration', 'slower', 'worse']);
/** Words after `a third`, `two fifths` that leave it a fraction (`one third was`, `a third or more`). */
const FRACTION_FOLLOWERS = new Set(['of', 'and', 'or', 'to', 'is', 'was', 'were', 'are', 'in', 'on', 'from', 'by', 'less', 'more', 'than', 'for', 'at', 'since', 'this', 'last', 'year']);
/** Words after `the 24th` that leave it a day of the month (`paid on the 24th to shareholders`). */
const DAY_FOLLOWERS = new Set(['of', 'and', 'or', 'to', 'for', 'at', 'in', 'on', 'as', 'with', 'by', 'through', 'until', 'when', 'before', 'after', 'this', 'next', 'last']);
/** Words before a number that make it a person's age (`aged 52`, `at age 60`). */
const AGE_BEFORE = new Set(['aged', 'age']);
/** Words before `30s` that make it an age (`in their 30s`, `in his early 50s`). */
const AGE_DECADE_BEFORE = new Set(['their', 'his', 'her', 'my', 'our', 'your', 'early', 'mid', 'late']);
/** How many describing words may stand between a figure and the noun that gives its direction. */
const DIRECTION_SPAN = 3;
/** How many tokens may join two figures that share a direction (`up 8% sequentially and 36%`). */
const INHERIT_SPAN = 6;
/** Words after a figure that end the search for its direction noun. */
const NOT_DESCRIBING = new Set(['of', 'in', 'on', 'for', 'to', 'from', 'and', 'or', 'but', 'with', 'than', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'as', 'at', 'by', 'that', 'which', 'we', 'it']);
/** Words that make the next figure a level, not a change (`increased to $378.6 million`). */
const LEVEL_WORDS = new Set(['to', 'at', 'from', 'of', 'was', 'were', 'is', 'reached']);
/** Verbs that give `to X` a direction: `increased to 67%`, `ticked down to 115%`. */
const CHANGE_TO_UP = new Set(['increased', 'increase', 'increases', 'rose', 'risen', 'grew', 'grown', 'up', 'climbed', 'jumped', 'improved', 'expanded', 'raised', 'accelerated', 'surged']);
const CHANGE_TO_DOWN = new Set(['decreased', 'decrease', 'decreases', 'fell', 'fallen', 'declined', 'dropped', 'down', 'reduced', 'lowered', 'slipped', 'shrank', 'contracted', 'decelerated', 'slowed']);

/** Capitalised words before digits that make a name (`Fortune 500`, `Area 1`, `Web 3`). */
const LABEL_WORDS = new Set([
  'fortune', 'area', 'web', 'series', 'windows', 'iphone', 'section', 'title', 'version', 'v', 'global', 'russell', 'nasdaq',
  'forbes', 'inc', 'route', 'highway', 'figure', 'table', 'slide', 'page', 'item', 'rule', 'form', 'pixel', 'galaxy', 'model', 'league', 'cohort', 'team', 'class', 'grade', 'type', 'category', 'top',
]);
/** Nouns before an integer that make it a rank (`act 3` = 第三幕, `Generation 12` = 第 12 代). */
const ORDINAL_NOUNS = new Set(['act', 'generation', 'gen', 'phase', 'stage', 'tier', 'level', 'round', 'chapter', 'step', 'day', 'season', 'episode', 'wave']);
/** Capitalised words that may stand before a figure without making it a name. */
const NOT_NAME = new Set([
  'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'since', 'until', 'through', 'about', 'over', 'under', 'nearly', 'approximately', 'roughly', 'around',
  'almost', 'up', 'down', 'and', 'or', 'with', 'the', 'a', 'an', 'our', 'we', 'it', 'that', 'this', 'these', 'those', 'than', 'is', 'was', 'were', 'are', 'be',
  'fy', 'fiscal', 'q', 'h', 'year', 'quarter', 'first', 'second', 'third', 'fourth', 'only', 'just', 'another', 'some', 'all', 'revenue', 'total', 'between',
  'i', 'yes', 'no', 'so', 'but', 'also', 'then', 'now', 'after', 'before', 'during', 'within', 'across', 'into', 'per', 'plus', 'minus', 'nasdaq',
  'usd', 'us', 'rmb', 'eur', 'gbp', 'jpy', 'cny', 'twd', 'hkd', 'ntd', 'gaap', 'non', 'adjusted', 'dbnr', 'arr', 'rpo', 'eps', 'net',
]);

/** Verbs and adjectives of a multiple: weak like the Chinese idiom `增加一倍`. */
const VERB_MULTIPLES = dict<number>({ doubled: 2, double: 2, doubling: 2, tripled: 3, triple: 3, quadrupled: 4, quadruple: 4 });
const FOLD_WORDS = dict<number>({ twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10 });

/** Every word that can start a figure; `wordAt` looks no further at other words. */
const TRIGGERS = new Set<string>([
  ...DOLLAR_PREFIX.keys(), ...CURRENCY_CODES.keys(), ...MONTHS.keys(), ...WEEKDAYS.keys(), ...ORDINALS.keys(), ...UNITS.keys(), ...TENS.keys(), ...ORDINAL_NOUNS,
  ...VERB_MULTIPLES.keys(), ...FOLD_WORDS.keys(), 'no', 'zero', 'fy', 'fiscal', 'a', 'an', 'half', 'quarter', 'quarters', 'third', 'thirds', 'twice', 'dozen', 'dozens',
  'hundreds', 'thousands', 'millions', 'fifth', 'fifths', 'tenth', 'tenths',
]);

// ---------------------------------------------------------------------------------------------
// Figures under construction

interface Draft {
  s: number; // first token
  e: number; // token after the last
  value: number;
  unit: FigureUnit;
  note?: FigureNote;
  fiscal?: boolean;
  scale?: string;
  words: boolean;
  low?: number;
  high?: number;
  approx: Approximation | null;
  direction: Direction | null;
  salient: boolean;
  label?: true;
  /** The figure takes approximation and direction words from its context. */
  contextual: boolean;
  /** First token of the context before the figure (after sign and approximation words). */
  cs?: number;
  /** A number listed before a duration (`6, 9, 12 months`): the factor it took. */
  listFactor?: number;
}

/** A number in digits or words with its scale: `308.5 million`, `1.2bn`, `twenty-five`, `a dozen`. */
interface Quantity {
  s: number;
  e: number;
  value: number;
  scale?: string;
  words: boolean;
  /** Digits written with a decimal point or thousands separator. */
  plainInt: boolean;
  /** The number's token carried a letter suffix that was not consumed (`3D`, `1Q`, `2nd`). */
  suffix: string;
  digits: boolean;
  /** `a couple (of)`: about two. */
  vague?: boolean;
}

class Reader {
  readonly toks: Tok[];
  readonly out: Draft[] = [];
  constructor(readonly text: string) {
    this.toks = tokenize(text);
  }

  lower(i: number): string {
    const t = this.toks[i];
    return t === undefined || t.t === T.Num ? '' : t.lower;
  }
  isWord(i: number, w: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Word && t.lower === w;
  }
  isSym(i: number, c: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Sym && t.lower === c;
  }
  /** Token i touches the token before it (no whitespace between). */
  tight(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && !t.space && i > 0;
  }
  isHyphen(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Sym && (t.lower === '-' || t.lower === '‑' || t.lower === '–');
  }

  /** A number in digits (with an attached scale suffix) or in words at token i. */
  quantity(i: number): Quantity | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.t === T.Num) {
      let value = t.value;
      let scale: string | undefined;
      let e = i + 1;
      let suffix = t.lower;
      if (suffix !== '' && SCALES.get(suffix) !== undefined) {
        value *= SCALES.get(suffix)!;
        scale = this.text.slice(t.numEnd, t.end);
        suffix = '';
      } else if (suffix === '') {
        const next = this.toks[e];
        if (next && next.t === T.Word && SPACED_SCALES.has(next.lower)) {
          value *= SCALES.get(next.lower)!;
          scale = this.text.slice(next.start, next.end);
          e++;
          // `1.2 lakh crore`: two scale words multiply.
          const second = this.toks[e];
          if ((next.lower === 'lakh' || next.lower === 'thousand') && second && second.t === T.Word && (second.lower === 'crore' || second.lower === 'crores' || second.lower === 'million' || second.lower === 'billion')) {
            value *= SCALES.get(second.lower)!;
            scale = this.text.slice(next.start, second.end);
            e++;
          }
        }
      }
      value = round(value);
      return { s: i, e, value, scale, words: false, plainInt: !t.comma && !t.dot, suffix, digits: true };
    }
    if (t.t !== T.Word) return null;
    return this.wordQuantity(i);
  }

  /** `twenty-five`, `one hundred and twenty`, `a dozen`, `two and a half`, `three million`. */
  wordQuantity(i: number): Quantity | null {
    let j = i;
    let total = 0;
    let cur = 0;
    let any = false;
    let scale: string | undefined;
    const w0 = this.lower(j);
    if (w0 === 'a' || w0 === 'an') {
      const w1 = this.lower(j + 1);
      if (w1 === 'dozen') return { s: i, e: j + 2, value: 12, words: true, plainInt: true, suffix: '', digits: false };
      if (w1 === 'couple') return { s: i, e: this.lower(j + 2) === 'of' ? j + 3 : j + 2, value: 2, words: true, plainInt: true, suffix: '', digits: false, vague: true };
      if (w1 === 'hundred' || w1 === 'thousand' || w1 === 'million' || w1 === 'billion') {
        cur = 1;
        any = true;
        j++;
      } else return null;
    }
    for (;;) {
      const w = this.lower(j);
      if (UNITS.get(w) !== undefined && (!any || cur % 100 === 0 || (cur % 10 === 0 && cur % 100 >= 20 && false))) {
        if (any && cur % 100 !== 0) break;
        cur += UNITS.get(w)!;
        any = true;
        j++;
        continue;
      }
      if (TENS.get(w) !== undefined && (!any || cur % 100 === 0)) {
        cur += TENS.get(w)!;
        any = true;
        j++;
        if (this.isHyphen(j) && this.tight(j) && this.tight(j + 1) && UNITS.get(this.lower(j + 1)) !== undefined && UNITS.get(this.lower(j + 1))! < 10) {
          cur += UNITS.get(this.lower(j + 1))!;
          j += 2;
        }
        continue;
      }
      if (any && w === 'hundred' && cur % 100 !== 0 && cur < 100) {
        cur *= 100;
        j++;
        if (this.isWord(j, 'and') && (UNITS.get(this.lower(j + 1)) !== undefined || TENS.get(this.lower(j + 1)) !== undefined)) j++;
        continue;
      }
      if (any && w === 'hundred' && cur === 1 && w0 === 'a') {
        cur = 100;
        j++;
        continue;
      }
      if (any && (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && cur > 0) {
        total += cur * SCALES.get(w)!;
        if (w !== 'thousand') scale = w;
        cur = 0;
        j++;
        continue;
      }
      if (any && w === 'dozen' && cur > 0 && cur < 100) {
        cur *= 12;
        j++;
        continue;
      }
      break;
    }
    if (!any) return null;
    let value = total + cur;
    // `two and a half`
    if (this.isWord(j, 'and') && this.isWord(j + 1, 'a') && this.isWord(j + 2, 'half') && value < 1000) {
      value += 0.5;
      j += 3;
      // `two and a half billion`
      const big = this.lower(j);
      if (total === 0 && (big === 'thousand' || big === 'million' || big === 'billion' || big === 'trillion')) {
        value *= SCALES.get(big)!;
        if (big !== 'thousand') scale = big;
        j++;
      }
    }
    return { s: i, e: j, value, scale, words: true, plainInt: true, suffix: '', digits: false };
  }

  push(d: Draft): void {
    this.out.push(d);
  }

  draft(q: Quantity, unit: FigureUnit, e: number, extra: Partial<Draft> = {}): Draft {
    return { s: q.s, e, value: q.value, unit, scale: q.scale, words: q.words, approx: null, direction: null, salient: true, contextual: true, ...extra };
  }

  /** The unit written after a quantity ending at token j, and where it ends. */
  unitAfter(q: Quantity, j: number): { unit: FigureUnit; e: number; factor?: number } | null {
    const t = this.toks[j];
    if (q.suffix !== '') {
      if (q.suffix === 'x') return { unit: 'multiple', e: j };
      return null;
    }
    if (!t) return null;
    if (t.t === T.Sym) {
      if ((t.lower === '%' || t.lower === '％') && !t.space) return { unit: 'percent', e: j + 1 };
      if (this.isHyphen(j) && !t.space && this.tight(j + 1)) {
        const w = this.lower(j + 1);
        const d = DURATIONS.get(w);
        if (d && w !== 'quarters') return { unit: d[0], e: j + 2, factor: d[1] };
        if (w === 'plus') return null;
        if ((w === 'percent' || w === 'pct')) return { unit: 'percent', e: j + 2 };
        // `700-basis-point`, `2-percentage-point`
        if ((w === 'basis' || w === 'percentage') && this.isHyphen(j + 2) && (this.lower(j + 3) === 'point' || this.lower(j + 3) === 'points')) return { unit: w === 'basis' ? 'bp' : 'pp', e: j + 4 };
      }
      return null;
    }
    if (t.t !== T.Word) return null;
    const w = t.lower;
    if (w === 'percent' || w === 'pct') {
      if (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point')) return { unit: 'pp', e: j + 2 };
      return { unit: 'percent', e: j + 1 };
    }
    if (w === 'per' && this.isWord(j + 1, 'cent')) return { unit: 'percent', e: j + 2 };
    if (w === 'percentage' && (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point'))) return { unit: 'pp', e: j + 2 };
    if (w === 'pp' || w === 'ppt' || w === 'ppts' || w === 'pts') return { unit: 'pp', e: j + 1 };
    if (w === 'basis' && (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point'))) return { unit: 'bp', e: j + 2 };
    if (w === 'bps' || w === 'bp' || w === 'bips') return { unit: 'bp', e: j + 1 };
    if ((w === 'points' || w === 'point') && q.digits && !this.isWord(j + 1, 'of') && q.value <= 50) return { unit: 'pp', e: j + 1 };
    // `4 prior quarters`, `3 consecutive years`, `two full years`.
    if (DURATION_ADJECTIVES.has(w) && DURATIONS.get(this.lower(j + 1)) !== undefined) {
      const d2 = DURATIONS.get(this.lower(j + 1));
      return { unit: d2![0], e: j + 2, factor: d2![1] };
    }
    // `three times`, `11.5 times`, `1.8 times EBITDA` (a count of occurrences reads as 次 and agrees as a bare number).
    if (w === 'times' && (!q.digits || !this.isWord(j + 1, 'a'))) return { unit: 'multiple', e: j + 1 };
    if (w === 'x' && q.digits) return { unit: 'multiple', e: j + 1 };
    const d = DURATIONS.get(w);
    if (d) return { unit: d[0], e: j + 1, factor: d[1] };
    const c = CURRENCY_WORDS.get(w);
    // `won` and `yen` are also words: after a scale (`6.3 trillion won`) they are the currency.
    if (c && (w.length > 3 || t.cap || w === 'usd' || q.scale !== undefined)) return { unit: c, e: j + 1 };
    return null;
  }

  /** `per share`, `a share`, `per diluted share` after money ending at token j. */
  perShare(j: number): number {
    const w = this.lower(j);
    if (w !== 'per' && w !== 'a') return -1;
    let k = j + 1;
    if (this.lower(k) === 'diluted' || this.lower(k) === 'basic') k++;
    return this.lower(k) === 'share' ? k + 1 : -1;
  }

  /** Money at token i: `$308.5 million`, `US$5`, `USD 5 million`, `€3bn`. Returns the draft or null. */
  money(i: number): Draft | null {
    const t = this.toks[i];
    let currency: Currency | undefined;
    let j = i;
    let s = i;
    if (t.t === T.Sym && CURRENCY_SIGNS.get(t.lower)) {
      currency = CURRENCY_SIGNS.get(t.lower);
      if (t.lower === '$' && i > 0 && !t.space && this.toks[i - 1].t === T.Word && DOLLAR_PREFIX.get(this.toks[i - 1].lower)) {
        currency = DOLLAR_PREFIX.get(this.toks[i - 1].lower);
        s = i - 1;
      }
      j = i + 1;
    } else if (t.t === T.Word && CURRENCY_CODES.get(t.lower) && t.cap) {
      currency = CURRENCY_CODES.get(t.lower);
      j = i + 1;
      // `Rs. 500 crore`
      if (this.isSym(j, '.') && this.tight(j)) j++;
    } else return null;
    if (!currency) return null;
    const q = this.quantity(j);
    if (!q || (q.words && !q.scale && !SCALES.get(this.lower(j + 1)))) {
      if (!q || !q.digits) return null;
    }
    if (q.suffix !== '') return null;
    let e = q.e;
    if (CURRENCY_WORDS.get(this.lower(e)) === currency && this.lower(e) !== 'won') e++;
    let unit: FigureUnit = currency;
    const ps = this.perShare(e);
    if (ps > 0) {
      unit = `${currency}/share`;
      e = ps;
    }
    const d: Draft = { s, e, value: q.value, unit, scale: q.scale, words: q.words, approx: null, direction: null, salient: true, contextual: true };
    return d;
  }

  /** Whether a verb of change or `from` stands just before the figure at token s (`increased by`, `from`). */
  changeBefore(s: number): boolean {
    let k = s - 1;
    if (APPROX_BEFORE_1.get(this.lower(k)) !== undefined) k--;
    if (this.lower(k) === 'by') k--;
    const w = this.lower(k);
    return w === 'from' || UP_BEFORE.has(w) || DOWN_BEFORE.has(w) || CHANGE_TO_UP.has(w) || CHANGE_TO_DOWN.has(w);
  }

  /** Tries a range `A to B`, `A - B`, `between A and B` after a figure; returns the widened draft. */
  range(d: Draft, between: boolean, next: (i: number) => Draft | null): Draft {
    let j = d.e;
    const w = this.lower(j);
    const ok =
      (between && w === 'and') ||
      (!between && (w === 'to' || w === 'through')) ||
      (!between && (this.isHyphen(j) || this.isSym(j, '—')));
    // `rose ¥96 billion to ¥1.08 trillion`, `from 8 weeks to 12 weeks`: a change and a level, not a range.
    if (!ok || (w === 'to' && this.changeBefore(d.s))) return d;
    j++;
    const other = next(j);
    if (!other || other.unit !== d.unit || other.label) return d;
    let low = d.value;
    const high = other.value;
    let scale = d.scale;
    // `$81 to $85 million`, `75 to 77%` written with the unit or scale once.
    if (!d.scale && other.scale && low < 1000) {
      const factor = scaleFactor(other.scale);
      if (factor && low * factor <= high * 1.0001) {
        low *= factor;
        scale = other.scale;
      }
    }
    if (!(low <= high)) return d;
    return { ...d, e: other.e, value: round((low + high) / 2), low, high, scale, salient: d.salient || other.salient };
  }

  /** A number (digits or words) with its unit at token i, without currency sign. */
  measured(i: number): Draft | null {
    const q = this.quantity(i);
    if (!q) return null;
    const u = this.unitAfter(q, q.e);
    if (u) {
      const value = u.factor !== undefined ? round(q.value * u.factor) : q.value;
      let e = u.e;
      let unit = u.unit;
      if (isCurrency(unit)) {
        const ps = this.perShare(e);
        if (ps > 0) {
          unit = `${unit}/share` as FigureUnit;
          e = ps;
        }
      }
      return { s: q.s, e, value, unit, scale: q.scale, words: q.words, approx: null, direction: null, salient: true, contextual: true };
    }
    return null;
  }

  read(): void {
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
  }

  /** Reads what figure starts at token i, pushes it, and returns the index after it (or i when none). */
  at(i: number): number {
    const t = this.toks[i];
    if (t.t === T.Sym) {
      if (CURRENCY_SIGNS.get(t.lower)) return this.moneyAt(i);
      return i;
    }
    if (t.t === T.Word) return this.wordAt(i);
    return this.numberAt(i);
  }

  moneyAt(i: number): number {
    const d = this.money(i);
    if (!d) return i;
    const between = this.isWord(d.s - 1, 'between') || (this.isWord(d.s - 2, 'between') && APPROX_BEFORE_1.get(this.lower(d.s - 1)) !== undefined);
    const full = this.range(d, between, (j) => {
      // The second end may carry its own sign, with a prefix (`US$23.2 billion`), or none (`$81 to 85 million`).
      const prefixed = DOLLAR_PREFIX.get(this.lower(j)) !== undefined && this.isSym(j + 1, '$') && this.tight(j + 1) ? this.money(j + 1) : null;
      return prefixed ?? this.money(j) ?? this.bareMoney(j, d.unit);
    });
    this.push(full);
    return full.e;
  }

  /** The second end of `$81 to 85 million`: a number without the sign takes the first end's currency. */
  bareMoney(j: number, unit: FigureUnit): Draft | null {
    const q = this.quantity(j);
    if (!q || !q.digits || q.suffix !== '') return null;
    let e = q.e;
    if (unit.endsWith('/share')) {
      const ps = this.perShare(e);
      if (ps > 0) e = ps;
    }
    return { s: j, e, value: q.value, unit, scale: q.scale, words: false, approx: null, direction: null, salient: true, contextual: true };
  }

  numberAt(i: number): number {
    const t = this.toks[i];
    const suffix = t.lower;
    if (suffix === '#time') return this.timeAt(i);
    // Codes and versions (`1.1.1.1`, `1-800-555-0100`, `1,1`): no figure at all.
    if (suffix === '#') return i + 1;
    // `'22`, `’24`: a year.
    const apostrophe = this.toks[i - 1];
    if (suffix === '' && t.intDigits === 2 && !t.dot && apostrophe && apostrophe.t === T.Sym && (apostrophe.lower === "'" || apostrophe.lower === '’') && !t.space && (apostrophe.space || i === 1)) {
      this.push({ s: i - 1, e: i + 1, value: 2000 + t.value, unit: 'year', words: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    // `50-50`, `24/7`: a split or a schedule, no quantity.
    const after = this.toks[i + 2];
    if (suffix === '' && after && after.t === T.Num && !after.space && this.tight(i + 1) && ((this.isHyphen(i + 1) && after.value === t.value) || this.isSym(i + 1, '/'))) {
      // `50-50`, `50/50`: an even split, i.e. 50% each (weak).
      if (t.value === 50 && after.value === 50) this.push({ s: i, e: i + 3, value: 50, unit: 'percent', words: false, approx: null, direction: null, salient: false, contextual: false });
      return i + 3;
    }
    // Digits glued to letters: ordinals, quarters, halves, names.
    // `2b` (a trial phase), `5m` (a distance): a one-letter scale needs a currency sign; `10k` is kept.
    if (suffix !== '' && (SCALES.get(suffix) === undefined || (suffix.length === 1 && suffix !== 'k')) && suffix !== 'x') {
      return this.suffixedNumber(i);
    }
    // `29 August`, `2 May 2024`: day before the month.
    const m = this.toks[i + 1];
    if (suffix === '' && !t.dot && !t.comma && t.value >= 1 && t.value <= 31 && m && m.t === T.Word && m.cap && MONTHS.get(m.lower) !== undefined && m.lower.length > 3) {
      this.push({ s: i, e: i + 2, value: MONTHS.get(m.lower)! * 100 + t.value, unit: 'date', words: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 2;
    }
    // Part of a name: `Fortune 500`, `Area 1`, `COVID-19`, `R 2`.
    if (this.isName(i)) {
      this.push({ s: i, e: i + 1, value: t.value, unit: 'count', words: false, approx: null, direction: null, salient: false, contextual: false, label: true });
      return i + 1;
    }
    // `Q1 2025 days`: a year after a quarter or half, whatever follows it.
    const period = this.toks[i - 1];
    if (suffix === '' && !t.comma && !t.dot && t.intDigits === 4 && t.value >= 1900 && t.value <= 2099 && period?.t === T.Word && /^[qh][1-4]$/.test(period.lower)) {
      this.push({ s: i, e: i + 1, value: t.value, unit: 'year', words: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    // Ages: `aged 52`, `at age 60`, `52-year-old`, `52 years old`.
    const age = this.ageAt(i);
    if (age > i) return age;
    // Clock times without minutes: `5 p.m.`, `9 am`.
    const time = suffix === '' && !t.dot && !t.comma && t.value >= 1 && t.value <= 12 ? this.meridiem(i + 1) : null;
    if (time !== null) return this.pushTime(i, t.value, 0, time);
    // Decades and other digits followed by an apostrophe-s stay out.
    const d = this.measured(i);
    if (d) {
      const between = this.isWord(i - 1, 'between');
      const full = d.unit === 'duration' || d.unit === 'duration-day' || d.unit === 'duration-hour' || isCurrency(d.unit) || d.unit === 'percent' || d.unit === 'pp' || d.unit === 'bp' || d.unit === 'multiple'
        ? this.range(d, between, (j) => this.measured(j))
        : d;
      full.salient = measuredSalience(full, this.quantity(i)!.value);
      this.push(full);
      return full.e;
    }
    const q = this.quantity(i)!;
    // `75 to 77%`, `75-77%`, `$81-85 million` handled where the unit comes second.
    const between = this.isWord(i - 1, 'between');
    const w = this.lower(q.e);
    if ((w === 'to' || (between && w === 'and') || this.isHyphen(q.e)) && q.scale === undefined) {
      const other = this.measured(q.e + 1);
      if (other && !other.words && other.value >= q.value && (other.unit === 'percent' || other.unit === 'pp' || other.unit === 'bp' || other.unit.startsWith('duration'))) {
        const factor = other.unit.startsWith('duration') ? other.value / (this.quantity(q.e + 1)?.value || 1) : 1;
        const low = round(q.value * factor);
        this.push({ s: i, e: other.e, value: round((low + other.value) / 2), low, high: other.value, unit: other.unit, words: false, approx: null, direction: null, salient: true, contextual: true });
        return other.e;
      }
    }
    // `3,500-3,600 seats`, `10-15 customers`: a range of counts (not `2010-2017`, two years).
    if (this.isHyphen(q.e) && this.tight(q.e) && this.tight(q.e + 1) && q.scale === undefined && q.suffix === '') {
      const q2 = this.quantity(q.e + 1);
      const yearLike = (v: number, tok: Tok) => tok.intDigits === 4 && !tok.comma && !tok.dot && v >= 1900 && v <= 2099;
      if (q2 && q2.digits && q2.suffix === '' && q2.value > q.value && !(yearLike(q.value, t) && yearLike(q2.value, this.toks[q.e + 1]))) {
        const high = q2.value;
        const low = q2.scale && q.value < high ? round(q.value * (SCALES.get(q2.scale.toLowerCase()) ?? 1)) : q.value;
        if (low <= high) {
          this.push({ s: i, e: q2.e, value: round((low + high) / 2), low, high, unit: 'count', scale: q2.scale, words: false, approx: null, direction: null, salient: high >= 10 || !!q2.scale, contextual: true });
          return q2.e;
        }
      }
    }
    // A year: 1900–2099 in four plain digits.
    if (q.plainInt && t.intDigits === 4 && q.value >= 1900 && q.value <= 2099 && !q.scale && !this.isSym(i - 1, '$')) {
      const fiscal = this.isWord(i - 1, 'fiscal') || (this.isWord(i - 1, 'year') && this.isWord(i - 2, 'fiscal')) || this.isWord(i - 1, 'fy');
      const s = this.isWord(i - 1, 'fy') ? i - 1 : i;
      this.push({ s, e: i + 1, value: q.value, unit: 'year', fiscal: fiscal || undefined, words: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    // A plain count.
    this.push({ s: i, e: q.e, value: q.value, unit: 'count', scale: q.scale, words: false, approx: null, direction: null, salient: q.value >= 10 || q.value < 0 || !!q.scale, contextual: true });
    return q.e;
  }

  /** `5:00 p.m.`, `9:30am`, `17:00`: a clock time, 24-hour. */
  timeAt(i: number): number {
    const t = this.toks[i];
    const hours = Math.floor(t.value / 100);
    const minutes = t.value % 100;
    if (hours > 24 || minutes > 59) return i + 1;
    return this.pushTime(i, hours, minutes, this.meridiem(i + 1) ?? { pm: null, e: i + 1 });
  }

  /** `pm`, `a.m.`, `p.m` at token j: whether after noon, and the token after it; null when none. */
  meridiem(j: number): { pm: boolean | null; e: number } | null {
    const w = this.lower(j);
    if (w === 'pm' || w === 'am') return { pm: w === 'pm', e: j + 1 };
    if ((w === 'p' || w === 'a') && this.isSym(j + 1, '.') && this.lower(j + 2) === 'm') {
      const e = this.isSym(j + 3, '.') && this.tight(j + 3) ? j + 4 : j + 3;
      return { pm: w === 'p', e };
    }
    return null;
  }

  /** A clock time from token i to the end of its meridiem, on a 24-hour clock. */
  pushTime(i: number, hours: number, minutes: number, meridiem: { pm: boolean | null; e: number }): number {
    if (meridiem.pm === true && hours < 12) hours += 12;
    if (meridiem.pm === false && hours === 12) hours = 0;
    this.push({ s: i, e: meridiem.e, value: hours * 100 + minutes, unit: 'time', words: false, approx: null, direction: null, salient: true, contextual: false });
    return meridiem.e;
  }

  /** An age at token i (a number): `aged 52`, `at age 60`, `52-year-old`, `52 years old`; the index after it, or i. */
  ageAt(i: number): number {
    const t = this.toks[i];
    if (t.lower !== '' || t.dot || t.comma || t.value > 130) return i;
    let e = -1;
    if (AGE_BEFORE.has(this.lower(i - 1)) || (this.lower(i - 1) === 'of' && this.lower(i - 2) === 'age')) e = i + 1;
    else {
      // `52-year-old`, `52 years old`, `52-years-old`.
      let j = i + 1;
      if (this.isHyphen(j) && this.tight(j)) j++;
      const w = this.lower(j);
      if (w === 'year' || w === 'years') {
        j++;
        if (this.isHyphen(j) && this.tight(j)) j++;
        if (this.lower(j) === 'old') e = j + 1;
      }
    }
    if (e < 0) return i;
    this.push({ s: i, e, value: t.value, unit: 'age', words: false, approx: null, direction: null, salient: true, contextual: true });
    return e;
  }

  /** `2nd`, `1Q`, `1Q24`, `2H`, `3D`, `5G`, `10x`. */
  suffixedNumber(i: number): number {
    const t = this.toks[i];
    const suffix = t.lower;
    const v = t.value;
    if ((suffix === 'pm' || suffix === 'am') && !t.dot && v >= 1 && v <= 12) return this.pushTime(i, v, 0, { pm: suffix === 'pm', e: i + 1 });
    // `in their 30s`, `in his early 50s`: an age, at least that decade.
    if (suffix === 's' && !t.dot && v >= 10 && v <= 90 && v % 10 === 0 && AGE_DECADE_BEFORE.has(this.lower(i - 1))) {
      this.push({ s: i, e: i + 1, value: v, unit: 'age', words: false, approx: 'over', direction: null, salient: true, contextual: false });
      return i + 1;
    }
    if (/^(?:st|nd|rd|th)$/.test(suffix) && !t.dot) {
      const w = this.lower(i + 1);
      // `on the 24th`, `the 24th of May`: a day of the month.
      if (this.lower(i - 1) === 'the' && v >= 1 && v <= 31 && !t.comma && (this.toks[i + 1]?.t !== T.Word || DAY_FOLLOWERS.has(w))) {
        const month = w === 'of' ? MONTHS.get(this.lower(i + 2)) : undefined;
        this.push({ s: i, e: month ? i + 3 : i + 1, value: (month ?? 0) * 100 + v, unit: 'date', words: false, approx: null, direction: null, salient: true, contextual: false });
        return month ? i + 3 : i + 1;
      }
      if (w === 'quarter' && v >= 1 && v <= 4) {
        this.push({ s: i, e: i + 2, value: v, unit: 'quarter', words: false, approx: null, direction: null, salient: true, contextual: false });
        return i + 2;
      }
      if (w === 'half' && v >= 1 && v <= 2) {
        this.push({ s: i, e: i + 2, value: v, unit: 'half', words: false, approx: null, direction: null, salient: true, contextual: false });
        return i + 2;
      }
      // `May 30th` is read with the month.
      this.push({ s: i, e: i + 1, value: v, unit: 'ordinal', words: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    const m = /^([qh])(\d{2}|\d{4})?$/.exec(suffix);
    if (m && !t.dot && !t.comma) {
      const isQ = m[1] === 'q';
      if ((isQ && v >= 1 && v <= 4) || (!isQ && v >= 1 && v <= 2)) {
        const numEnd = t.numEnd + 1;
        this.pushSpan(t.start, numEnd, v, isQ ? 'quarter' : 'half', true);
        if (m[2]) this.pushSpan(numEnd, t.end, fullYear(m[2]), 'year', true);
        return i + 1;
      }
    }
    // Anything else glued to letters is a name: `3D`, `5G`, `4K`, `2FA`.
    this.push({ s: i, e: i + 1, value: v, unit: 'count', words: false, approx: null, direction: null, salient: false, contextual: false, label: true });
    return i + 1;
  }

  /** A figure given by character offsets inside one token. */
  pushSpan(start: number, end: number, value: number, unit: FigureUnit, salient: boolean, fiscal?: boolean): void {
    this.spans.push({ start, end, value, unit, salient, fiscal });
  }
  readonly spans: { start: number; end: number; value: number; unit: FigureUnit; salient: boolean; fiscal?: boolean }[] = [];

  /** Digits at token i belong to a name. */
  isName(i: number): boolean {
    const t = this.toks[i];
    const p = this.toks[i - 1];
    if (!p) return false;
    // `COVID-19`, `Web-3`: a capitalised word glued by a hyphen.
    const w2 = this.toks[i - 2];
    if (this.isHyphen(i - 1) && !t.space && !p.space && w2 && w2.t === T.Word && w2.cap && MONTHS.get(w2.lower) === undefined && !t.dot) {
      // `H-100`, `A-1`: one or two capitals are a model name even where the letter could be a period (`H`, `Q`).
      const caps = this.text.slice(w2.start, w2.end);
      if (!NOT_NAME.has(w2.lower) || (caps.length <= 2 && caps === caps.toUpperCase())) return true;
    }
    if (p.t !== T.Word || !p.cap) return false;
    if (LABEL_WORDS.has(p.lower) && !t.dot && !t.comma) return true;
    if (NOT_NAME.has(p.lower) || MONTHS.get(p.lower) !== undefined || WEEKDAYS.get(p.lower) !== undefined || CURRENCY_CODES.get(p.lower) !== undefined) return false;
    if (UNITS.get(p.lower) !== undefined || TENS.get(p.lower) !== undefined || ORDINALS.get(p.lower) !== undefined) return false;
    // A capitalised word in mid-sentence (not after a sentence end) followed by a small integer.
    const pp = this.toks[i - 2];
    const sentenceStart = !pp || (pp.t === T.Sym && /^[.!?:;"“(\u2022]$/.test(pp.lower));
    if (sentenceStart) return false;
    // `AI 11 times`, `GPT 4 models`: a unit or a plural noun after the digits makes them a quantity.
    const nx = this.toks[i + 1];
    if (nx && nx.t === T.Word && !nx.cap && (nx.lower.endsWith('s') || DURATIONS.get(nx.lower) !== undefined || nx.lower === 'percent' || nx.lower === 'times')) return false;
    return !t.dot && !t.comma && t.value < 100 && !this.isSym(i + 1, '%');
  }

  wordAt(i: number): number {
    const t = this.toks[i];
    const w = t.lower;
    // Most words start no figure: one Set lookup lets them pass.
    if (!t.dot && !TRIGGERS.has(w)) return i;
    // `US$5`: the sign comes next.
    if (DOLLAR_PREFIX.get(w) && this.isSym(i + 1, '$') && this.tight(i + 1)) return this.moneyAt(i + 1);
    if (CURRENCY_CODES.get(w) && t.cap && (this.toks[i + 1]?.t === T.Num || (this.isSym(i + 1, '.') && this.toks[i + 2]?.t === T.Num))) return this.moneyAt(i);
    // `act 3`, `Generation 12`, `No. 1`, `No.1`: ranks written with digits.
    const ordNoun = ORDINAL_NOUNS.has(w) || (w === 'no' && t.cap && this.isSym(i + 1, '.') && this.tight(i + 1));
    const at = w === 'no' ? i + 2 : i + 1;
    const n = this.toks[at];
    if (ordNoun && n && n.t === T.Num && n.lower === '' && !n.dot && !n.comma && n.value >= 1 && n.value <= 1000 && !this.isSym(at + 1, '%') && (w !== 'no' || n.value < 100)) {
      const nextWord = this.lower(at + 1);
      if (DURATIONS.get(nextWord) === undefined && nextWord !== 'percent') {
        this.push({ s: i, e: at + 1, value: n.value, unit: 'ordinal', words: false, approx: null, direction: null, salient: false, contextual: false });
        return at + 1;
      }
    }
    // `Zero Trust`, `zero-trust`: a product category, not a number.
    if (w === 'zero' && (this.lower(i + 1) === 'trust' || (this.isHyphen(i + 1) && this.lower(i + 2) === 'trust'))) return i + 1;
    // `doubled`, `more than doubled`, `tripled`: a multiple (weak: the verb, not a written figure).
    const verbMultiple = VERB_MULTIPLES.get(w);
    // `double what it was`, but not `double-digit` or the name `Double 11`.
    if (verbMultiple !== undefined && !this.isHyphen(i + 1) && this.toks[i + 1]?.t !== T.Num) {
      this.push({ s: i, e: i + 1, value: verbMultiple, unit: 'multiple', words: true, approx: null, direction: null, salient: false, contextual: true });
      return i + 1;
    }
    // `fivefold`, `tenfold`: a multiple written as a figure.
    const fold = FOLD_WORDS.get(w);
    if (fold !== undefined) {
      this.push({ s: i, e: i + 1, value: fold, unit: 'multiple', words: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 1;
    }
    // Q2, Q1'24, Q2FY24, H1, FY24, FY2024.
    let m = t.dot ? /^([qh])([1-4])(?:fy)?(\d{2}|\d{4})?$/.exec(w) : null;
    // `H100`, `Q100`: model names, not H1 or Q1 of a year 2000.
    if (m && m[3] && !(m[3].length === 2 ? Number(m[3]) >= 10 && Number(m[3]) <= 49 : Number(m[3]) >= 1990 && Number(m[3]) <= 2099)) m = null;
    if (m && t.cap) {
      const v = Number(m[2]);
      const isQ = m[1] === 'q';
      if (isQ || v <= 2) {
        const cut = t.start + 2;
        this.pushSpan(t.start, cut, v, isQ ? 'quarter' : 'half', true);
        if (m[3]) this.pushSpan(cut + (w.includes('fy') ? 2 : 0), t.end, fullYear(m[3]), 'year', true, w.includes('fy') || undefined);
        else if (this.isSym(i + 1, "'") && this.tight(i + 1) && this.toks[i + 2]?.t === T.Num && this.tight(i + 2) && this.toks[i + 2].intDigits === 2) {
          this.pushSpan(this.toks[i + 1].start, this.toks[i + 2].end, fullYear(String(this.toks[i + 2].value)), 'year', true);
          return i + 3;
        }
        return i + 1;
      }
    }
    m = t.dot ? /^fy(\d{2}|\d{4})$/.exec(w) : null;
    if (m && t.cap) {
      this.pushSpan(t.start, t.end, fullYear(m[1]), 'year', true, true);
      return i + 1;
    }
    if (w === 'fy' && t.cap && this.toks[i + 1]?.t === T.Num && (this.toks[i + 1].intDigits === 2 || this.toks[i + 1].intDigits === 4) && this.toks[i + 1].lower === '') {
      this.pushSpan(t.start, this.toks[i + 1].end, fullYear(String(this.toks[i + 1].value)), 'year', true, true);
      return i + 2;
    }
    // `fiscal 2024`, `fiscal year 2024`, `fiscal '24`, `fiscal 24`.
    if (w === 'fiscal') {
      let j = i + 1;
      if (this.isWord(j, 'year')) j++;
      if (this.isSym(j, "'") || this.isSym(j, '’')) j++;
      const n = this.toks[j];
      if (n && n.t === T.Num && n.lower === '' && !n.dot && !n.comma && (n.intDigits === 2 || (n.intDigits === 4 && n.value >= 1900 && n.value <= 2099))) {
        this.pushSpan(t.start, n.end, fullYear(String(n.value).padStart(2, '0')), 'year', true, true);
        return j + 1;
      }
      return i + 1;
    }
    // Words with digits inside are names: `R2`, `Web3`, `A100`.
    if (t.dot) {
      this.push({ s: i, e: i + 1, value: NaN, unit: 'count', words: false, approx: null, direction: null, salient: false, contextual: false, label: true });
      return i + 1;
    }
    // Dates: `August 29`, `Aug. 29th`, `May 30`; a month alone after `in`/`of`/… or before a year.
    const month = MONTHS.get(w);
    if (month !== undefined && t.cap) return this.dateAt(i, month);
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined && t.cap) {
      this.push({ s: i, e: i + 1, value: weekday, unit: 'date', note: 'weekday', words: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    // Ordinals: quarters and halves, `fourth consecutive`, discourse `First,`.
    const ord = ORDINALS.get(w);
    if (ord !== undefined) return this.ordinalAt(i, ord);
    // Fractions: `a quarter of`, `one-third`, `two-thirds of`, `half of`.
    const f = this.fractionAt(i);
    if (f > i) return f;
    // Spelled-out numbers.
    if (UNITS.get(w) !== undefined || TENS.get(w) !== undefined || ((w === 'a' || w === 'an') && (this.lower(i + 1) === 'dozen' || this.lower(i + 1) === 'couple' || this.lower(i + 1) === 'hundred' || this.lower(i + 1) === 'thousand'))) {
      return this.spelledAt(i);
    }
    // `a decade`, `more than a decade`: ten years.
    if ((w === 'a' || w === 'an') && this.lower(i + 1) === 'decade') {
      this.push({ s: i, e: i + 2, value: 120, unit: 'duration', words: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 2;
    }
    if (w === 'twice') {
      this.push({ s: i, e: i + 1, value: 2, unit: 'multiple', words: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    if (w === 'dozen' || w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'millions') return i + 1;
    return i;
  }

  dateAt(i: number, month: number): number {
    const t = this.toks[i];
    let j = i + 1;
    if (this.isSym(j, '.') && this.tight(j) && t.lower.length <= 4) j++;
    const n = this.toks[j];
    if (n && n.t === T.Num && !n.dot && !n.comma && n.intDigits <= 2 && n.value >= 1 && n.value <= 31 && (n.lower === '' || /^(?:st|nd|rd|th)$/.test(n.lower))) {
      this.push({ s: i, e: j + 1, value: month * 100 + n.value, unit: 'date', words: false, approx: null, direction: null, salient: true, contextual: false });
      return j + 1;
    }
    const prev = this.lower(i - 1);
    const yearNext = n && n.t === T.Num && n.intDigits === 4 && n.lower === '';
    // A full month name stands for itself (`in March versus February`); `May` and abbreviations need a cue.
    const fullName = t.lower.length > 3 && t.lower !== 'sept';
    if (w4(prev) || yearNext || (fullName && t.lower !== 'may')) {
      if (t.lower === 'may' && !yearNext && prev !== 'in' && prev !== 'of' && prev !== 'since' && prev !== 'until') return i + 1;
      this.push({ s: i, e: i + 1, value: month * 100, unit: 'date', note: 'month', words: true, approx: null, direction: null, salient: false, contextual: false });
    }
    return i + 1;
  }

  ordinalAt(i: number, ord: number): number {
    const t = this.toks[i];
    let j = i + 1;
    const hyphen = this.isHyphen(j) && this.tight(j) && this.tight(j + 1);
    if (hyphen) j++;
    const w = this.lower(j);
    // `first and second quarters`, `first or second half`: both ordinals name periods.
    if ((w === 'and' || w === 'or' || w === ',') && !hyphen) {
      const o2 = ORDINALS.get(this.lower(j + 1));
      const p2 = this.lower(j + 2);
      if (o2 !== undefined && o2 <= 4 && (p2 === 'quarters' || (p2 === 'halves' && o2 <= 2 && ord <= 2))) {
        const unit: FigureUnit = p2 === 'quarters' ? 'quarter' : 'half';
        this.push({ s: i, e: i + 1, value: ord, unit, words: true, approx: null, direction: null, salient: true, contextual: false });
        this.push({ s: j + 1, e: j + 3, value: o2, unit, words: true, approx: null, direction: null, salient: true, contextual: false });
        return j + 3;
      }
    }
    if ((w === 'quarter' || (w === 'quarters' && ORDINALS.get(this.lower(i - 2)) !== undefined)) && ord <= 4) {
      this.push({ s: i, e: j + 1, value: ord, unit: 'quarter', words: true, approx: null, direction: null, salient: true, contextual: false });
      return j + 1;
    }
    if (w === 'half' && ord <= 2) {
      this.push({ s: i, e: j + 1, value: ord, unit: 'half', words: true, approx: null, direction: null, salient: true, contextual: false });
      return j + 1;
    }
    if (w === 'quarters' && ord === 3 && (this.lower(i - 1) === 'two' || this.lower(i - 1) === 'three')) return i + 1;
    // `a second`, `per second`, `one second`: time, not a rank.
    const prev = this.lower(i - 1);
    const rankFollows = w === 'consecutive' || w === 'straight' || w === 'successive' || w === 'time' || w === 'year' || w === 'month' || w === 'round' || w === 'phase';
    if (ord === 2 && !rankFollows && (prev === 'a' || prev === 'per' || prev === 'one' || prev === 'every' || prev === 'split' || prev === 'seconds')) return i + 1;
    if (ord === 3 && (w === 'of' || w === 'quarters')) return this.fractionAt(i) > i ? this.fractionAt(i) : i + 1;
    const consecutive = w === 'consecutive' || w === 'straight' || w === 'successive' || (this.lower(j + 1) === 'in' && this.lower(j + 2) === 'a' && this.lower(j + 3) === 'row');
    const discourse = !consecutive && (this.isSym(i + 1, ',') || (this.lower(i + 1) === 'of' && this.lower(i + 2) === 'all') || (prev === 'the' && (w === 'is' || w === 'one' || w === 'thing' || w === 'question' || w === 'piece' || w === 'part')) || (t.cap && (this.isSym(i - 1, '.') || i === 0)));
    this.push({ s: i, e: i + 1, value: ord, unit: 'ordinal', note: discourse ? 'discourse' : undefined, words: true, approx: null, direction: null, salient: consecutive, contextual: false });
    return i + 1;
  }

  /** Fractions at token i; returns the index after, or i when none. */
  fractionAt(i: number): number {
    const w = this.lower(i);
    // `a quarter of`, `one quarter of`, `three quarters of`, `a third of`, `two-thirds`, `one-third`, `half of`.
    let num = 0;
    let j = i;
    if (w === 'a' || w === 'an' || w === 'one') {
      num = 1;
      j++;
    } else if (UNITS.get(w) !== undefined && UNITS.get(w)! >= 2 && UNITS.get(w)! <= 9) {
      num = UNITS.get(w)!;
      j++;
    }
    if (num > 0 && this.isHyphen(j) && this.tight(j) && this.tight(j + 1)) j++;
    const d = this.lower(j);
    const den =
      d === 'half' ? 2 : d === 'third' || d === 'thirds' ? 3 : d === 'quarter' || d === 'quarters' ? 4 : d === 'fifth' || d === 'fifths' ? 5 : d === 'tenth' || d === 'tenths' ? 10 : 0;
    if (den === 0) return i;
    if (num === 0) {
      // A bare `half`: `half of`, `over half`, `half the`.
      if (d !== 'half') return i;
      const prev = this.lower(i - 1);
      if (prev === 'first' || prev === 'second' || prev === 'back' || prev === 'front' || prev === 'latter' || prev === 'this' || prev === 'the' || prev === 'and') return i + 1;
      const next = this.lower(i + 1);
      // Weak like `一半` on the Chinese side: `half` is as often a manner of speaking as a figure.
      void next;
      this.push({ s: i, e: i + 1, value: 0.5, unit: 'fraction', words: true, approx: null, direction: null, salient: false, contextual: true });
      return i + 1;
    }
    const next = this.lower(j + 1);
    // `a quarter` / `one quarter` is a period unless `of` follows. `a third`, `one fifth` are fractions
    // where no noun follows (`about one third`, `two thirds were`); before a noun they rank (`a third party`).
    const nounFollows = this.toks[j + 1]?.t === T.Word && !FRACTION_FOLLOWERS.has(next);
    // `a quarter point`, `a half point`: percentage points.
    if ((den === 4 || den === 2) && num === 1 && (next === 'point' || next === 'percentage')) {
      const e = next === 'percentage' && (this.lower(j + 2) === 'point' || this.lower(j + 2) === 'points') ? j + 3 : j + 2;
      this.push({ s: i, e, value: 1 / den, unit: 'pp', words: true, approx: null, direction: null, salient: true, contextual: true });
      return e;
    }
    if (den === 4 && next !== 'of' && !(this.isHyphen(j - 1) && num > 0)) return i;
    if ((den === 3 || den === 5 || den === 10) && next !== 'of' && !(this.isHyphen(j - 1) && num > 0) && nounFollows) return i;
    if (den === 2 && w !== 'one' && w !== 'a') return i; // `two half` is no fraction
    this.push({ s: i, e: j + 1, value: round(num / den), unit: 'fraction', words: true, approx: null, direction: null, salient: true, contextual: true });
    return j + 1;
  }

  spelledAt(i: number): number {
    const q = this.wordQuantity(i);
    if (!q) return i + 1;
    const w = this.lower(i);
    if (w === 'one' && q.e === i + 1) {
      // `one of our customers`, `no one`, `the one`, `this one`, `one another`: a pronoun, no figure.
      const next = this.lower(i + 1);
      const prev = this.lower(i - 1);
      if (next === 'of' || next === 'another' || PRONOUN_ONE_BEFORE.has(prev)) return i + 1;
      // `Cloudflare One`: a product name.
      if (this.toks[i].cap && this.toks[i - 1]?.t === T.Word && this.toks[i - 1].cap && !this.isSym(i - 2, '.')) return i + 1;
    }
    // `one big customer`, `at one point`: a weak figure that may be the article `a`.
    if (w === 'one' && q.e === i + 1) {
      const next = this.lower(i + 1);
      const unit = this.unitAfter(q, q.e);
      if (!unit || this.isHyphen(i + 1)) {
        if (!(unit && this.isHyphen(i + 1))) {
          this.push({ s: i, e: i + 1, value: 1, unit: 'count', note: 'pronoun', words: true, approx: null, direction: null, salient: false, contextual: false });
          void next;
          return i + 1;
        }
      }
    }
    const d = this.measured(i);
    if (d) {
      const between = this.isWord(i - 1, 'between');
      const full = this.range(d, between, (j) => this.measured(j));
      full.salient = measuredSalience(full, q.value) && !q.vague;
      if (q.vague) {
        full.note = 'vague';
        full.approx = 'about';
        full.contextual = false;
      }
      this.push(full);
      return full.e;
    }
    // `a couple of`, `two big areas`: small numbers in prose are weak.
    this.push({ s: i, e: q.e, value: q.value, unit: 'count', scale: q.scale, words: true, approx: q.vague ? 'about' : null, direction: null, salient: q.value >= 10, contextual: !q.vague, note: q.vague ? 'vague' : undefined });
    return q.e;
  }

  // -------------------------------------------------------------------------------------------
  // Context: approximation and direction words

  context(d: Draft): void {
    if (!d.contextual) return;
    let k = d.s - 1;
    // A sign: `-16.38%`, `(-2%)`, `negative $4.4 million`, `minus 3%`.
    if (d.unit !== 'ordinal' && d.unit !== 'fraction' && !d.unit.startsWith('duration') && d.low === undefined) {
      const sign = this.toks[k];
      if (sign && this.isHyphen(k) && !this.toks[d.s].space && (sign.space || k === 0 || this.isSym(k - 1, '('))) {
        d.value = -d.value;
        d.s = k;
        k--;
      } else if (this.lower(k) === 'negative' || this.lower(k) === 'minus') {
        d.value = -d.value;
        k--;
      }
    }
    if (isMoney(d.unit) && d.value > 0 && this.lossBefore(d.s)) d.value = -d.value;
    // Approximation before: `about`, `more than`, `in excess of`, `~`.
    const w1 = this.lower(k);
    const w0 = this.lower(k - 1);
    const two = APPROX_BEFORE_2.get(`${w0} ${w1}`);
    if (two && !(w0 === 'up' && w1 === 'to' && this.isDirectionContext(k - 2))) {
      d.approx = two;
      k -= 2;
      if (w0 === 'excess' && this.lower(k) === 'in') k--;
      if ((w0 === 'little' || w0 === 'bit') && this.lower(k) === 'a') k--;
    } else if (APPROX_BEFORE_1.get(w1) !== undefined && !(w1 === 'over' && (d.unit.startsWith('duration') || d.unit === 'year')) && !(w1 === 'some' && d.unit !== 'count' && !isCurrency(d.unit))) {
      d.approx = APPROX_BEFORE_1.get(w1)!;
      k -= 1;
      if (w1 === 'under' && this.lower(k) === 'just') k--;
    }
    // Approximation after: `150+`, `150-plus`, `or so`, `or more`.
    const a = this.lower(d.e);
    if (d.approx === null) {
      if ((a === '+' && !this.toks[d.e].space) || a === 'plus' || (this.isHyphen(d.e) && this.lower(d.e + 1) === 'plus')) d.approx = 'over';
      else if (a === 'or' && (this.lower(d.e + 1) === 'so')) d.approx = 'about';
      else if (a === 'or' && (this.lower(d.e + 1) === 'more' || this.lower(d.e + 1) === 'greater' || this.lower(d.e + 1) === 'higher')) d.approx = 'over';
      else if (a === 'or' && (this.lower(d.e + 1) === 'less' || this.lower(d.e + 1) === 'fewer' || this.lower(d.e + 1) === 'lower')) d.approx = 'under';
      else if (a === 'ish') d.approx = 'about';
      // `250 jobs roughly`, `20% or thereabouts`: after the figure or its noun.
      else {
        const k2 = a === 'roughly' || a === 'approximately' ? d.e : this.toks[d.e]?.t === T.Word ? d.e + 1 : -1;
        const w2 = this.lower(k2);
        const after = this.toks[k2 + 1];
        if (k2 >= 0 && (w2 === 'roughly' || w2 === 'approximately') && (!after || after.t === T.Sym)) d.approx = 'about';
      }
    }
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.unit.startsWith('duration')) return;
    // Direction before: `up 32%`, `increased by 30%`, `a decrease of 8%`, `grew approximately 30%`.
    let p = this.lower(k);
    if (p === 'by' || p === 'of' || p === 'another' || p === 'an' || p === 'a') {
      k--;
      p = this.lower(k);
      if (p === 'by' || p === 'of') {
        k--;
        p = this.lower(k);
      }
    }
    d.cs = k + 1;
    if (UP_BEFORE.has(p)) d.direction = 'up';
    else if (DOWN_BEFORE.has(p)) d.direction = 'down';
    if (d.direction) return;
    // `increased to 67%`, `ticked down to 115%`, `decreased to 41%`: a verb of change before `to`.
    if (p === 'to') {
      const v = this.lower(k - 1);
      if (CHANGE_TO_UP.has(v)) d.direction = 'up';
      else if (CHANGE_TO_DOWN.has(v)) d.direction = 'down';
      return;
    }
    if (LEVEL_WORDS.has(p)) return;
    // Direction after: `a 32% increase`, `32% year-over-year growth`, `8% lower`.
    // A few describing words may stand between (`30% top-line growth`, `a 5% organic decline`).
    let j = this.skipPeriodWords(d.e);
    for (let steps = 0; steps <= DIRECTION_SPAN; steps++, j++) {
      const t = this.toks[j];
      if (!t || t.t === T.Num || (t.t === T.Sym && !this.isHyphen(j))) return;
      const n = t.lower;
      if (UP_AFTER.has(n) && !(n === 'more' && this.lower(j + 1) === 'than')) d.direction = 'up';
      else if (DOWN_AFTER.has(n) && !(n === 'less' && this.lower(j + 1) === 'than')) d.direction = 'down';
      if (d.direction || NOT_DESCRIBING.has(n)) return;
    }
  }

  /** A loss word shortly before the amount at token s, in the same clause, with no other number between. */
  lossBefore(s: number): boolean {
    for (let k = s - 1; k >= 0 && k >= s - LOSS_SPAN; k--) {
      const t = this.toks[k];
      if (t.t === T.Num || (t.t === T.Sym && t.lower !== '-')) return false;
      if (LOSS_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** A word before `up to` that makes `up` a direction (`ticked up to 116%`) rather than `up to` a bound. */
  isDirectionContext(k: number): boolean {
    const w = this.lower(k);
    return (
      w === 'is' || w === 'was' || w === 'are' || w === 'were' || w === 'revenue' || w === 'margin' || w === 'went' || w === 'goes' || w === 'go' ||
      w === 'came' || w === 'comes' || w === 'tick' || w === 'ticks' || w === 'move' || w === 'moves' || w === 'way' || (w.length > 3 && w.endsWith('ed'))
    );
  }

  /** `per share` (or `EPS`) earlier in the sentence, after any other money: `net income per share of $0.10`. */
  perShareBefore(d: Draft, after: number): boolean {
    for (let k = d.s - 1; k >= after && k >= d.s - 30; k--) {
      const t = this.toks[k];
      if (t.t === T.Sym && (t.lower === '.' || t.lower === ';' || t.lower === '?' || t.lower === '!')) return false;
      if (t.t !== T.Word) continue;
      if (t.lower === 'eps') return true;
      if (t.lower === 'share' && (this.lower(k - 1) === 'per' || (this.lower(k - 2) === 'per' && (this.lower(k - 1) === 'diluted' || this.lower(k - 1) === 'basic')))) return true;
    }
    return false;
  }

  /** `an increase of 8% sequentially and 36% year-over-year`: the second figure takes the first one's direction. */
  inherits(prev: Draft, d: Draft): boolean {
    if (prev.unit !== d.unit || !prev.direction || d.direction || d.cs === undefined || d.cs <= prev.e) return false;
    // `up 250% since December and 490% year-over-year`: a short phrase, then `and`, `or` or a comma.
    let joined = false;
    let j = this.skipPeriodWords(prev.e);
    for (let steps = 0; j < d.cs; steps++, j++) {
      const t = this.toks[j];
      if (steps >= INHERIT_SPAN || t.t === T.Num || (t.t === T.Sym && t.lower !== ',')) return false;
      if (UP_BEFORE.has(t.lower) || DOWN_BEFORE.has(t.lower) || LEVEL_WORDS.has(t.lower)) return false;
      if (t.lower === ',' || t.lower === 'and' || t.lower === 'or') joined = true;
    }
    return joined;
  }

  /** Skips `year-over-year`, `y/y`, `yoy`, `sequentially`, `quarter-over-quarter` after a figure. */
  skipPeriodWords(j: number): number {
    const w = this.lower(j);
    if ((w === 'year' || w === 'quarter' || w === 'month') && this.isHyphen(j + 1) && this.lower(j + 2) === 'over' && this.isHyphen(j + 3)) return j + 5;
    if ((w === 'year' || w === 'quarter') && this.lower(j + 1) === 'over' && (this.lower(j + 2) === 'year' || this.lower(j + 2) === 'quarter')) return j + 3;
    if (w === 'yoy' || w === 'sequential' || w === 'sequentially' || w === 'annual' || w === 'organic' || w === 'qoq') return j + 1;
    if ((w === 'y' || w === 'q') && this.isSym(j + 1, '/') && (this.lower(j + 2) === 'y' || this.lower(j + 2) === 'q')) return j + 3;
    return j;
  }

  figures(): Figure[] {
    const toks = this.toks;
    const text = this.text;
    const result: Figure[] = [];
    // `6, 9, 12 months`, `two or three years`: numbers listed before a duration take its unit.
    for (let x = this.out.length - 2; x >= 0; x--) {
      const d = this.out[x];
      const nx = this.out[x + 1];
      if (d.unit !== 'count' || d.label || d.scale || d.note || !nx.unit.startsWith('duration') || nx.low !== undefined) continue;
      let j = d.e;
      if (this.isSym(j, ',')) j++;
      if (this.lower(j) === 'or' || this.lower(j) === 'and' || this.lower(j) === 'to') j++;
      const factor = nx.listFactor ?? DURATIONS.get(this.lower(nx.e - 1))?.[1];
      if (j !== nx.s || j === d.e || factor === undefined) continue;
      d.unit = nx.unit;
      d.value = round(d.value * factor);
      d.salient = d.value !== factor;
      d.contextual = false;
      d.listFactor = factor;
    }
    /** The last figure of each unit, whose direction a figure listed after it may share. */
    const lastOfUnit = new Map<FigureUnit, Draft>();
    let moneyEnd = 0;
    for (const d of this.out) {
      this.context(d);
      if (isCurrency(d.unit) && !d.label) {
        if (this.perShareBefore(d, moneyEnd)) d.unit = `${d.unit}/share` as FigureUnit;
        moneyEnd = d.e;
      } else if (d.unit.endsWith('/share')) moneyEnd = d.e;
      const prev = lastOfUnit.get(d.unit);
      if (prev && this.inherits(prev, d)) d.direction = prev.direction;
      if (!d.label) lastOfUnit.set(d.unit, d);
      const start = toks[d.s].start;
      const end = toks[d.e - 1].end;
      const f: Mutable<Figure> = {
        start,
        end,
        text: text.slice(start, end),
        value: d.value,
        unit: d.unit,
        kind: d.label ? 'label' : kindOfUnit(d.unit),
        approx: d.approx,
        direction: d.direction,
        salient: d.salient && !d.label,
      };
      if (d.low !== undefined) {
        f.low = d.low;
        f.high = d.high;
      }
      if (d.scale) f.scale = d.scale.toLowerCase();
      if (d.label) f.label = true;
      if (d.fiscal) f.fiscal = true;
      if (d.words) f.spelled = true;
      if (d.note) f.note = d.note;
      result.push(f);
    }
    for (const s of this.spans) {
      const f: Mutable<Figure> = { start: s.start, end: s.end, text: text.slice(s.start, s.end), value: s.value, unit: s.unit, kind: kindOfUnit(s.unit), approx: null, direction: null, salient: s.salient };
      if (s.fiscal) f.fiscal = true;
      result.push(f);
    }
    result.sort((a, b) => a.start - b.start);
    return result;
  }

}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Salience of a number with a unit, the same whether digits or words are written (`seven-year` and
 * `七年` agree): durations of more than one unit, multiples, money, percentages and points always;
 * counts from 10 up. `written` is the number as written before the unit's factor (7 for `seven-year`).
 */
function measuredSalience(d: Draft, written: number): boolean {
  if (d.unit.startsWith('duration')) return written !== 1;
  if (d.unit === 'count') return d.value >= 10 || !!d.scale;
  return true;
}

/** Whether a word before a month name marks a month reference (`in July`, `end of March`). */
function w4(prev: string): boolean {
  return prev === 'in' || prev === 'of' || prev === 'since' || prev === 'until' || prev === 'through' || prev === 'by' || prev === 'early' || prev === 'late' || prev === 'mid' || prev === 'during' || prev === 'from' || prev === 'last' || prev === 'this' || prev === 'next' || prev === 'versus' || prev === 'vs' || prev === 'and' || prev === 'to';
}

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

function scaleFactor(scale: string): number | undefined {
  return SCALES.get(scale.toLowerCase());
}



/** The figures of an English paragraph, in text order. */
export function extractEnglishFigures(text: string): Figure[] {
  const r = new Reader(text);
  r.read();
  return r.figures();
}
