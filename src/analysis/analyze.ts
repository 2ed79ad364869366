// The one entry point every feature reads: text in, analysis out.
import { runChecks, type AlignedParagraph } from './checks';
import type { Finding } from './checks/types';
import { AnalysisMemo } from './memo';
import { callInfo, extractMetrics, type FigureParagraph } from './metrics/metrics';
import { spokenByCompany, type Paragraph, type Transcript } from './model';
import { parseSteps } from './parse/parse';
import type { CallInfo, Metric, OtherFigure } from './metrics/types';
import { qaExchanges, speakerStats, type QaExchange, type SpeakerStat } from './metrics/speakerStats';
import type { AnalyzeOptions } from './settings';
import { runToEnd, type Steps } from './steps';
import { LineIndex, splitLineSteps, type Line } from './text';
import { nameCheckSteps, type NameCheckResult, type NameEntry } from './names';

export interface Analysis {
  readonly transcript: Transcript;
  /** Translation problems, in document order. */
  readonly findings: readonly Finding[];
  /** Translated paragraphs with their figures aligned across the two languages. */
  readonly aligned: readonly AlignedParagraph[];
  readonly call: CallInfo;
  readonly metrics: readonly Metric[];
  /** Money and percentages the company stated that no metric took (capped). */
  readonly otherFigures: readonly OtherFigure[];
  readonly speakers: readonly SpeakerStat[];
  readonly qa: readonly QaExchange[];
  /** The people, organisations, products and glossary terms of the call, with their Chinese renderings. */
  readonly names: readonly NameEntry[];
}

export type { AnalyzeOptions };
export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { roundingTolerance: 0, ignoredFigures: [], ignoredNames: [], glossary: [] };

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
  const checked = yield* runChecks(transcript, lines, options, memo);
  const { aligned } = checked;
  const names = yield* nameSteps(split, transcript, options);
  const findings = [...checked.findings, ...names.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const call = callInfo(transcript);
  const { metrics, others } = yield* extractMetrics(memo, companyParagraphs(transcript, aligned, memo), call, (start, end) => lines.rangeOf(start, end));
  const speakers = yield* speakerStats(transcript, memo);
  memo.nextGeneration();
  return { transcript, findings, aligned, call, metrics, otherFigures: others, speakers, qa: qaExchanges(transcript), names: names.index };
}

/** The name checks, pausing between paragraphs like the rest of the analysis. */
function nameSteps(lines: readonly Line[], transcript: Transcript, options: AnalyzeOptions): Steps<NameCheckResult> {
  return nameCheckSteps(lines, transcript, { ignoredNames: options.ignoredNames }, options.glossary);
}

/**
 * The company's English paragraphs in document order: the translated ones with their aligned figures
 * (the checks decided which are the company's), and the untranslated ones of executives, of speakers
 * with no known role and of text outside any turn, with their English figures alone.
 */
function companyParagraphs(transcript: Transcript, aligned: readonly AlignedParagraph[], memo: AnalysisMemo): FigureParagraph[] {
  const result: FigureParagraph[] = aligned
    .filter(({ company }) => company)
    .map(({ paragraph, alignment }) => ({ paragraph, english: alignment.english, counterpart: (figure) => alignment.pairs.get(figure) ?? null }));
  const untranslated = (paragraph: Paragraph) => {
    const english = paragraph.english;
    if (!english || paragraph.chinese) return;
    result.push({ paragraph, english: memo.englishFiguresOf(english.text), counterpart: () => null });
  };
  for (const section of transcript.sections) {
    if (spokenByCompany(section, null)) section.paragraphs.forEach(untranslated);
    for (const turn of section.turns) if (spokenByCompany(section, turn)) turn.paragraphs.forEach(untranslated);
  }
  return result.sort((a, b) => (a.paragraph.english?.start ?? 0) - (b.paragraph.english?.start ?? 0));
}
