// Adversarial inputs for the benchmark and the tests: texts built to make a parser or a regular
// expression work harder than the size of the text, and a normal transcript of the same size.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis/analyze';
import { adversarial, frontOf } from './synth';

export const SEED_FILES = ['seeds/000_fc229bb68bbd6b60.txt', 'seeds/002_f7a40acd86bfc4bc.txt'];

export function readSeeds(root: string): string[] {
  return SEED_FILES.map((file) => fs.readFileSync(path.join(root, file), 'utf8'));
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** `unit` repeated to about `targetBytes` of UTF-8. */
function repeatTo(unit: string, targetBytes: number): string {
  return unit.repeat(Math.max(1, Math.round(targetBytes / utf8Bytes(unit))));
}

/** A normal transcript of about `targetBytes`: the seeds one after the other, cut at a line end. */
export function normalTranscript(seeds: readonly string[], targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const seed = seeds[i % seeds.length];
    parts.push(seed);
    bytes += utf8Bytes(seed) + 1;
  }
  const text = parts.join('\n');
  const cut = text.lastIndexOf('\n', Math.round((text.length * targetBytes) / bytes));
  return cut > 0 ? text.slice(0, cut) : text;
}

/** The translated paragraph of the seeds with the most English figures: the densest real text. */
export function densestParagraph(seeds: readonly string[]): { english: string; chinese: string; front: string } {
  let best = { english: '', chinese: '', front: '', figures: -1 };
  for (const seed of seeds) {
    for (const { paragraph, alignment } of analyze(seed).aligned) {
      if (alignment.english.length > best.figures) best = { english: paragraph.english.text, chinese: paragraph.chinese.text, front: frontOf(seed), figures: alignment.english.length };
    }
  }
  return best;
}

/**
 * Hostile texts of about `targetBytes`: the benchmark's shared set (synth.ts), made with the seeds'
 * densest paragraph, and the shapes that set lacks.
 */
export function adversarialInputs(seeds: readonly string[], targetBytes: number): Record<string, string> {
  const { english, chinese, front } = densestParagraph(seeds);
  const lines = (unit: string) => repeatTo(unit + '\n', targetBytes);
  return {
    ...adversarial(targetBytes, english, chinese, front),
    'lines of 萬億': lines('萬億'.repeat(300)),
    'one line of 1萬億': repeatTo('1萬億', targetBytes),
    'one line of CJK numerals': repeatTo('一二三四五六七八九十百千萬億', targetBytes),
    // Runs the figure readers scan number by number (they were timed unit tests once).
    ...Object.fromEntries(['1.2 ', '1 ', '1-', 'a1', '1, ', 'one ', '$1,1', '3.085億美元,年增32%,'].map((unit) => [`one line of "${unit}"`, repeatTo(unit, targetBytes)])),
    'lines "John Smith:"': lines('John Smith:'),
    'lines "- John Smith"': lines('- John Smith'),
    'lines "John Smith: $1.5 million, up 32%."': lines('John Smith: Revenue was $1.5 million, up 32%.'),
    'front-matter line: word, space run, word': `Acme${' '.repeat(Math.max(1, targetBytes - 5))}x`,
    // The operator's introduction is searched for the analyst's firm.
    'operator introduction "question from A with B with B …"': `Questions & Answers:\n\nOperator\n\nOur next question from Jane${repeatTo(' with Xyz', targetBytes)}. Thanks\n\nJane Doe -- Analyst\n\nHow was the quarter?\n`,
  };
}
