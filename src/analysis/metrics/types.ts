// Everything the review panel, the HTML report and `transcript-review metrics` show, as plain data.
import type { Currency } from '../figures/lexicon';
import type { Range } from '../model';

/**
 * A metric's unit: money in the ISO currency the call states it in (`USD`, `CNY`, `EUR`), money per share
 * or per ADS (`USD/share`), a percentage, a count or basis points.
 */
export type MetricUnit = Currency | `${Currency}/share` | 'percent' | 'count' | 'bp';

export interface MetricSource {
  readonly text: string;
  /** 0-based line. */
  readonly line: number;
  /** Offsets in the document. */
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

export interface Metric {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: MetricUnit;
  readonly period: string | null;
  readonly guidance: boolean;
  readonly english: MetricSource;
  readonly chinese: MetricSource | null;
  /** Whether the English paragraph has a translation at all (false: nothing to check against). */
  readonly translated: boolean;
  /** Whether the Chinese figure agrees; null where there is no Chinese counterpart or no translation. */
  readonly consistent: boolean | null;
}

/** A money amount or percentage the company stated that no metric took. */
export interface OtherFigure {
  readonly value: number;
  readonly unit: MetricUnit;
  readonly english: MetricSource;
  /** The sentence it stands in, clipped to SENTENCE_LIMIT characters. */
  readonly sentence: string;
  readonly translated: boolean;
}

export interface CallInfo {
  readonly company: string | null;
  readonly period: string | null;
  readonly date: string | null;
}
