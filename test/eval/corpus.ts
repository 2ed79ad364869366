// Scores the figure checks on the bilingual sentence corpus (test/eval/corpus/): false alarms on the
// correct translations, and, per kind of error, how many wrong translations are caught and with the
// code that names the error. In Traditional Chinese as written and in Simplified (opencc-js).
// `masked` counts errors that changed the paragraph's findings only into findings of codes the correct
// translation already had (a figure already reported wrong), which the comparison of codes cannot see.
//
// Run (the dev split; `--final` adds the held-out test split, `--examples N` prints examples, `--out DIR`
// writes the JSON reports there instead of out/eval):
//   npx esbuild test/eval/corpus.ts --bundle --platform=node --target=node20 --outfile=/tmp/evalc/corpus.js && node /tmp/evalc/corpus.js
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import * as z from 'zod';
import { analyze } from '../../src/analysis/analyze';
import type { CheckFigure } from '../../src/analysis/checks/alignment';
import type { Finding } from '../../src/analysis/checks/types';
import { formatFinding, formatValue } from '../../src/presentation/messages';
import { FINDING_CODES, type FindingCode } from '../../src/shared/vocabulary';
import { buildTranscript, resultsPerEntry, type Entry, type EntryResult } from './corpusTranscript';

export type Split = 'dev' | 'test';
export type Script = 'traditional' | 'simplified';
export const SCRIPTS: readonly Script[] = ['traditional', 'simplified'];

export const KINDS = ['value', 'scale', 'currency', 'unit', 'direction', 'date', 'time', 'dropped', 'added', 'identifier'] as const;
export type Kind = (typeof KINDS)[number];
const FAMILIES = [
  'money', 'per-share', 'percent', 'pp', 'bp', 'count', 'multiple', 'year', 'fiscal-year', 'quarter', 'half', 'date', 'day-of-month',
  'time', 'duration', 'ordinal', 'fraction', 'age', 'identifier', 'range', 'signed', 'trillion', 'approximation', 'direction', 'spelled',
] as const;

export const FIGURE_CODES = [
  'figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch', 'approximation-lost',
] as const satisfies readonly FindingCode[];
export type FigureCode = (typeof FIGURE_CODES)[number];
// esbuild bundles without type checking: check at run time too that these are the engine's codes.
for (const code of FIGURE_CODES) if (!FINDING_CODES.includes(code)) throw new Error(`unknown finding code ${code}`);

/** The code that names each kind of error. */
export const EXPECTED_CODE: Readonly<Record<Kind, FigureCode>> = {
  value: 'figure-mismatch', currency: 'figure-mismatch', unit: 'figure-mismatch', date: 'figure-mismatch', time: 'figure-mismatch',
  identifier: 'figure-mismatch', scale: 'figure-scale', direction: 'direction-mismatch', dropped: 'figure-missing', added: 'figure-extra',
};

const PairSchema = z.strictObject({
  id: z.string().regex(/^(dev|test)-[a-z0-9-]+$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
  industry: z.string(),
  families: z.array(z.enum(FAMILIES)),
  en: z.string().min(1),
  zh: z.string().min(1),
  wrong: z.array(z.strictObject({ kind: z.enum(KINDS), zh: z.string().min(1), note: z.string() })).min(1),
});
export type Pair = z.infer<typeof PairSchema>;

/** The repository, found upwards from this script wherever it is bundled to (out/eval, /tmp/…, or run from test/eval). */
function repositoryRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    }
  }
  throw new Error(`repository (package.json and seeds/) not found above ${__dirname} or ${process.cwd()}`);
}

/** Every pair of a split, validated; throws naming the file and line of the first bad one. */
export function loadCorpus(split: Split): Pair[] {
  const folder = path.join(repositoryRoot(), 'test', 'eval', 'corpus', split);
  const pairs: Pair[] = [];
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    fs.readFileSync(path.join(folder, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${split}/${file}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
      const parsed = PairSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
      if (!parsed.data.id.startsWith(`${split}-`)) throw new Error(`${where}: id ${parsed.data.id} in the ${split} split`);
      if (parsed.data.wrong.some((wrong) => wrong.zh === parsed.data.zh)) throw new Error(`${where}: a wrong translation equals the correct one`);
      pairs.push(parsed.data);
    });
  }
  if (new Set(pairs.map((pair) => pair.id)).size !== pairs.length) throw new Error(`duplicate ids in the ${split} split`);
  return pairs;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

function inScript(pairs: readonly Pair[], script: Script): readonly Pair[] {
  if (script === 'traditional') return pairs;
  return pairs.map((pair) => ({ ...pair, zh: toSimplified(pair.zh), wrong: pair.wrong.map((wrong) => ({ ...wrong, zh: toSimplified(wrong.zh) })) }));
}

export interface FalseAlarm {
  readonly id: string;
  readonly code: FigureCode;
  readonly message: string;
  readonly en: string;
  readonly zh: string;
  /** What the engine read on each side (see describeFigures). */
  readonly figures: { readonly en: readonly string[]; readonly zh: readonly string[] };
}

export interface Miss {
  readonly id: string;
  readonly kind: Kind;
  readonly note: string;
  /** `missed`: no finding the correct translation lacks; `wrong-code`: new findings, none with the expected code. */
  readonly status: 'missed' | 'wrong-code';
  readonly en: string;
  /** The wrong translation, and the correct one it differs from. */
  readonly zh: string;
  readonly correctZh: string;
  /** The codes the correct translation lacks, and those it already had (an error there can hide behind them). */
  readonly newCodes: readonly FindingCode[];
  readonly correctCodes: readonly FindingCode[];
  /** Every finding of the wrong translation, as `code: message`. */
  readonly findings: readonly string[];
  readonly figures: { readonly en: readonly string[]; readonly zh: readonly string[] };
}

export interface KindScore {
  readonly total: number;
  readonly caught: number;
  readonly rightCode: number;
  readonly caughtRate: number;
  readonly rightCodeRate: number;
  /** Missed although the findings changed (other figures or values, same codes): the error hides behind a finding the correct translation already had. */
  readonly masked: number;
  /** What the missed and mis-coded ones got: the new codes joined with `+`, or `nothing new`. */
  readonly instead: Readonly<Record<string, number>>;
}

export interface ScriptReport {
  readonly script: Script;
  readonly pairs: number;
  /** Correct pairs with at least one finding of a figure code, and per code (pairs, not findings). */
  readonly falseAlarmPairs: number;
  readonly falseAlarmRate: number;
  readonly falseAlarmsByCode: Readonly<Record<FigureCode, number>>;
  readonly kinds: Readonly<Record<Kind, KindScore>>;
  /** Unchanged pairs whose findings changed between the correct transcript and a round (the document-wide length median moved); should be 0. */
  readonly drift: number;
  readonly falseAlarms: readonly FalseAlarm[];
  readonly misses: readonly Miss[];
}

export interface CorpusReport {
  readonly split: Split;
  readonly scripts: readonly ScriptReport[];
}

export interface CorpusOptions {
  readonly scripts?: readonly Script[];
  /** The pairs to score instead of the split's files (tests). */
  readonly pairs?: readonly Pair[];
}

function analyzeEntries(entries: readonly Entry[]): EntryResult[] {
  const transcript = buildTranscript(entries);
  return resultsPerEntry(transcript, analyze(transcript.text));
}

/** The findings of `variant` beyond those of `correct`, comparing multisets of codes. */
function newFindings(correct: readonly Finding[], variant: readonly Finding[]): Finding[] {
  const left = new Map<FindingCode, number>();
  for (const { code } of correct) left.set(code, (left.get(code) ?? 0) + 1);
  return variant.filter(({ code }) => {
    const count = left.get(code) ?? 0;
    left.set(code, count - 1);
    return count <= 0;
  });
}

/** `"$4.2 billion" = 4,200,000,000 USD up ↔ "42 億美元"`: each figure the engine read, and its counterpart. */
function describeFigures({ aligned: { alignment } }: EntryResult): Miss['figures'] {
  const describe = (figure: CheckFigure): string =>
    [`"${figure.text}" = ${formatValue(figure.value, figure.unit)}`, figure.direction, figure.approx && `~${figure.approx}`, figure.label && '(label)', !figure.salient && '(weak)']
      .filter(Boolean)
      .join(' ');
  const counterpart = (figure: CheckFigure): string => {
    const pair = alignment.pairs.get(figure);
    return pair ? ` ↔ "${pair.figure.text}"${pair.agrees ? '' : ' (disagrees)'}` : '';
  };
  return { en: alignment.english.map((figure) => describe(figure) + counterpart(figure)), zh: alignment.chinese.map(describe) };
}

const messages = ({ findings }: EntryResult): string => findings.map((finding) => formatFinding(finding)).sort().join('\n');
const isFigureCode = (code: FindingCode): code is FigureCode => (FIGURE_CODES as readonly FindingCode[]).includes(code);
const rate = (count: number, total: number): number => (total ? count / total : 0);

export function evaluateScript(allPairs: readonly Pair[], script: Script): ScriptReport {
  const pairs = inScript(allPairs, script);
  const correct = analyzeEntries(pairs);
  const falseAlarms: FalseAlarm[] = [];
  const falseAlarmsByCode = Object.fromEntries(FIGURE_CODES.map((code) => [code, 0])) as Record<FigureCode, number>;
  let falseAlarmPairs = 0;
  pairs.forEach((pair, i) => {
    const alarms = correct[i].findings.filter((finding) => isFigureCode(finding.code));
    if (alarms.length) falseAlarmPairs++;
    for (const code of new Set(alarms.map((finding) => finding.code as FigureCode))) falseAlarmsByCode[code]++;
    for (const finding of alarms) {
      falseAlarms.push({ id: pair.id, code: finding.code as FigureCode, message: formatFinding(finding), en: pair.en, zh: pair.zh, figures: describeFigures(correct[i]) });
    }
  });

  const tallies = Object.fromEntries(KINDS.map((kind) => [kind, { total: 0, caught: 0, rightCode: 0, masked: 0, instead: {} as Record<string, number> }]));
  const misses: Miss[] = [];
  let drift = 0;
  // Round k puts the k-th wrong translation of every pair that has one into one transcript.
  const rounds = Math.max(...pairs.map((pair) => pair.wrong.length));
  for (let k = 0; k < rounds; k++) {
    const results = analyzeEntries(pairs.map((pair) => ({ ...pair, zh: pair.wrong[k]?.zh ?? pair.zh })));
    pairs.forEach((pair, i) => {
      const added = newFindings(correct[i].findings, results[i].findings);
      const wrong = pair.wrong[k];
      if (!wrong) {
        if (added.length || newFindings(results[i].findings, correct[i].findings).length) drift++;
        return;
      }
      const tally = tallies[wrong.kind];
      const newCodes = added.map((finding) => finding.code);
      tally.total++;
      if (added.length) tally.caught++;
      if (newCodes.includes(EXPECTED_CODE[wrong.kind])) {
        tally.rightCode++;
        return;
      }
      const correctCodes = correct[i].findings.map((finding) => finding.code);
      if (!added.length && messages(results[i]) !== messages(correct[i])) tally.masked++;
      const instead = newCodes.length ? [...new Set(newCodes)].sort().join('+') : 'nothing new';
      tally.instead[instead] = (tally.instead[instead] ?? 0) + 1;
      misses.push({
        id: pair.id, kind: wrong.kind, note: wrong.note, status: added.length ? 'wrong-code' : 'missed', en: pair.en, zh: wrong.zh, correctZh: pair.zh,
        newCodes, correctCodes, findings: results[i].findings.map((finding) => `${finding.code}: ${formatFinding(finding)}`), figures: describeFigures(results[i]),
      });
    });
  }
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const { total, caught, rightCode, masked, instead } = tallies[kind];
      return [kind, { total, caught, rightCode, caughtRate: rate(caught, total), rightCodeRate: rate(rightCode, total), masked, instead }];
    }),
  ) as Record<Kind, KindScore>;
  return { script, pairs: pairs.length, falseAlarmPairs, falseAlarmRate: rate(falseAlarmPairs, pairs.length), falseAlarmsByCode, kinds, drift, falseAlarms, misses };
}

export function evaluateCorpus(split: Split, options: CorpusOptions = {}): CorpusReport {
  const pairs = options.pairs ?? loadCorpus(split);
  return { split, scripts: (options.scripts ?? SCRIPTS).map((script) => evaluateScript(pairs, script)) };
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`.padStart(6);

export function formatTable(split: Split, report: ScriptReport): string[] {
  const byCode = FIGURE_CODES.filter((code) => report.falseAlarmsByCode[code]).map((code) => `${code} ${report.falseAlarmsByCode[code]}`);
  const row = (name: string, { total, caught, rightCode, masked }: Omit<KindScore, 'caughtRate' | 'rightCodeRate' | 'instead'>): string =>
    `  ${name.padEnd(10)} ${String(total).padStart(5)}  ${String(caught).padStart(4)} ${percent(rate(caught, total))}   ${String(rightCode).padStart(4)} ${percent(rate(rightCode, total))}  ${String(masked).padStart(6)}`;
  const all = { total: 0, caught: 0, rightCode: 0, masked: 0 };
  for (const kind of KINDS) for (const key of Object.keys(all) as Array<keyof typeof all>) all[key] += report.kinds[kind][key];
  return [
    `${split}, ${report.script}: ${report.pairs} pairs`,
    `  false alarms on correct pairs: ${report.falseAlarmPairs}/${report.pairs} ${percent(report.falseAlarmRate)}  (${byCode.join(', ') || 'none'})`,
    `  kind       total  caught          right code    masked`,
    ...KINDS.map((kind) => row(kind, report.kinds[kind])),
    row('all', all),
    ...(report.drift ? [`  warning: ${report.drift} unchanged pair(s) changed findings between rounds`] : []),
  ];
}

function formatExamples(report: ScriptReport, count: number): string[] {
  const lines = [`  false alarms (${Math.min(count, report.falseAlarms.length)} of ${report.falseAlarms.length}):`];
  for (const alarm of report.falseAlarms.slice(0, count)) lines.push(`    ${alarm.id} ${alarm.message}`, `      EN ${alarm.en}`, `      ZH ${alarm.zh}`);
  for (const kind of KINDS) {
    const misses = report.misses.filter((miss) => miss.kind === kind);
    if (!misses.length) continue;
    lines.push(`  ${kind}: missed or mis-coded (${Math.min(count, misses.length)} of ${misses.length}):`);
    for (const miss of misses.slice(0, count)) {
      lines.push(`    ${miss.id} ${miss.status} [${miss.note}] new: ${miss.newCodes.join(', ') || 'none'}`, `      EN ${miss.en}`, `      ZH ${miss.zh}`);
      lines.push(`      read EN ${miss.figures.en.join('; ') || '-'}`, `      read ZH ${miss.figures.zh.join('; ') || '-'}`);
    }
  }
  return lines;
}

function main(args: readonly string[]): void {
  const at = args.indexOf('--examples');
  const examples = at >= 0 ? Number(args[at + 1]) : 0;
  if (!Number.isInteger(examples) || examples < 0) throw new Error('--examples needs a count');
  // The test split is held out: scored only when asked for explicitly, at the end of a piece of work.
  const splits: Split[] = args.includes('--final') ? ['dev', 'test'] : ['dev'];
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? args[outAt + 1] : path.join(repositoryRoot(), 'out', 'eval');
  fs.mkdirSync(outDir, { recursive: true });
  for (const split of splits) {
    const report = evaluateCorpus(split);
    for (const script of report.scripts) {
      console.log(formatTable(split, script).join('\n'));
      if (examples) console.log(formatExamples(script, examples).join('\n'));
      console.log('');
    }
    const file = path.join(outDir, `corpus-${split}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log(`written: ${path.relative(process.cwd(), file)}`);
  }
}

// Bundled into another script (eval.ts imports this module), `require.main === module` holds there
// too: run only when this file itself is the script.
if (require.main === module && /corpus\.[jt]s$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
