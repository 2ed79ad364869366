// False alarms of the figure checks on human translations (WMT news test sets and NTREX-128), and how
// often they flag machine translations (WMT system outputs). Nothing of the data is kept in this
// repository: the script reads the public repositories from a folder given at run time.
//
//   node human.js --data DIR [--systems] [--review N] [--out FILE]
//
// DIR (or $TRANSCRIPT_REVIEW_EVAL_DATA) holds one folder per repository whose name contains the
// repository's name (`wmt21-news-systems`, `NTREX`…): a bare git directory, a folder with one inside
// (`repo/`, `.git/`), or a checkout. Files are read with `git show HEAD:PATH` where no checkout has them.
//
// A pair is kept when both sides hold a digit (ASCII or full-width), or when the Chinese holds a Chinese
// numeral followed by 十/百/千/万/亿 (either script), 元, 倍, 岁 or %, or holds 百分之. Each set is analysed
// in its own script and converted to the other with opencc-js, as one interleaved transcript: a speaker
// line (again every five pairs), then for each pair its English line, its Chinese line and a blank line.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import { analyze } from '../../src/analysis/analyze';
import type { Finding, FindingCode } from '../../src/analysis/checks/types';
import { formatFinding } from '../../src/presentation/messages';
import reviewedList from './humanReviewed.json';

export const FIGURE_CODES: readonly FindingCode[] = ['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch', 'approximation-lost'];
type Script = 'traditional' | 'simplified';

interface SetSpec {
  readonly name: string;
  readonly repo: string;
  readonly english: string;
  readonly chinese: string;
  readonly script: Script;
}

const REPOS: Record<string, string> = {
  'wmt21-news-systems': 'wmt-conference/wmt21-news-systems',
  'wmt22-news-systems': 'wmt-conference/wmt22-news-systems',
  'wmt24-news-systems': 'wmt-conference/wmt24-news-systems',
  NTREX: 'MicrosoftTranslator/NTREX (CC BY-SA 4.0)',
};
const W21 = 'txt/%s/newstest2021.', W22 = 'txt/%s/generaltest2022.';
const at = (template: string, folder: string, file: string) => template.replace('%s', folder) + file;

/** Human translations: source and reference, English and Chinese, whichever side was the original. */
export const HUMAN_SETS: readonly SetSpec[] = [
  { name: 'wmt21-en-zh-A', repo: 'wmt21-news-systems', english: at(W21, 'sources', 'en-zh.src.en'), chinese: at(W21, 'references', 'en-zh.ref.A.zh'), script: 'simplified' },
  { name: 'wmt21-en-zh-B', repo: 'wmt21-news-systems', english: at(W21, 'sources', 'en-zh.src.en'), chinese: at(W21, 'references', 'en-zh.ref.B.zh'), script: 'simplified' },
  { name: 'wmt21-zh-en', repo: 'wmt21-news-systems', english: at(W21, 'references', 'zh-en.ref.A.en'), chinese: at(W21, 'sources', 'zh-en.src.zh'), script: 'simplified' },
  { name: 'wmt22-en-zh', repo: 'wmt22-news-systems', english: at(W22, 'sources', 'en-zh.src.en'), chinese: at(W22, 'references', 'en-zh.ref.A.zh'), script: 'simplified' },
  { name: 'wmt22-zh-en', repo: 'wmt22-news-systems', english: at(W22, 'references', 'zh-en.ref.A.en'), chinese: at(W22, 'sources', 'zh-en.src.zh'), script: 'simplified' },
  { name: 'wmt24-en-zh', repo: 'wmt24-news-systems', english: 'txt/sources/en-zh.txt', chinese: 'txt/references/en-zh.refA.txt', script: 'simplified' },
  { name: 'ntrex-zho-TW', repo: 'NTREX', english: 'NTREX-128/newstest2019-src.eng.txt', chinese: 'NTREX-128/newstest2019-ref.zho-TW.txt', script: 'traditional' },
  { name: 'ntrex-zho-CN', repo: 'NTREX', english: 'NTREX-128/newstest2019-src.eng.txt', chinese: 'NTREX-128/newstest2019-ref.zho-CN.txt', script: 'simplified' },
];

/** Machine translations en→zh: two systems a year. */
export const SYSTEM_SETS: readonly SetSpec[] = [
  ...['Online-B', 'NiuTrans'].map((system) => ({ name: `wmt21-${system}`, repo: 'wmt21-news-systems', english: at(W21, 'sources', 'en-zh.src.en'), chinese: at(W21, 'system-outputs', `en-zh.hyp.${system}.zh`), script: 'simplified' as const })),
  ...['Online-B', 'HuaweiTSC'].map((system) => ({ name: `wmt22-${system}`, repo: 'wmt22-news-systems', english: at(W22, 'sources', 'en-zh.src.en'), chinese: at(W22, 'system-outputs', `en-zh.hyp.${system}.zh`), script: 'simplified' as const })),
  ...['GPT-4', 'ONLINE-B'].map((system) => ({ name: `wmt24-${system}`, repo: 'wmt24-news-systems', english: 'txt/sources/en-zh.txt', chinese: `txt/system-outputs/en-zh/${system}.txt`, script: 'simplified' as const })),
];

export interface Pair {
  readonly index: number;
  readonly english: string;
  readonly chinese: string;
}

const DIGIT = /[0-9０-９]/;
const CHINESE_FIGURE = /[〇零一二两兩三四五六七八九十百千万萬亿億]+(?:[十百千万萬亿億元倍岁歲%％])|百分之/;
export const hasFigures = (english: string, chinese: string) => (DIGIT.test(english) && DIGIT.test(chinese)) || CHINESE_FIGURE.test(chinese);

/** The repository's folder inside DIR, or null. */
function repoFolder(dataDir: string, key: string): string | null {
  const entry = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).find((name) => name.toLowerCase().includes(key.toLowerCase())) : undefined;
  return entry === undefined ? null : path.join(dataDir, entry);
}

function readRepoFile(folder: string, file: string): string {
  if (fs.existsSync(path.join(folder, file))) return fs.readFileSync(path.join(folder, file), 'utf8');
  const gitDir = [folder, path.join(folder, 'repo'), path.join(folder, '.git')].find((dir) => fs.existsSync(path.join(dir, 'HEAD')));
  if (!gitDir) throw new Error(`${folder}: neither a checkout holding ${file} nor a git directory`);
  return execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n').map((line) => line.replace(/[\r\u2028\u2029\u0085]/g, ' ').trim());

export function loadPairs(dataDir: string, set: SetSpec): Pair[] {
  const folder = repoFolder(dataDir, set.repo)!;
  const english = linesOf(readRepoFile(folder, set.english));
  const chinese = linesOf(readRepoFile(folder, set.chinese));
  if (english.length !== chinese.length) throw new Error(`${set.name}: ${english.length} English lines but ${chinese.length} Chinese lines`);
  return english.map((en, index) => ({ index, english: en, chinese: chinese[index] })).filter((pair) => pair.english && pair.chinese && hasFigures(pair.english, pair.chinese));
}

const TURN = 5;

export interface Flag {
  readonly index: number;
  readonly findings: ReadonlyArray<{ readonly code: FindingCode; readonly message: string }>;
}

/**
 * Figure findings per pair (pairs without any are left out), from one interleaved transcript of the set,
 * and the pairs the parser did not read as one translated paragraph (an English line taken for a speaker
 * line, a Chinese line with many Latin letters taken for English): those are reported, not scored.
 */
export function flagPairs(pairs: readonly Pair[]): { flags: Flag[]; unread: number[] } {
  const lines: string[] = [];
  const pairOfLine = new Map<number, number>();
  for (const [i, pair] of pairs.entries()) {
    // A speaker line every TURN pairs: news text holds many `Word: …` lines, which would otherwise tip the
    // layout detection towards the one-line (`Name: text`) layout.
    if (i % TURN === 0) lines.push(i % (2 * TURN) === 0 ? 'Jane Doe -- Chief Financial Officer' : 'John Roe -- Chief Executive Officer', '');
    pairOfLine.set(lines.length, i).set(lines.length + 1, i);
    lines.push(pair.english, pair.chinese, '');
  }
  const analysis = analyze(lines.join('\n'));
  if (analysis.transcript.layout !== 'interleaved') throw new Error(`read as the ${analysis.transcript.layout} layout, not interleaved`);
  const read = new Set<number>();
  for (const { english, chinese } of analysis.aligned.map((a) => a.paragraph)) {
    const i = pairOfLine.get(english.range.start.line);
    const whole = i !== undefined && english.text === pairs[i].english && chinese.text === pairs[i].chinese;
    if (whole && chinese.range.start.line === english.range.start.line + 1) read.add(i);
  }
  const unread = pairs.filter((_, i) => !read.has(i)).map((pair) => pair.index);
  if (unread.length > pairs.length / 20) throw new Error(`${unread.length} of ${pairs.length} pairs not read as one translated paragraph (lines ${unread.slice(0, 10).join(', ')}…)`);
  const byPair = new Map<number, Array<{ code: FindingCode; message: string }>>();
  for (const finding of analysis.findings.filter((f: Finding) => FIGURE_CODES.includes(f.code))) {
    const i = pairOfLine.get(finding.range.start.line)!;
    if (read.has(i)) byPair.set(i, [...(byPair.get(i) ?? []), { code: finding.code, message: formatFinding(finding) }]);
  }
  const flags = [...byPair].sort((a, b) => a[0] - b[0]).map(([i, findings]) => ({ index: pairs[i].index, findings }));
  return { flags, unread };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export interface Row {
  readonly set: string;
  readonly script: Script;
  readonly native: boolean;
  /** Pairs with figures read as one translated paragraph (the denominator). */
  readonly pairs: number;
  /** Line indices of the pairs the parser did not read as one translated paragraph. */
  readonly unread: readonly number[];
  readonly flagged: number;
  /** Flagged pairs read by hand, and those of them the reviewed list records as real differences. */
  readonly reviewedRead: number;
  readonly reviewedReal: number;
  readonly afterList: number;
  readonly codes: Readonly<Record<string, number>>;
  readonly flags: readonly Flag[];
}

interface Reviewed {
  readonly read: readonly string[];
  readonly real: ReadonlyArray<{ readonly set: string; readonly index: number; readonly english: string; readonly reason: string }>;
}
const REVIEWED = reviewedList as { human: Reviewed; systems: Reviewed };
const key = (set: string, index: number) => `${set}:${index}`;

function evaluateSets(dataDir: string, sets: readonly SetSpec[], reviewed: Reviewed): { rows: Row[]; pairs: Map<string, Pair[]> } {
  const real = new Set(reviewed.real.map((entry) => key(entry.set, entry.index)));
  const read = new Set(reviewed.read);
  const rows: Row[] = [];
  const pairsOf = new Map<string, Pair[]>();
  for (const set of sets) {
    const pairs = loadPairs(dataDir, set);
    pairsOf.set(set.name, pairs);
    for (const script of ['traditional', 'simplified'] as const) {
      const convert = script === set.script ? (text: string) => text : script === 'traditional' ? toTraditional : toSimplified;
      const { flags, unread } = flagPairs(pairs.map((pair) => ({ ...pair, chinese: convert(pair.chinese) })));
      const codes: Record<string, number> = Object.fromEntries(FIGURE_CODES.map((code) => [code, 0]));
      for (const flag of flags) for (const code of new Set(flag.findings.map((f) => f.code))) codes[code]++;
      const reviewedRead = flags.filter((flag) => read.has(key(set.name, flag.index))).length;
      const reviewedReal = flags.filter((flag) => real.has(key(set.name, flag.index))).length;
      rows.push({ set: set.name, script, native: script === set.script, pairs: pairs.length - unread.length, unread, flagged: flags.length, reviewedRead, reviewedReal, afterList: flags.length - reviewedReal, codes, flags });
    }
  }
  return { rows, pairs: pairsOf };
}

export interface HumanResult {
  readonly human: Row[];
  readonly systems: Row[] | null;
  /** The hand-read samples: how many flagged pairs were read and how many hold a real difference. */
  readonly samples: { readonly human: { read: number; real: number }; readonly systems: { read: number; real: number } };
}

/** The missing repositories, or [] when all are there. */
export function missingData(dataDir: string): string[] {
  return Object.keys(REPOS).filter((repo) => !repoFolder(dataDir, repo));
}

/** Everything main() prints, for test/eval/eval.ts; null when the data is not in DIR. */
export function evaluateHuman(dataDir: string, options: { systems?: boolean } = {}): HumanResult | null {
  if (missingData(dataDir).length > 0) return null;
  const human = evaluateSets(dataDir, HUMAN_SETS, REVIEWED.human).rows;
  const systems = options.systems ? evaluateSets(dataDir, SYSTEM_SETS, REVIEWED.systems).rows : null;
  const sample = (list: Reviewed) => ({ read: list.read.length, real: list.real.length });
  return { human, systems, samples: { human: sample(REVIEWED.human), systems: sample(REVIEWED.systems) } };
}

/** A seeded shuffle (mulberry32), so a sample drawn for review is the same on every machine. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Prints N flagged pairs drawn at random (seed 2024) for hand review, both scripts' findings beside the text.
 * Pairs already in the reviewed list's `read` are skipped, so a new review extends the list.
 */
function printSample(dataDir: string, sets: readonly SetSpec[], count: number, done: ReadonlySet<string>): void {
  const { rows, pairs } = evaluateSets(dataDir, sets, { read: [], real: [] });
  const flagged = new Map<string, string[]>();
  for (const row of rows) for (const flag of row.flags) {
    const k = key(row.set, flag.index);
    flagged.set(k, [...(flagged.get(k) ?? []), ...flag.findings.map((f) => `[${row.script.slice(0, 4)}] ${f.code}: ${f.message}`)]);
  }
  for (const k of shuffled([...flagged.keys()].sort(), 2024).filter((k) => !done.has(k)).slice(0, count)) {
    const [set, index] = [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))];
    const pair = pairs.get(set)!.find((p) => p.index === index)!;
    console.log(`### ${k}\nEN: ${pair.english}\nZH: ${pair.chinese}\n${[...new Set(flagged.get(k))].map((line) => `  ${line}`).join('\n')}\n`);
  }
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}\nset             script pairs unread flagged   raw  read real after  after%   mism scale miss extra dir approx`);
  const total = { pairs: 0, unread: 0, flagged: 0, read: 0, real: 0, after: 0 };
  for (const row of rows) {
    const c = FIGURE_CODES.map((code) => String(row.codes[code]).padStart(code === 'approximation-lost' ? 6 : 5)).join('');
    const script = `${row.script.slice(0, 4)}${row.native ? '' : '*'}`;
    console.log(`${row.set.padEnd(15)} ${script.padEnd(5)} ${String(row.pairs).padStart(5)} ${String(row.unread.length).padStart(6)} ${String(row.flagged).padStart(7)} ${percent(row.flagged, row.pairs).padStart(6)} ${String(row.reviewedRead).padStart(5)} ${String(row.reviewedReal).padStart(4)} ${String(row.afterList).padStart(5)} ${percent(row.afterList, row.pairs).padStart(7)} ${c}`);
    Object.assign(total, { pairs: total.pairs + row.pairs, unread: total.unread + row.unread.length, flagged: total.flagged + row.flagged, read: total.read + row.reviewedRead, real: total.real + row.reviewedReal, after: total.after + row.afterList });
  }
  console.log(`${'all'.padEnd(21)} ${String(total.pairs).padStart(5)} ${String(total.unread).padStart(6)} ${String(total.flagged).padStart(7)} ${percent(total.flagged, total.pairs).padStart(6)} ${String(total.read).padStart(5)} ${String(total.real).padStart(4)} ${String(total.after).padStart(5)} ${percent(total.after, total.pairs).padStart(7)}`);
  console.log('(* converted with opencc-js; unread: pairs the parser did not read as one paragraph, not scored; read: flagged pairs read by hand; real: those the reviewed list records as real differences; after: flagged minus real)');
}

/** The hand-read sample, over the pairs the checks still flag (the engine may have changed since they were read). */
function summarise(what: string, rows: readonly Row[], sample: { read: number; real: number }): void {
  const native = rows.filter((row) => row.native);
  const sum = (field: 'pairs' | 'flagged' | 'reviewedRead' | 'reviewedReal') => native.reduce((n, row) => n + row[field], 0);
  const [read, real] = [sum('reviewedRead'), sum('reviewedReal')];
  console.log(`Hand-read: ${sample.read} flagged pairs read, ${sample.real} with a real figure difference in the ${what}; of the ${read} still flagged,`);
  console.log(`${real} real and ${read - real} false alarms (${percent(read - real, read)}): about ${percent((sum('flagged') * (read - real)) / read, sum('pairs'))} of pairs with figures raise a false alarm.`);
}

/** The tables and the hand-read summaries of a result (also printed by `npm run eval -- --data DIR`). */
export function printHuman(result: HumanResult): void {
  printTable('Human translations: pairs with figures flagged by any figure code', result.human);
  const { human: h, systems: s } = result.samples;
  summarise('human translation', result.human, h);
  if (result.systems) {
    printTable('Machine translations (WMT en→zh system outputs)', result.systems);
    summarise('machine translation', result.systems, s);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dataDir = option('--data') ?? process.env.TRANSCRIPT_REVIEW_EVAL_DATA;
  const missing = dataDir ? missingData(dataDir) : Object.keys(REPOS);
  if (!dataDir || missing.length > 0) {
    console.log(`skipped: data not found (${dataDir ? `no folder named like ${missing.join(', ')} in ${dataDir}` : 'give --data DIR or set TRANSCRIPT_REVIEW_EVAL_DATA'})`);
    console.log('To fetch it: mkdir -p DIR && cd DIR, then for each repository:');
    for (const repo of Object.values(REPOS)) console.log(`  git clone --depth 1 --bare https://github.com/${repo.split(' ')[0]}`);
    return;
  }
  const systems = args.includes('--systems');
  const review = option('--review');
  if (review) return printSample(dataDir, systems ? SYSTEM_SETS : HUMAN_SETS, Number(review), new Set((systems ? REVIEWED.systems : REVIEWED.human).read));
  const result = evaluateHuman(dataDir, { systems })!;
  printHuman(result);
  const out = option('--out') ?? path.join('out', 'eval', 'human.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 1));
  console.log(`\nDetails: ${out}`);
}

// Only as the entry point: a bundle that imports this file (eval.ts) shares its `module` with require.main.
if (require.main === module && /human\.[jt]s$/.test(process.argv[1] ?? '')) main();
