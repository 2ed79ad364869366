// Runs every check over the transcript's paragraphs, in document order, and keeps the figure
// alignment that the metrics and hovers read.
import { extractChineseFigures, extractEnglishFigures, formatFix } from '../figures';
import type { Figure } from '../figures/types';
import { allTurns, type Paragraph, type TextSpan, type Transcript } from '../model';
import type { LineIndex } from '../text';
import { alignParagraph, ignoredKey, type Alignment } from './figures';
import { medianLengthRatio, truncated, untranslated } from './translation';
import type { Finding } from './types';

export interface CheckOptions {
  readonly roundingTolerance: number;
  readonly ignoredFigures: readonly string[];
}

export interface AlignedParagraph {
  readonly paragraph: Paragraph & { english: TextSpan; chinese: TextSpan };
  readonly alignment: Alignment;
  /** Spoken by the company (not the operator or an analyst). */
  readonly company: boolean;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly aligned: AlignedParagraph[];
}

export function runChecks(transcript: Transcript, lines: LineIndex, options: CheckOptions): CheckResult {
  const turns = allTurns(transcript);
  const median = medianLengthRatio(turns.flatMap((turn) => turn.paragraphs));
  const figureOptions = { roundingTolerance: options.roundingTolerance, ignored: new Set(options.ignoredFigures.map(ignoredKey)), formatFix };
  const rangeOf = (start: number, end: number) => lines.rangeOf(start, end);
  const findings: Finding[] = [];
  const aligned: AlignedParagraph[] = [];
  for (const turn of turns) {
    const company = turn.speaker.role === 'executive' || turn.speaker.role === 'unknown';
    for (const paragraph of turn.paragraphs) {
      const missing = untranslated(paragraph);
      if (missing) findings.push(missing);
      if (!paragraph.english || !paragraph.chinese) continue;
      const translated = paragraph as AlignedParagraph['paragraph'];
      const short = truncated(translated, median);
      if (short) findings.push(short);
      const english: Figure[] = extractEnglishFigures(translated.english.text);
      const chinese: Figure[] = extractChineseFigures(translated.chinese.text);
      const alignment = alignParagraph(translated, english, chinese, figureOptions, rangeOf);
      findings.push(...alignment.findings);
      aligned.push({ paragraph: translated, alignment, company });
    }
  }
  return { findings: findings.sort((a, b) => a.start - b.start || a.end - b.end), aligned };
}
