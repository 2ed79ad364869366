// The one entry point every feature reads: text in, analysis out.
import { runChecks } from './checks';
import type { Finding } from './checks/types';
import type { Transcript } from './model';
import { parseTranscript } from './parse';
import type { CallInfo, Metric } from './review';
import { qaExchanges, speakerStats, type QaExchange, type SpeakerStat } from './speakerStats';

export interface Analysis {
  readonly transcript: Transcript;
  /** Translation problems, in document order. */
  readonly findings: readonly Finding[];
  readonly call: CallInfo;
  readonly metrics: readonly Metric[];
  readonly speakers: readonly SpeakerStat[];
  readonly qa: readonly QaExchange[];
}

/** What the checks take from the user's settings. */
export interface AnalyzeOptions {
  readonly roundingTolerance: number;
  readonly ignoredFigures: readonly string[];
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { roundingTolerance: 0.005, ignoredFigures: [] };

export function analyze(text: string, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): Analysis {
  const transcript = parseTranscript(text);
  return {
    transcript,
    findings: runChecks(transcript, options),
    call: { company: null, period: null, date: null },
    metrics: [],
    speakers: speakerStats(transcript),
    qa: qaExchanges(transcript),
  };
}
