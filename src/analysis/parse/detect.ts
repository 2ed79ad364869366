// Is this text a bilingual transcript? Used to switch plain-text files to the transcript mode.
import { parseTranscript } from './parse';
import { countScripts } from '../text';

/** How much of a file the detector reads: enough for the first few turns of any layout. */
const SAMPLE = 64 * 1024;

export function looksLikeTranscript(text: string): boolean {
  let sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Do not cut a line in half: the last line may be a speaker line.
  if (sample.length < text.length) sample = sample.slice(0, Math.max(0, sample.lastIndexOf('\n')));
  const scripts = countScripts(sample);
  if (scripts.han === 0 || scripts.latin === 0) return false;
  const transcript = parseTranscript(sample);
  const turns = transcript.sections.reduce((sum, section) => sum + section.turns.length, 0);
  const paired = transcript.sections.some((section) => section.turns.some((turn) => turn.paragraphs.some((p) => p.english && p.chinese)));
  return transcript.layout !== 'unknown' && turns >= 2 && paired;
}
