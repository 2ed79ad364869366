// The peer the benchmark compares with: Microsoft Recognizers-Text reading the numbers of the same
// paragraphs (English and Chinese), loaded on first use so that its start-up is measured apart.
import { createRequire } from 'module';
import * as path from 'path';
import type * as RecognizersText from '@microsoft/recognizers-text-suite';
import type { Analysis } from '../../src/analysis/analyze';
import { now } from './measure';

export interface Paragraphs {
  readonly english: string[];
  readonly chinese: string[];
}

export function paragraphsOf(analysis: Analysis): Paragraphs {
  const english: string[] = [];
  const chinese: string[] = [];
  for (const section of analysis.transcript.sections) {
    for (const turn of section.turns) {
      for (const paragraph of turn.paragraphs) {
        if (paragraph.english) english.push(paragraph.english.text);
        if (paragraph.chinese) chinese.push(paragraph.chinese.text);
      }
    }
  }
  return { english, chinese };
}

type Recognizers = typeof RecognizersText;
let recognizers: Recognizers | null = null;
let peerLoadMs: number | null = null;
function peer(root: string): Recognizers {
  if (!recognizers) {
    const start = now();
    // Loaded on first use, so that its start-up is measured apart (peerLoadMs).
    // Resolved from the repository, wherever this bundle is. A synchronous load, timed on its own.
    recognizers = createRequire(path.join(root, 'package.json'))('@microsoft/recognizers-text-suite') as Recognizers;
    peerLoadMs = now() - start;
  }
  return recognizers;
}

/** Recognizers-Text numbers over the paragraphs, the library resolved from the repository at `root`. */
export function runPeer(paragraphs: Paragraphs, root: string): number {
  const { recognizeNumber, Culture } = peer(root);
  let found = 0;
  for (const text of paragraphs.english) found += recognizeNumber(text, Culture.English).length;
  for (const text of paragraphs.chinese) found += recognizeNumber(text, Culture.Chinese).length;
  return found;
}

/** How long the library took to load, once loaded. */
export function peerLoadTime(): number | null {
  return peerLoadMs;
}
