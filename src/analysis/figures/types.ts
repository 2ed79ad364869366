// The figure model shared by the English and the Chinese extractors.
//
// A figure is one quantity written in a paragraph: money, a percentage, points, a count, a year, a
// quarter, a date, a duration, an ordinal or a fraction. Values are normalised so that the two
// sides compare directly: `$308.5 million` and `3.085億美元` are both 308500000 USD, `百分之三十二`
// and `32%` are both 32 percent, `Q2` and `第二季度` are both quarter 2, `3-year` and `為期 3 年`
// are both 36 months, `4.5 years` and `4年半` are both 54 months.
//
// A range (`75% to 77%`, `3500-3600萬美元`) is ONE figure: `low` and `high` hold the ends, `value`
// their midpoint (so a range still compares with a single figure written for it), and `text`
// covers both ends.

import type { Currency } from './lexicon';

/** The ISO codes of the currencies in the lexicon (`src/analysis/figures/lexicon.ts`). */
export type { Currency };

export type FigureUnit =
  /** Money, value in currency units: `$891,000` → 891000 USD. */
  | Currency
  /** Money per share: `$0.10 per share`, `每股收益 0.16 美元` → 0.1 / 0.16 USD/share. */
  | `${Currency}/share`
  /** `32%`, `百分之三十二` → 32. */
  | 'percent'
  /** Percentage points: `2 percentage points`, `2 個百分點` → 2. */
  | 'pp'
  /** Basis points: `200 basis points`, `200 個基點` → 200. */
  | 'bp'
  /** Plain numbers: customers, people, seats, shares, petabytes; names (`label`) too. */
  | 'count'
  /** `3x`, `three times`, `三倍` → 3; `twice` → 2. */
  | 'multiple'
  /** Calendar or fiscal year: `2023`, `FY24`, `fiscal 2024`, `2024 年`, `2023 財年` → 2023. */
  | 'year'
  /** Quarter of a year: `Q2`, `second quarter`, `1Q`, `第二季(度)`, `第二個季度` → 1–4. */
  | 'quarter'
  /** Half of a year: `H1`, `second half`, `上半年`, `下半年` → 1 or 2. */
  | 'half'
  /** Month and day, month*100+day: `August 29`, `8 月 29 日` → 829; a month alone (`December`, `12 月`) → 1200. */
  | 'date'
  /** Clock time on a 24-hour clock, hours*100+minutes: `5:00 p.m.`, `下午 5:00` → 1700. */
  | 'time'
  /** Years, quarters and months, in months: `3-year` → 36, `25-month` → 25, `4 quarters` → 12, `4年半` → 54. */
  | 'duration'
  /** Weeks and days, in days: `90 days` → 90, `two weeks` → 14. */
  | 'duration-day'
  /** Hours and minutes, in hours: `two hours` → 2, `30 minutes` → 0.5. */
  | 'duration-hour'
  /** A person's age in years: `aged 52`, `52-year-old`, `52 歲`, `in their 30s`, `三十多歲`. */
  | 'age'
  /** Ranks: `first`, `fourth consecutive`, `第三`, `act 3`, `第三幕`, `Generation 12`, `第 12 代`. */
  | 'ordinal'
  /** `a quarter of`, `四分之一` → 0.25; `half of`, `一半` → 0.5; `two-thirds`, `三分之二` → 0.6667. */
  | 'fraction';

/** The family of a figure's unit; `label` for digits that belong to a name. */
export type FigureKind = 'money' | 'ratio' | 'count' | 'calendar' | 'duration' | 'ordinal' | 'fraction' | 'label';

/**
 * `about`: about, approximately, around, roughly, 約, 大約, 左右.
 * `over`: more than, over, at least, -plus, 超過, 逾, 多 (`100多萬`), 餘, 以上.
 * `under`: less than, nearly, almost, up to, 不到, 近, 將近, 接近, 以下.
 */
export type Approximation = 'about' | 'over' | 'under';

/** A direction word attached to the figure: `up 32%`, `年增32%`, `down 2%`, `季減 2%`. */
export type Direction = 'up' | 'down';

/** Why a figure is weak or special (`Figure.note`). */
export type FigureNote =
  /** English `one` that is (or may be) a pronoun or article: `one big customer`, `at one point`. */
  | 'pronoun'
  /** An ordinal that orders the speech, not a fact: `First,`, `The first is`, `第一,`. */
  | 'discourse'
  /** Chinese `一` used as an article: `一家公司`, `一個`. */
  | 'article'
  /** A month without a day. */
  | 'month'
  /** A day of the week on its own (`Thursday`, `星期四`): value 1 = Monday … 7 = Sunday, unit `date`, never salient. */
  | 'weekday'
  /** A vague quantity: `a couple`, `a few dozen`, `兩三`, `幾`. */
  | 'vague';

export interface Figure {
  /** Offsets into the analysed string; `text === string.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /**
   * The figure as written: sign, numeral, scale and unit (`$308.5 million`, `3.085億美元`,
   * `200 個基點`, `25-month`, `第二季度`). Approximation and direction words and the counted noun
   * (`customers`, `個大客戶`) are not part of it, so a quick fix can replace exactly this text.
   */
  readonly text: string;
  /** Normalised value; the midpoint for a range. Negative for `negative $4.4 million`, `負 440 萬美元`. */
  readonly value: number;
  readonly unit: FigureUnit;
  readonly kind: FigureKind;
  readonly approx: Approximation | null;
  /** `null` means no direction word is attached, not "flat": compare only when both sides have one. */
  readonly direction: Direction | null;
  /**
   * Whether a missing counterpart matters. True for money, percentages, points, counts of 10 or
   * more, years, quarters, halves, full dates, durations other than one unit, multiples, fractions
   * and `N-th consecutive`. False for labels, small counts (`two`, `兩個`, `one`, `一家`), plain
   * ordinals (`first`, `第一`), vague quantities, months or weekdays alone and clock times.
   * Salience follows the unit, value and context, never how the number is written, so that both
   * sides of a pair agree (`seven-year` and `七年` are both salient, `2 reports` and `兩份` both weak).
   */
  readonly salient: boolean;
  /** Ranges only: both ends, normalised. */
  readonly low?: number;
  readonly high?: number;
  /** Scale word or character as written, lower-cased for English: `million`, `bn`, `k`, `億`, `萬`, `百萬`. */
  readonly scale?: string;
  /** Digits that belong to a name (`Fortune 500`, `財富 500 強`, `Area 1`, `3D`): never compared or reported. */
  readonly label?: boolean;
  /** Written as a fiscal year (`fiscal 2023`, `FY24`, `2023 財年`). */
  readonly fiscal?: boolean;
  /**
   * Money in `元` with no currency named near it (`營收為 234 億元` after the paragraph said nothing of
   * the currency): `unit` is a placeholder, and the figure agrees with an amount in any currency.
   */
  readonly impliedCurrency?: boolean;
  /** Written in words or Chinese numerals (`twenty-five`, `一百九十六`, `第二季`) rather than digits. */
  readonly spelled?: boolean;
  readonly note?: FigureNote;
}

const KIND_OF_UNIT: Partial<Record<FigureUnit, FigureKind>> = {
  percent: 'ratio',
  pp: 'ratio',
  bp: 'ratio',
  multiple: 'ratio',
  count: 'count',
  age: 'count',
  year: 'calendar',
  quarter: 'calendar',
  half: 'calendar',
  date: 'calendar',
  time: 'calendar',
  duration: 'duration',
  'duration-day': 'duration',
  'duration-hour': 'duration',
  ordinal: 'ordinal',
  fraction: 'fraction',
};

/** The family of a unit: currencies and per-share amounts are `money`. */
export function kindOfUnit(unit: FigureUnit): FigureKind {
  return KIND_OF_UNIT[unit] ?? 'money';
}

export function isCurrency(unit: string): unit is Currency {
  return unit.length === 3 && /^[A-Z]{3}$/.test(unit);
}

/** Money or money per share. */
export function isMoney(unit: string): boolean {
  return isCurrency(unit) || (unit.endsWith('/share') && isCurrency(unit.slice(0, 3)));
}

/** Rounds away binary noise: 308.5 * 1e6 is 308500000, not 308499999.99999994. */
export function round(v: number): number {
  // Integers below 2^53 carry no noise; skipping them keeps long runs of digits fast.
  if (Number.isSafeInteger(v) || !Number.isFinite(v) || v === 0) return v;
  return Number(v.toPrecision(12));
}
