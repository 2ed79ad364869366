// Runs every check over the transcript's paragraphs, in document order.
import type { Transcript } from '../model';
import { allTurns } from '../model';
import { medianLengthRatio, truncated, untranslated } from './translation';
import type { Finding } from './types';

export interface CheckOptions {
  readonly roundingTolerance: number;
  readonly ignoredFigures: readonly string[];
}

export function runChecks(transcript: Transcript, _options: CheckOptions): Finding[] {
  const paragraphs = allTurns(transcript).flatMap((turn) => turn.paragraphs);
  const median = medianLengthRatio(paragraphs);
  const findings: Finding[] = [];
  for (const paragraph of paragraphs) {
    const missing = untranslated(paragraph);
    if (missing) findings.push(missing);
    const short = truncated(paragraph, median);
    if (short) findings.push(short);
  }
  return findings.sort((a, b) => a.start - b.start);
}
