// What the name checks cost: the name step alone (on a transcript already split and parsed, as
// analyze() hands it over) beside the whole analyze(), timed in alternation in one loop so that a change
// in the machine's load touches both. "adds" = names / (analyze - names): what the step adds to an
// analysis without it (target ≤ 15%); growth 10 MB / 1 MB shows it stays linear (target ≤ 11×).
import { analyze, DEFAULT_ANALYZE_OPTIONS } from '../../src/analysis/analyze';
import { AnalysisMemo } from '../../src/analysis/memo';
import { nameCheckSteps } from '../../src/analysis/names';
import { parseSteps } from '../../src/analysis/parse/parse';
import { runToEnd } from '../../src/analysis/steps';
import { splitLines } from '../../src/analysis/text';
import { gc, keep, median, now } from './measure';

export interface NamesRow {
  readonly name: string;
  readonly bytes: number;
  readonly runs: number;
  readonly analyzeMs: number;
  readonly namesMs: number;
  /** names / (analyze - names). */
  readonly adds: number;
}

export function measureNames(inputs: ReadonlyArray<{ name: string; text: string; bytes: number }>, quick: boolean): NamesRow[] {
  return inputs.map((input) => {
    const lines = splitLines(input.text);
    const transcript = runToEnd(parseSteps(input.text, lines));
    const names = () => runToEnd(nameCheckSteps(lines, transcript, { ignoredNames: [] }, DEFAULT_ANALYZE_OPTIONS.glossary));
    // A fresh memo each run: the whole analysis, as on opening a document.
    const whole = () => analyze(input.text, DEFAULT_ANALYZE_OPTIONS, new AnalysisMemo());
    const runs = input.bytes > 3e6 ? (quick ? 1 : 3) : input.bytes > 3e5 ? (quick ? 2 : 5) : quick ? 5 : 20;
    keep(whole().findings.length);
    keep(names().findings.length);
    const analyzeTimes: number[] = [];
    const namesTimes: number[] = [];
    // Only a count of each result is kept: a 10 MB analysis held on the heap would slow the name step's
    // collections and make it look less linear than it is.
    for (let i = 0; i < runs; i++) {
      gc();
      let start = now();
      keep(whole().findings.length);
      analyzeTimes.push(now() - start);
      gc();
      start = now();
      keep(names().findings.length);
      namesTimes.push(now() - start);
    }
    const analyzeMs = median(analyzeTimes);
    const namesMs = median(namesTimes);
    return { name: input.name, bytes: input.bytes, runs, analyzeMs, namesMs, adds: namesMs / (analyzeMs - namesMs) };
  });
}
