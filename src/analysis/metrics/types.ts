// Everything the review panel, the HTML report and `transcript-review metrics` show, as plain data.
import type { Finding, Severity } from '../checks/types';
import type { Range } from '../model';
import type { QaExchange, SpeakerStat } from './speakerStats';

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

export interface ProblemRow {
  readonly finding: Finding;
  readonly severity: Severity;
  readonly message: string;
}

export interface Review {
  readonly call: CallInfo;
  readonly metrics: readonly Metric[];
  readonly speakers: readonly SpeakerStat[];
  readonly qa: readonly QaExchange[];
  readonly problems: readonly ProblemRow[];
}
