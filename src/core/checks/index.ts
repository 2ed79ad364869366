// Runs every check over the transcript's paragraphs, in document order, and keeps the figure
// alignment that the metrics and hovers read.
import { extractChineseFigures, extractEnglishFigures, formatFix } from '../figures';
import type { Figure } from '../figures/types';
import { allTurns, type Paragraph, type TextSpan, type Transcript } from '../model';
import type { LineIndex } from '../text';
import { alignParagraph, ignoredKey, type Alignment } from './figures';
import type { AnalysisMemo } from '../memo';
import { pacer, type Steps } from '../steps';
import { medianLengthRatio, translationStats, truncated, untranslated } from './translation';
import type { Finding } from './types';

export interface CheckOptions {
  readonly roundingTolerance: number;
  readonly ignoredFigures: readonly string[];
}

type TranslatedParagraph = Paragraph & { english: TextSpan; chinese: TextSpan };

export interface AlignedParagraph {
  readonly paragraph: TranslatedParagraph;
  readonly alignment: Alignment;
  /** Spoken by the company (not the operator or an analyst). */
  readonly company: boolean;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly aligned: AlignedParagraph[];
}

export function* runChecks(transcript: Transcript, lines: LineIndex, options: CheckOptions, memo: AnalysisMemo): Steps<CheckResult> {
  const pause = pacer();
  const turns = allTurns(transcript);
  const translated = turns.flatMap((turn) => turn.paragraphs.filter((p): p is TranslatedParagraph => p.english !== null && p.chinese !== null).map((paragraph) => ({ turn, paragraph })));
  // Paragraphs are keyed by their text, so after an edit only the changed ones are worked again.
  const stats = translated.map(({ paragraph: { english, chinese } }) => memo.translation.get(`${english.text}\u0000${chinese.text}`, () => translationStats(english.text, chinese.text)));
  const median = medianLengthRatio(stats);
  const figureOptions = { roundingTolerance: options.roundingTolerance, ignored: new Set(options.ignoredFigures.map(ignoredKey)), formatFix };
  const rangeOf = (start: number, end: number) => lines.rangeOf(start, end);
  const findings: Finding[] = [];
  for (const turn of turns) {
    for (const paragraph of turn.paragraphs) {
      const missing = untranslated(paragraph);
      if (missing) findings.push(missing);
    }
  }
  const aligned: AlignedParagraph[] = [];
  for (const [i, { turn, paragraph }] of translated.entries()) {
    if (pause()) yield;
    const short = truncated(paragraph, stats[i], median);
    if (short) findings.push(short);
    const english: Figure[] = memo.englishFigures.get(paragraph.english.text, () => extractEnglishFigures(paragraph.english.text));
    const chinese: Figure[] = memo.chineseFigures.get(paragraph.chinese.text, () => extractChineseFigures(paragraph.chinese.text));
    const alignment = alignParagraph(paragraph, english, chinese, figureOptions, rangeOf);
    findings.push(...alignment.findings);
    aligned.push({ paragraph, alignment, company: turn.speaker.role === 'executive' || turn.speaker.role === 'unknown' });
  }
  return { findings: findings.sort((a, b) => a.start - b.start || a.end - b.end), aligned };
}
