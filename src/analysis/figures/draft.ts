// A figure while a reader builds it. Both readers keep the same fields; each adds where the figure
// stands in its own terms (token indices in English, character offsets in Chinese), reads the
// context, and then turns the draft into a `Figure` with `toFigure`.
import { kindOfUnit, type Approximation, type Direction, type Figure, type FigureNote, type FigureUnit } from './types';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Draft {
  /** Normalised value; the midpoint of a range. */
  value: number;
  unit: FigureUnit;
  /** Scale word or character as written: `million`, `bn`, `億`. */
  scale?: string;
  /** Ranges only: both ends. */
  low?: number;
  high?: number;
  approx: Approximation | null;
  direction: Direction | null;
  salient: boolean;
  /** Digits that belong to a name. */
  label?: true;
  /** The figure takes approximation and direction words from its context. */
  contextual: boolean;
  /** Written in words or Chinese numerals rather than digits. */
  spelled: boolean;
  /** Written as a fiscal year. */
  fiscal?: boolean;
  note?: FigureNote;
  /** Money in bare `元` with no currency named before it. */
  impliedCurrency?: true;
}

/** The figure a draft stands for, at `start`–`end` of the paragraph `text`; `scale` as it is to be reported. */
export function toFigure(d: Draft, text: string, start: number, end: number, scale = d.scale): Figure {
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
  if (scale) f.scale = scale;
  if (d.label) f.label = true;
  if (d.fiscal) f.fiscal = true;
  if (d.spelled) f.spelled = true;
  if (d.note) f.note = d.note;
  if (d.impliedCurrency) f.impliedCurrency = true;
  return f;
}

/** A year written with two or four digits: `24` (in `FY24`, `Q1'24`) → 2024. */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}
