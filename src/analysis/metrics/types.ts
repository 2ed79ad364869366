// Everything the review panel, the HTML report and `transcript-review metrics` show, as plain data.
import type { Range } from '../model';

export type MetricUnit = 'USD' | 'USD/share' | 'percent' | 'count' | 'bp';

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
  /** Whether the Chinese figure agrees; null where there is no Chinese counterpart. */
  readonly consistent: boolean | null;
}

export interface CallInfo {
  readonly company: string | null;
  readonly period: string | null;
  readonly date: string | null;
}
