// `npm run eval`: precision and recall per diagnostic code on the seeds (real problems, labelled) and on
// variants with injected errors of every kind, in Traditional and Simplified Chinese.
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import { analyze } from '../../src/analysis/analyze';
import { FINDING_CODES, type FindingCode } from '../../src/analysis/checks/types';
import { evaluateCorpus, formatTable } from './corpus';
import { evaluateEctsum, printEctsum } from './ectsum';
import { evaluateHuman, printHuman } from './human';
import { printNamesEvaluation } from './names';
import { inject, type Kind, type Label, type Variant } from './inject';
import { SEED_LABELS } from './labels';

/** The repository's seeds, found upwards from the compiled script (out/eval or out/unit). */
function seedsFolder(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'seeds')) && fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'seeds');
  }
  throw new Error('seeds/ not found above ' + __dirname);
}
const SEEDS = seedsFolder();
const KINDS: Kind[] = ['value', 'scale', 'missing', 'extra', 'direction'];
const PER_VARIANT = 8;
/**
 * Untranslated lines are labelled by rule (the seed's English with no Chinese), not by hand; the name
 * codes are scored by test/eval/names.ts against their own labels (namesLabels.json), not here.
 */
const NOT_SCORED_HERE: readonly FindingCode[] = ['untranslated', 'name-missing', 'name-inconsistent', 'term-mismatch'];
const SCORED: FindingCode[] = FINDING_CODES.filter((code) => !NOT_SCORED_HERE.includes(code));

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

function score(variant: Variant, tallies: Map<FindingCode, Tally>, misses: string[], falseAlarms: string[]): number {
  const findings = analyze(variant.text).findings.filter((f) => SCORED.includes(f.code));
  const key = (code: string, line: number) => `${code}@${line}`;
  const expected = new Map(variant.labels.map((label) => [key(label.code, label.line), label]));
  const tolerated = new Set(variant.tolerated.map((t) => key(t.code, t.line)));
  const found = new Set<string>();
  let alarms = 0;
  for (const finding of findings) {
    const k = key(finding.code, finding.range.start.line);
    const tally = tallies.get(finding.code)!;
    if (expected.has(k)) {
      if (!found.has(k)) tally.tp++;
      found.add(k);
    } else if (!tolerated.has(k)) {
      tally.fp++;
      alarms++;
      falseAlarms.push(`${variant.name}:${finding.range.start.line + 1} ${finding.code} ${(finding.chinese ?? finding.english)?.text.slice(0, 40)}`);
    }
  }
  for (const [k, label] of expected) {
    if (found.has(k)) continue;
    tallies.get(label.code)!.fn++;
    misses.push(`${variant.name}:${label.line + 1} ${label.code} (${label.note})`);
  }
  return alarms;
}

export interface EvalResult {
  readonly tallies: ReadonlyMap<FindingCode, Tally>;
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
  /** False alarms on each unmodified seed, per script. */
  readonly seedAlarms: ReadonlyArray<{ readonly name: string; readonly alarms: number }>;
}

export function evaluate(): EvalResult {
  const tallies = new Map<FindingCode, Tally>(SCORED.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const seedAlarms: Array<{ name: string; alarms: number }> = [];
  let seed = 1;
  for (const file of fs.readdirSync(SEEDS).sort()) {
    const traditional = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const real: Label[] = (SEED_LABELS[file] ?? []).map((label) => ({ code: label.code, line: label.line - 1, note: label.note }));
    for (const [script, text] of [['traditional', traditional], ['simplified', toSimplified(traditional)]] as const) {
      const name = `${file} (${script})`;
      const alarms = score({ name, text, labels: real, tolerated: [] }, tallies, misses, falseAlarms);
      seedAlarms.push({ name, alarms });
      const analysis = analyze(text);
      for (const kind of KINDS) {
        const variant = inject(name, text, analysis, kind, PER_VARIANT, seed++, script === 'simplified');
        score({ ...variant, labels: [...real, ...variant.labels] }, tallies, misses, falseAlarms);
      }
    }
  }
  return { tallies, misses, falseAlarms, seedAlarms };
}

function main(): void {
  const { tallies, misses, falseAlarms, seedAlarms } = evaluate();
  const pct = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '  —  ');
  console.log('code                    TP   FP   FN  precision  recall');
  for (const [code, { tp, fp, fn }] of tallies) {
    console.log(`${code.padEnd(22)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${pct(tp / (tp + fp)).padStart(9)}  ${pct(tp / (tp + fn)).padStart(6)}`);
  }
  const figureCodes = ['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch'] as const;
  const sum = (field: keyof Tally) => figureCodes.reduce((total, code) => total + tallies.get(code)![field], 0);
  console.log(`figure codes together  ${String(sum('tp')).padStart(4)} ${String(sum('fp')).padStart(4)} ${String(sum('fn')).padStart(4)}  ${pct(sum('tp') / (sum('tp') + sum('fp'))).padStart(9)}  ${pct(sum('tp') / (sum('tp') + sum('fn'))).padStart(6)}`);
  console.log('\nFalse alarms on the unmodified seeds:');
  for (const { name, alarms } of seedAlarms) console.log(`  ${name}: ${alarms} false alarm(s)`);
  if (process.argv.includes('--verbose')) {
    console.log('\nMissed:');
    for (const line of misses) console.log(`  ${line}`);
    console.log('\nFalse alarms:');
    for (const line of falseAlarms) console.log(`  ${line}`);
  } else {
    console.log(`\n${misses.length} missed, ${falseAlarms.length} false alarms in all (--verbose lists them).`);
  }
  // The figure corpus (test/eval/corpus/): the dev split, and the held-out test split only with --final.
  for (const split of process.argv.includes('--final') ? (['dev', 'test'] as const) : (['dev'] as const)) {
    for (const report of evaluateCorpus(split).scripts) console.log(`\n${formatTable(split, report).join('\n')}`);
  }
  // Human translations (WMT, NTREX), fetched beforehand: `npm run eval -- --data DIR [--systems]`.
  const args = process.argv.slice(2);
  const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : process.env.TRANSCRIPT_REVIEW_EVAL_DATA;
  const human = dataDir ? evaluateHuman(dataDir, { systems: args.includes('--systems') }) : null;
  if (human) printHuman(human);
  else console.log('\nHuman translations: skipped (no data; see test/eval/human.ts for how to fetch it, then `npm run eval -- --data DIR`).');
  // Key metrics on ECTSum's train and val calls, from the same folder (test/eval/ectsum.ts).
  printEctsum(dataDir ? evaluateEctsum(dataDir) : null, args.includes('--verbose'));
  // Names: the seeds' labelled cases, injected errors in both scripts, the corpus's correct pairs (test/eval/names.ts).
  console.log('\nName checks');
  printNamesEvaluation();
}

if (require.main === module) main();
