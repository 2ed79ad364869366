// The one entry point every feature reads: text in, analysis out.
import type { Transcript } from './model';
import { parseTranscript } from './parse';

export interface Analysis {
  readonly transcript: Transcript;
}

export function analyze(text: string): Analysis {
  return { transcript: parseTranscript(text) };
}
