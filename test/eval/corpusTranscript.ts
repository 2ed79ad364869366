// Lays corpus sentence pairs out as one interleaved transcript (one paragraph per pair) and maps an
// analysis of it back to the pairs, so the figure checks run on the corpus exactly as on a real call.
import type { Analysis } from '../../src/analysis/analyze';
import type { AlignedParagraph } from '../../src/analysis/checks';
import type { Finding } from '../../src/analysis/checks/types';
import { allTurns } from '../../src/analysis/model';

/** One paragraph to lay out: an English sentence and the Chinese to check against it. */
export interface Entry {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
}

export interface CorpusTranscript {
  readonly text: string;
  readonly entries: readonly Entry[];
  /** 0-based line of each entry's English; its Chinese is on the next line. */
  readonly englishLines: readonly number[];
}

/** What the analysis made of one entry: its findings and the figures it read on both sides. */
export interface EntryResult {
  readonly findings: readonly Finding[];
  readonly aligned: AlignedParagraph;
}

// Real calls change speaker every few paragraphs; hundreds of paragraphs in one turn would test a
// shape the parser never sees, so the pairs are spread over turns of a few executives.
const SPEAKERS: readonly string[] = [
  'Jane Doe -- Chief Financial Officer',
  'John Smith -- Chief Executive Officer',
  'Maria Garcia -- Chief Operating Officer',
];
const PARAGRAPHS_PER_TURN = 20;

export function buildTranscript(entries: readonly Entry[]): CorpusTranscript {
  const lines: string[] = [];
  const englishLines: number[] = [];
  entries.forEach((entry, i) => {
    if (i % PARAGRAPHS_PER_TURN === 0) lines.push(SPEAKERS[(i / PARAGRAPHS_PER_TURN) % SPEAKERS.length], '');
    englishLines.push(lines.length);
    lines.push(entry.en, entry.zh, '');
  });
  return { text: lines.join('\n'), entries, englishLines };
}

/**
 * The analysis of `transcript.text`, entry by entry. Throws unless the parser read exactly one
 * translated paragraph per entry, on the expected lines and with the expected texts, and every
 * finding falls on an entry's lines: otherwise the scores would be about the layout, not the figures.
 */
export function resultsPerEntry(transcript: CorpusTranscript, analysis: Analysis): EntryResult[] {
  const { entries, englishLines } = transcript;
  const fail = (why: string): never => {
    throw new Error(`corpus transcript misread (layout ${analysis.transcript.layout}): ${why}`);
  };
  if (analysis.transcript.layout !== 'interleaved') fail('not read as interleaved');
  const paragraphs = allTurns(analysis.transcript).reduce((total, turn) => total + turn.paragraphs.length, 0);
  if (paragraphs !== entries.length) fail(`${paragraphs} paragraphs for ${entries.length} pairs`);
  if (analysis.aligned.length !== entries.length) fail(`${analysis.aligned.length} translated paragraphs for ${entries.length} pairs`);
  analysis.aligned.forEach(({ paragraph }, i) => {
    const { id, en, zh } = entries[i];
    if (paragraph.english.range.start.line !== englishLines[i] || paragraph.chinese.range.start.line !== englishLines[i] + 1) {
      fail(`${id}: paragraph read on lines ${paragraph.english.range.start.line + 1}/${paragraph.chinese.range.start.line + 1}`);
    }
    if (paragraph.english.text !== en.trim() || paragraph.chinese.text !== zh.trim()) fail(`${id}: paragraph text differs from the pair`);
  });
  const entryOfLine = new Map<number, number>(englishLines.flatMap((line, i) => [[line, i], [line + 1, i]]));
  const findings: Finding[][] = entries.map(() => []);
  for (const finding of analysis.findings) {
    const i = entryOfLine.get(finding.range.start.line);
    if (i === undefined) fail(`${finding.code} on line ${finding.range.start.line + 1}, outside every pair`);
    else findings[i].push(finding);
  }
  return entries.map((_, i) => ({ findings: findings[i], aligned: analysis.aligned[i] }));
}
