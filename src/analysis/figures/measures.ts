// Quantities with a unit of measure that the figure readers take as plain numbers: power (`1,250 MW`,
// `1.8 gigawatts`, `125 萬千瓦`), energy (`14.6 TWh`, `3.2 GWh`) and area (`1.6 million square feet`,
// `8.5 萬平方公尺`). Each is read in base units (watts, watt-hours, square metres), so a translation
// that writes the same quantity in another unit agrees and one that slips a prefix (`MW` → `GW`) or
// the unit (`square feet` → `平方公尺`) does not.

export type Dimension = 'W' | 'WH' | 'M2';

export interface Measure {
  readonly dimension: Dimension;
  /** The quantity in base units, to three significant digits: what a faithful translation keeps. */
  readonly base: number;
  /** The number with its scale word, as the figure readers read it: `1.6 million` → 1600000, `8.5 萬` → 85000. */
  readonly written: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface UnitForm {
  readonly dimension: Dimension;
  readonly factor: number;
}

const SQUARE_FOOT = 0.09290304;
const watts = (factor: number): UnitForm => ({ dimension: 'W', factor });
const wattHours = (factor: number): UnitForm => ({ dimension: 'WH', factor });
const area = (factor: number): UnitForm => ({ dimension: 'M2', factor });

/** English units, lower-case, spaces and hyphens written as one space. */
const ENGLISH_UNITS: ReadonlyMap<string, UnitForm> = new Map([
  ['kw', watts(1e3)], ['mw', watts(1e6)], ['gw', watts(1e9)], ['tw', watts(1e12)],
  ['kilowatt', watts(1e3)], ['kilowatts', watts(1e3)], ['megawatt', watts(1e6)], ['megawatts', watts(1e6)],
  ['gigawatt', watts(1e9)], ['gigawatts', watts(1e9)], ['terawatt', watts(1e12)], ['terawatts', watts(1e12)],
  ['kwh', wattHours(1e3)], ['mwh', wattHours(1e6)], ['gwh', wattHours(1e9)], ['twh', wattHours(1e12)],
  ['kilowatt hours', wattHours(1e3)], ['megawatt hours', wattHours(1e6)], ['gigawatt hours', wattHours(1e9)], ['terawatt hours', wattHours(1e12)],
  ['kilowatt hour', wattHours(1e3)], ['megawatt hour', wattHours(1e6)], ['gigawatt hour', wattHours(1e9)], ['terawatt hour', wattHours(1e12)],
  ['square feet', area(SQUARE_FOOT)], ['square foot', area(SQUARE_FOOT)], ['sq ft', area(SQUARE_FOOT)], ['sq. ft', area(SQUARE_FOOT)], ['sf', area(SQUARE_FOOT)],
  ['square metres', area(1)], ['square meters', area(1)], ['square metre', area(1)], ['square meter', area(1)], ['sqm', area(1)], ['sq m', area(1)],
  ['square kilometres', area(1e6)], ['square kilometers', area(1e6)], ['sq km', area(1e6)],
]);

/** Chinese units in both scripts; the Latin symbols a translation keeps are read as in English. */
const CHINESE_UNITS: ReadonlyMap<string, UnitForm> = new Map([
  ['千瓦', watts(1e3)], ['瓩', watts(1e3)], ['百萬瓦', watts(1e6)], ['百万瓦', watts(1e6)], ['兆瓦', watts(1e6)], ['吉瓦', watts(1e9)], ['十億瓦', watts(1e9)], ['十亿瓦', watts(1e9)],
  ['千瓦時', wattHours(1e3)], ['千瓦时', wattHours(1e3)], ['百萬瓦時', wattHours(1e6)], ['百万瓦时', wattHours(1e6)], ['兆瓦時', wattHours(1e6)], ['兆瓦时', wattHours(1e6)],
  ['吉瓦時', wattHours(1e9)], ['吉瓦时', wattHours(1e9)], ['太瓦時', wattHours(1e12)], ['太瓦时', wattHours(1e12)],
  ['平方英尺', area(SQUARE_FOOT)], ['平方呎', area(SQUARE_FOOT)], ['平方公尺', area(1)], ['平方米', area(1)], ['平方公里', area(1e6)],
]);

/** The first characters of the Chinese units: a number followed by none of them has no Chinese unit. */
const CHINESE_UNIT_FIRST: ReadonlySet<string> = new Set([...CHINESE_UNITS.keys()].map((unit) => unit[0]));

const ENGLISH_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const CHINESE_SCALES: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A number glued to what stands before it (`H100`, the `2` of `3.2`) is part of something else. */
const gluedBefore = (text: string, at: number): boolean => at > 0 && (isDigit(text.charCodeAt(at - 1)) || isLatin(text.charCodeAt(at - 1)) || text[at - 1] === '.' || text[at - 1] === ',' || text[at - 1] === '_');

const roundBase = (value: number): number => Number(value.toPrecision(3));

/** Each number written in digits (`1,250`, `3.2`) that is not part of a name, with where it ends. Scanned once, without regular expressions. */
function numbers(text: string): Array<{ start: number; end: number }> {
  // A plain loop, not a generator, and no value read until a unit follows: most numbers have none.
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const start = i;
    let j = i;
    while (isDigit(text.charCodeAt(j))) j++;
    // Thousands grouped by commas, then decimals.
    while (j - start <= 15 && text[j] === ',' && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
    if (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
      j++;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    i = j - 1;
    if (j - start > 20 || gluedBefore(text, start)) continue;
    found.push({ start, end: j });
  }
  return found;
}

const valueOf = (text: string, n: { start: number; end: number }): number => Number(text.slice(n.start, n.end).replace(/,/g, ''));

/** The Latin word at i (letters only) and where it ends. */
function latinWordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 12 && isLatin(text.charCodeAt(j))) j++;
  return isLatin(text.charCodeAt(j)) ? '' : text.slice(i, j);
}

/** At most `count` Latin words from i, each after one space or hyphen (the first may follow none): their texts and ends. */
function wordsAfter(text: string, i: number, count: number): Array<{ word: string; end: number; separator: string }> {
  const words: Array<{ word: string; end: number; separator: string }> = [];
  let at = i;
  for (let k = 0; k < count; k++) {
    const separator = text[at] === ' ' || text[at] === '-' ? text[at] : '';
    if (k > 0 && !separator) break;
    const word = latinWordAt(text, at + separator.length);
    if (!word) break;
    at += separator.length + word.length;
    // `sq. ft`: the abbreviation's dot belongs to it.
    if (word.toLowerCase() === 'sq' && text[at] === '.') {
      words.push({ word: 'sq.', end: at + 1, separator });
      at++;
      continue;
    }
    words.push({ word, end: at, separator });
  }
  return words;
}

/**
 * What must follow a number for it to have a unit: the start of a scale or unit word. Most texts have none,
 * and one regular-expression pass rejects them faster than reading their numbers.
 */
const ENGLISH_UNIT_AHEAD = /\d[ -]?(?:(?:thousand|million|billion)[ -])?(?:[kmgt]w|kilo|mega|giga|tera|sq|sf)/i;
const CHINESE_UNIT_AHEAD = /\d ?(?:[萬万億亿] ?)?(?:[kmgt]w|kilo|mega|giga|tera|sq|sf|[千瓩百兆吉十太平])/i;

/** The measures written in an English text, in order. */
export function englishMeasures(text: string): Measure[] {
  const found: Measure[] = [];
  if (!ENGLISH_UNIT_AHEAD.test(text)) return found;
  for (const n of numbers(text)) {
    // Every unit and scale word starts with a Latin letter, right after the number or one space or hyphen.
    const next = text.charCodeAt(text[n.end] === ' ' || text[n.end] === '-' ? n.end + 1 : n.end);
    if (!isLatin(next)) continue;
    const words = wordsAfter(text, n.end, 4);
    const scale = words.length && words[0].separator !== '-' ? ENGLISH_SCALES[words[0].word.toLowerCase()] : undefined;
    const first = scale ? 1 : 0;
    // The longest unit first: `square feet` before `sf`, `megawatt hours` before `megawatt`.
    for (let length = Math.min(2, words.length - first); length >= 1; length--) {
      const name = words.slice(first, first + length).map((w) => w.word.toLowerCase()).join(' ');
      const unit = ENGLISH_UNITS.get(name);
      if (!unit) continue;
      const end = words[first + length - 1].end;
      found.push(measureOf(unit, valueOf(text, n) * (scale ?? 1), n.start, end, text.slice(n.start, end)));
      break;
    }
  }
  return found;
}

/** The measures written in a Chinese text, in order: `1,250 MW`, `125 萬千瓦`, `8.5 萬平方公尺`. */
export function chineseMeasures(text: string): Measure[] {
  const found: Measure[] = [];
  if (!CHINESE_UNIT_AHEAD.test(text)) return found;
  for (const n of numbers(text)) {
    let at = text[n.end] === ' ' ? n.end + 1 : n.end;
    const scale = CHINESE_SCALES[text[at]];
    if (scale) at = text[at + 1] === ' ' ? at + 2 : at + 1;
    if (!isLatin(text.charCodeAt(at)) && !CHINESE_UNIT_FIRST.has(text[at])) continue;
    const latin = latinWordAt(text, at);
    const latinUnit = latin ? ENGLISH_UNITS.get(latin.toLowerCase()) : undefined;
    const unit = latinUnit ? { form: latinUnit, length: latin.length } : longestChineseUnit(text.slice(at, at + 5));
    if (!unit) continue;
    const end = at + unit.length;
    found.push(measureOf(unit.form, valueOf(text, n) * (scale ?? 1), n.start, end, text.slice(n.start, end)));
  }
  return found;
}

/** The longest Chinese unit that `written` starts with (`千瓦時` before `千瓦`). */
function longestChineseUnit(written: string): { form: UnitForm; length: number } | undefined {
  for (let length = Math.min(5, written.length); length >= 1; length--) {
    const form = CHINESE_UNITS.get(written.slice(0, length));
    if (form) return { form, length };
  }
  return undefined;
}

function measureOf(unit: UnitForm, written: number, start: number, end: number, text: string): Measure {
  return { dimension: unit.dimension, base: roundBase(written * unit.factor), written, start, end, text };
}
