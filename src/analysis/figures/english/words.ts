// The English word tables. Maps, not objects: words such as `constructor` must not hit
// Object.prototype, and looking up fresh strings in a Map avoids interning every word of the text.
import { englishCurrencies } from '../lexicon';
import type { Approximation, FigureUnit } from '../types';

function dict<V>(entries: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(entries));
}

export const UNITS = dict<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS = dict<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
export const SCALES = dict<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mm: 1e6, m: 1e6, b: 1e9, k: 1e3, tn: 1e12, mil: 1e6, bil: 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
  // Million tonnes (per annum): `121 mtpa` = `1.21 億噸`.
  mt: 1e6, mtpa: 1e6,
});
/** Scale words that may stand apart from the digits (`$5 million`); single letters only attached (`$5m`). */
export const SPACED_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'tn', 'mil', 'lakh', 'lakhs', 'crore', 'crores', 'cr', 'mtpa']);
/** Scales that may be glued to digits without a currency sign (`10k`, `3bn`); `2mm` and `5m` are lengths. */
export const GLUED_SCALES_ALONE = new Set(['k', 'bn', 'tn']);
export const ORDINALS = dict<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
});
export const MONTHS = dict<number>({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
export const WEEKDAYS = dict<number>({ monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 });
/** Currency signs (`$`, `€`), the letters before `$` (`US$`, `NT$`), codes (`RMB`, `USD`) and words after an amount (`yen`, and any code). */
export const CURRENCY_SIGNS = englishCurrencies('signs');
export const DOLLAR_PREFIX = englishCurrencies('dollarPrefixes');
export const CURRENCY_CODES = englishCurrencies('codes');
export const CURRENCY_WORDS = new Map([...englishCurrencies('words'), ...CURRENCY_CODES]);
/** Currency names of several words, split into words, the longest first: `new taiwan dollars` before `taiwan dollars`. */
export const CURRENCY_PHRASES: ReadonlyArray<readonly [readonly string[], FigureUnit]> = [...englishCurrencies('phrases')]
  .map(([phrase, code]) => [phrase.split(' '), code] as const)
  .sort((a, b) => b[0].length - a[0].length);
export const DURATIONS = dict<[FigureUnit, number]>({
  year: ['duration', 12], years: ['duration', 12], yr: ['duration', 12], yrs: ['duration', 12],
  month: ['duration', 1], months: ['duration', 1], quarter: ['duration', 3], quarters: ['duration', 3], decade: ['duration', 120], decades: ['duration', 120],
  day: ['duration-day', 1], days: ['duration-day', 1], week: ['duration-day', 7], weeks: ['duration-day', 7],
  hour: ['duration-hour', 1], hours: ['duration-hour', 1], minute: ['duration-hour', 1 / 60], minutes: ['duration-hour', 1 / 60],
});

/** Words before `one` that make it a pronoun: `no one`, `the one`, `this one`. */
export const PRONOUN_ONE_BEFORE = new Set(['no', 'the', 'this', 'that', 'which', 'each', 'every', 'any', 'some', 'someone', 'everyone', 'anyone', 'little', 'big', 'right', 'last', 'next', 'other', 'same']);

export const DURATION_ADJECTIVES = new Set(['prior', 'previous', 'consecutive', 'straight', 'full', 'more', 'additional', 'fiscal', 'calendar', 'past', 'successive', 'whole']);

export const APPROX_BEFORE_1 = dict<Approximation>({
  about: 'about', approximately: 'about', approx: 'about', roughly: 'about', around: 'about', circa: 'about', '~': 'about', some: 'about',
  nearly: 'under', almost: 'under', under: 'under', below: 'under',
  over: 'over', above: 'over', exceeding: 'over', beyond: 'over',
});
/** Two-word approximations, keyed by `first second`. */
export const APPROX_BEFORE_2 = dict<Approximation>({
  'more than': 'over', 'greater than': 'over', 'higher than': 'over', 'north of': 'over', 'upwards of': 'over', 'at least': 'over', 'excess of': 'over',
  'just over': 'over', 'well over': 'over', 'well above': 'over', 'just above': 'over', 'little over': 'over',
  'less than': 'under', 'fewer than': 'under', 'lower than': 'under', 'south of': 'under', 'close to': 'under', 'just under': 'under', 'shy of': 'under',
  'up to': 'under', 'just below': 'under', 'well under': 'under', 'well below': 'under',
  'or so': 'about',
});
export const UP_BEFORE = new Set([
  'up', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'growth', 'rose', 'rise', 'rises', 'rising',
  'gained', 'gain', 'gains', 'expanded', 'expand', 'expanding', 'expansion', 'improved', 'improve', 'improvement', 'improving', 'jumped', 'climbed',
  'accelerated', 'boosted', 'raised', 'higher', 'surged', 'outgrew', 'widened', 'widening', 'lengthened', 'extended',
  'rebounded', 'rebound', 'recovered', 'soared', 'widen', 'widens', 'strengthened', 'firmed', 'tailwind', 'tailwinds', 'lifted', 'lift', 'lifts',
]);
export const DOWN_BEFORE = new Set([
  'down', 'decreased', 'decrease', 'decreases', 'decreasing', 'declined', 'decline', 'declines', 'declining', 'fell', 'fall', 'falls', 'falling',
  'dropped', 'drop', 'drops', 'reduced', 'reduce', 'reduction', 'lower', 'lowered', 'contracted', 'contraction', 'shrank', 'shrunk', 'cut', 'slipped', 'slowed', 'deceleration', 'decelerated',
  'narrowed', 'narrowing', 'narrow', 'cutting', 'reducing', 'dipped', 'eased', 'shortened', 'declining', 'weakened',
  'compressed', 'compression', 'plunged', 'plummeted', 'tumbled', 'slumped', 'sank', 'softened', 'deteriorated', 'deterioration', 'worsened', 'lost',
  'headwind', 'headwinds',
]);
/** Nouns that make the amount after them a loss (`a net loss of RMB6.75 billion`, `operating loss was $12 million`). */
export const LOSS_WORDS = new Set(['loss', 'losses', 'deficit', 'shortfall', 'outflow', 'outflows']);
/** How many tokens may stand between a loss word and its amount. */
export const LOSS_SPAN = 6;
export const UP_AFTER = new Set(['increase', 'increases', 'growth', 'higher', 'improvement', 'rise', 'gain', 'expansion', 'jump', 'uplift', 'uptick', 'more', 'faster', 'better', 'acceleration', 'tailwind', 'tailwinds', 'above', 'ahead']);
export const DOWN_AFTER = new Set(['decrease', 'decreases', 'decline', 'declines', 'lower', 'drop', 'reduction', 'contraction', 'less', 'fewer', 'fall', 'cut', 'deceleration', 'slower', 'worse', 'headwind', 'headwinds', 'deterioration', 'below', 'behind']);
/** Words after `a third`, `two fifths` that leave it a fraction (`one third was`, `a third or more`). */
export const FRACTION_FOLLOWERS = new Set(['of', 'and', 'or', 'to', 'is', 'was', 'were', 'are', 'in', 'on', 'from', 'by', 'less', 'more', 'than', 'for', 'at', 'since', 'this', 'last', 'year']);
/** Words after `the 24th` that leave it a day of the month (`paid on the 24th to shareholders`). */
export const DAY_FOLLOWERS = new Set(['of', 'and', 'or', 'to', 'for', 'at', 'in', 'on', 'as', 'with', 'by', 'through', 'until', 'when', 'before', 'after', 'this', 'next', 'last']);
/** Words before a number that make it a person's age (`aged 52`, `at age 60`). */
export const AGE_BEFORE = new Set(['aged', 'age']);
/** Words before `30s` that make it an age (`in their 30s`, `in his early 50s`). */
export const AGE_DECADE_BEFORE = new Set(['their', 'his', 'her', 'my', 'our', 'your', 'early', 'mid', 'late']);
/** How many describing words may stand between a figure and the noun that gives its direction. */
export const DIRECTION_SPAN = 5;
/** How many tokens may join two figures that share a direction (`up 8% sequentially and 36%`). */
export const INHERIT_SPAN = 6;
/** Words after a figure that end the search for its direction noun. */
export const NOT_DESCRIBING = new Set(['of', 'in', 'on', 'for', 'to', 'from', 'and', 'or', 'but', 'with', 'than', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'as', 'at', 'by', 'that', 'which', 'we', 'it']);
/** Words that make the next figure a level, not a change (`increased to $378.6 million`). */
export const LEVEL_WORDS = new Set(['to', 'at', 'from', 'of', 'was', 'were', 'is', 'reached']);
/** Verbs that give `to X` a direction: `increased to 67%`, `ticked down to 115%`. */
export const CHANGE_TO_UP = new Set(['increased', 'increase', 'increases', 'rose', 'risen', 'grew', 'grown', 'up', 'climbed', 'jumped', 'improved', 'expanded', 'raised', 'accelerated', 'surged', 'rebounded', 'recovered', 'soared', 'widened', 'widen']);
export const CHANGE_TO_DOWN = new Set(['decreased', 'decrease', 'decreases', 'fell', 'fallen', 'declined', 'dropped', 'down', 'reduced', 'lowered', 'slipped', 'shrank', 'contracted', 'decelerated', 'slowed', 'plunged', 'eased', 'softened', 'compressed', 'narrowed']);

/** Capitalised words before digits that make a name (`Fortune 500`, `Area 1`, `Web 3`). */
export const LABEL_WORDS = new Set([
  'fortune', 'area', 'web', 'series', 'windows', 'iphone', 'section', 'title', 'version', 'v', 'global', 'russell', 'nasdaq', 'ftse',
  'forbes', 'inc', 'route', 'highway', 'figure', 'table', 'slide', 'page', 'item', 'rule', 'form', 'pixel', 'galaxy', 'model', 'league', 'cohort', 'team', 'class', 'grade', 'type', 'category', 'top',
]);
/** Nouns before an integer that make it a rank (`act 3` = 第三幕, `Generation 12` = 第 12 代). */
export const ORDINAL_NOUNS = new Set(['act', 'generation', 'gen', 'phase', 'stage', 'tier', 'level', 'round', 'chapter', 'step', 'day', 'season', 'episode', 'wave']);
/** Capitalised words that may stand before a figure without making it a name. */
export const NOT_NAME = new Set([
  'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'since', 'until', 'through', 'about', 'over', 'under', 'nearly', 'approximately', 'roughly', 'around',
  'almost', 'up', 'down', 'and', 'or', 'with', 'the', 'a', 'an', 'our', 'we', 'it', 'that', 'this', 'these', 'those', 'than', 'is', 'was', 'were', 'are', 'be',
  'fy', 'fiscal', 'q', 'h', 'year', 'quarter', 'first', 'second', 'third', 'fourth', 'only', 'just', 'another', 'some', 'all', 'revenue', 'total', 'between',
  'i', 'yes', 'no', 'so', 'but', 'also', 'then', 'now', 'after', 'before', 'during', 'within', 'across', 'into', 'per', 'plus', 'minus', 'nasdaq',
  'usd', 'us', 'rmb', 'eur', 'gbp', 'jpy', 'cny', 'twd', 'hkd', 'ntd', 'gaap', 'non', 'adjusted', 'dbnr', 'arr', 'rpo', 'eps', 'net',
]);

/** Verbs and adjectives of a multiple: weak like the Chinese idiom `增加一倍`. */
export const VERB_MULTIPLES = dict<number>({ doubled: 2, double: 2, doubling: 2, tripled: 3, triple: 3, quadrupled: 4, quadruple: 4 });
export const FOLD_WORDS = dict<number>({ twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10 });

/** Every word that can start a figure; `wordAt` looks no further at other words. */
/** How many words may stand between a verb of change and `by` (`cutting clinker emissions by 18%`). */
export const VERB_OBJECT_SPAN = 4;
/** How far back from the first figure of `from A to B` its `from` may stand. */
export const FROM_SPAN = 6;
/** Durations glued to their digits. */
export const GLUED_DURATIONS = dict<[FigureUnit, number]>({
  hr: ['duration-hour', 1], hrs: ['duration-hour', 1], min: ['duration-hour', 1 / 60], mins: ['duration-hour', 1 / 60], yr: ['duration', 12], yrs: ['duration', 12],
});
/** Clock words that are times without digits: weak, so that `12 時` or `24:00` in the translation has a counterpart. */
export const CLOCK_WORDS = dict<number>({ noon: 1200, midday: 1200, midnight: 2400 });

/** Anniversaries in one word, in years: `the centenary` = `一百週年`. */
export const ANNIVERSARY_WORDS = new Map([
  ['centenary', 100], ['centennial', 100], ['bicentenary', 200], ['bicentennial', 200], ['tercentenary', 300], ['sesquicentennial', 150],
]);
export const TRIGGERS = new Set<string>([
  ...DOLLAR_PREFIX.keys(), ...CURRENCY_CODES.keys(), ...MONTHS.keys(), ...WEEKDAYS.keys(), ...ORDINALS.keys(), ...UNITS.keys(), ...TENS.keys(), ...ORDINAL_NOUNS,
  ...VERB_MULTIPLES.keys(), ...FOLD_WORDS.keys(), 'no', 'zero', 'fy', 'fiscal', 'a', 'an', 'half', 'quarter', 'quarters', 'third', 'thirds', 'twice', 'dozen', 'dozens',
  'tens', 'hundreds', 'thousands', 'millions', 'fifth', 'fifths', 'tenth', 'tenths', ...CLOCK_WORDS.keys(), ...ANNIVERSARY_WORDS.keys(), 'decade',
]);
