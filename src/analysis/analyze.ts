// The one entry point every feature reads: text in, analysis out.
import { runChecks, type AlignedParagraph } from './checks';
import type { Finding } from './checks/types';
import { AnalysisMemo } from './memo';
import { callInfo, extractMetrics } from './metrics/metrics';
import type { Transcript } from './model';
import { parseSteps } from './parse/parse';
import type { CallInfo, Metric } from './metrics/types';
import { qaExchanges, speakerStats, type QaExchange, type SpeakerStat } from './metrics/speakerStats';
import type { AnalyzeOptions } from './settings';
import { runToEnd, type Steps } from './steps';
import { LineIndex, splitLineSteps } from './text';

export interface Analysis {
  readonly transcript: Transcript;
  /** Translation problems, in document order. */
  readonly findings: readonly Finding[];
  /** Translated paragraphs with their figures aligned across the two languages. */
  readonly aligned: readonly AlignedParagraph[];
  readonly call: CallInfo;
  readonly metrics: readonly Metric[];
  readonly speakers: readonly SpeakerStat[];
  readonly qa: readonly QaExchange[];
}

export type { AnalyzeOptions };
export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { roundingTolerance: 0, ignoredFigures: [] };

/**
 * `memo` carries per-paragraph results from the previous analysis of the same document (see memo.ts);
 * without one, everything is computed afresh.
 */
export function analyze(text: string, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS, memo: AnalysisMemo = new AnalysisMemo()): Analysis {
  return runToEnd(analyzeSteps(text, options, memo));
}

/** The same analysis as a generator that offers to pause every CHARACTERS_PER_PAUSE characters of work (see steps.ts). */
export function* analyzeSteps(text: string, options: AnalyzeOptions, memo: AnalysisMemo): Steps<Analysis> {
  const split = yield* splitLineSteps(text);
  const transcript = yield* parseSteps(text, split);
  const lines = new LineIndex(split);
  const { findings, aligned } = yield* runChecks(transcript, lines, options, memo);
  const call = callInfo(transcript);
  const metrics = yield* extractMetrics(
    memo,
    aligned.map(({ paragraph, alignment, company }) => ({ paragraph, english: alignment.english, company, counterpart: (figure) => alignment.pairs.get(figure) ?? null })),
    call,
    (start, end) => lines.rangeOf(start, end),
  );
  const speakers = yield* speakerStats(transcript, memo);
  memo.nextGeneration();
  return { transcript, findings, aligned, call, metrics, speakers, qa: qaExchanges(transcript) };
}
