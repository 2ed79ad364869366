// Key metrics on real earnings calls: ECTSum (github.com/rajdeep345/ECTSum), English transcripts one
// sentence a line with no speaker names, each with expert bullet summaries that state the quarter's
// revenue, EPS and guidance. Nothing of the data is kept in this repository.
//
//   node ectsum.js --data DIR [--verbose]
//
// DIR (or $TRANSCRIPT_REVIEW_EVAL_DATA) holds a folder whose name contains `ECTSum`: a bare git directory
// (what the `fetch` tool or `git clone --bare https://github.com/rajdeep345/ECTSum` gives), a folder with
// one inside (`repo/`, `.git/`), or a checkout. Only `data/final/train/` (to build and tune the rules) and
// `data/final/val/` (to measure) are read; the test split and the copies of it under `codes/` stay held out.
//
// Each transcript is analysed as distributed, as `transcript-review metrics --json` does, and its shown
// revenue, EPS and revenue guidance are compared with what its summary states (parseSummary below):
// coverage = calls where a value is shown / calls whose summary states the metric; precision = calls whose
// shown value matches the summary / calls where one is shown. Values match within the summary's rounding:
// half a unit of its last written digit (`$1.7 billion` takes 1.65–1.75 billion) or 0.5%, whichever is wider,
// in the same currency; EPS within half a cent where the summary writes cents.
// A breakdown beside the issue's measure: of the calls whose summary states a value, those where the call
// itself says it (some English figure of the transcript matches within the same rounding), and the share
// shown of those. A summary's figure the call never says cannot be read from it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis/analyze';
import { extractEnglishFigures } from '../../src/analysis/figures';
import { metricsJson, type MetricsJson } from '../../src/presentation/metricsJson';

export const SPLITS = ['train', 'val'] as const;
export type Split = (typeof SPLITS)[number];

/** A value the summary writes, with the half-width its rounding leaves. */
export interface Stated {
  readonly value: number;
  readonly tolerance: number;
  readonly currency: string;
}
export interface StatedEps extends Stated {
  readonly basis: 'gaap' | 'adjusted';
}
export interface StatedRange {
  readonly low: Stated;
  readonly high: Stated | null;
  /** `q` for a quarter, `fy` for a year, null where the line does not say. */
  readonly period: 'q' | 'fy' | null;
}
export interface SummaryFacts {
  readonly revenue: Stated[];
  readonly eps: StatedEps[];
  readonly revenueGuidance: StatedRange[];
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9 };
const CURRENCIES: Record<string, string> = { $: 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', rmb: 'CNY', 'c$': 'CAD', 'a$': 'AUD' };
/** `$1.7 billion`, `$1,807.8 million`, `($4.81)`, `rmb 23.4 bln`. */
const MONEY = /(\()?(us\$|c\$|a\$|\$|€|£|¥|rmb ?)\(?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?(?: ?(thousand|million|mln|billion|bln|bn|m|b)\b)?/g;

/** `scale` is 1 where none is written. */
type Money = Stated & { negative: boolean; scale: number; index: number; end: number };

function readMoney(match: RegExpExecArray, scale = match[4] ? SCALES[match[4]] : 1): Money {
  const digits = match[3].replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const value = Number(digits) * scale;
  return {
    value,
    tolerance: Math.max(0.5 * 10 ** -decimals * scale, Math.abs(value) * 0.005),
    currency: CURRENCIES[match[2].trim()] ?? 'USD',
    negative: Boolean(match[1]),
    scale,
    index: match.index,
    end: match.index + match[0].length,
  };
}

/** The first money amount in text (read with `scale` where it writes none), or null. */
function firstMoney(text: string, scale?: number): Money | null {
  MONEY.lastIndex = 0;
  const match = MONEY.exec(text);
  return match ? readMoney(match, match[4] || scale === undefined ? undefined : scale) : null;
}

const GUIDANCE = /\b(?:sees|see|expects?|expected|forecasts?|guidance|outlook|projects?|anticipates?|estimates? (?:revenue|sales)|targets?|reaffirms?|raises|lowers|view)\b/;
/** This quarter's statement: the line starts with the quarter (`q3 revenue`, `qtrly sales`), after `compname reports` at most. */
const QUARTER_START = /^(?:compname (?:reports|posts|says|announces) )?(?:q[1-4]|qtrly|quarterly|(?:first|second|third|fourth)[- ]quarter(?: \d{4})?)\b/;
const NOT_TOTAL = /\b(?:same[- ]store|comparable|comp|organic|digital|segment|constant|currency|excluding|ex-|per |backlog|bookings|orders)/;

/**
 * What a summary states of the quarter's total revenue, its EPS (GAAP or adjusted) and revenue guidance.
 * Lines are read narrowly, as the metric rules are: a statement the parser is unsure of is left out of
 * both the counts of stated values and of shown ones.
 */
export function parseSummary(text: string): SummaryFacts {
  const facts: SummaryFacts = { revenue: [], eps: [], revenueGuidance: [] };
  // Bullets are lines; a few are two run together (`$0.32.2021 speculative revenue`).
  const lines = text.toLowerCase().split(/\n|(?<=\d\.\d{2})\.(?=\d{4} )/).map((line) => line.trim()).filter(Boolean);
  for (const line of lines) {
    if (GUIDANCE.test(line)) readGuidance(line, facts);
    else if (QUARTER_START.test(line)) readResult(line, facts);
  }
  return facts;
}

function readResult(line: string, facts: SummaryFacts): void {
  const start = QUARTER_START.exec(line)![0].length;
  // `q3 revenue rose 11.4 percent to $650.2 million`, `q4 net sales of $288.6 million`, `q2 sales $865 million versus …`.
  const revenue = /^ (?:(?:total|net|gaap|reported|consolidated) ){0,2}(?:revenues?|sales)\b/.exec(line.slice(start));
  if (revenue) {
    const rest = line.slice(start + revenue[0].length);
    const money = firstMoney(rest);
    const between = money ? rest.slice(0, money.index) : '';
    if (money && !NOT_TOTAL.test(between) && /^(?: (?:were|was|of|rose|fell|increased|decreased|grew|declined|up|down|by|\d+(?:\.\d+)? ?(?:percent|%)))* ?(?:(?:to|of|was|were) )?$/.test(between) && !/(?:rose|fell|increased|decreased|grew|declined|up|down) $/.test(between)) facts.revenue.push(money);
  }
  // `q1 adjusted non-gaap earnings per share $1.24`, `q2 loss per share $0.39`, `qtrly diluted loss per share of ($4.81)`.
  const eps = /^ ((?:(?:adjusted|non-gaap|gaap|diluted|core|basic|net|operating|\(non-gaap\)|reported) ){0,4})(earnings|loss|eps)(?: per (?:diluted )?share)?\b/.exec(line.slice(start));
  if (eps && (eps[2] === 'eps' || /per/.test(eps[0]))) {
    const rest = line.slice(start + eps[0].length);
    const money = firstMoney(rest);
    if (money && /^(?: (?:of|was|were|from continuing operations))* ?$/.test(rest.slice(0, money.index)) && money.value < 1000) {
      const adjusted = /adjusted|non-gaap|core|operating/.test(eps[1]) || /^[^.;]{0,40}\bexcluding items/.test(rest.slice(money.end));
      const negative = eps[2] === 'loss' || money.negative;
      facts.eps.push({ value: negative ? -money.value : money.value, tolerance: Math.max(money.tolerance, 0.005), currency: money.currency, basis: adjusted ? 'adjusted' : 'gaap' });
    }
  }
}

function readGuidance(line: string, facts: SummaryFacts): void {
  // `sees fy revenue $1.725 billion to $1.775 billion`, `sees q1 revenue $490 million to $505 million`, `sees 2021 revenue $13,200 million - $13,500 million`.
  const match = /\b(?:sees|expects|forecasts|projects) (?:(fy|full[- ]year|fiscal|q[1-4]|\d{4})(?:[ -]?\d{2,4})? )?(?:(?:total|net|consolidated) ){0,2}(?:revenues?|sales)\b/.exec(line);
  if (!match) return;
  const rest = line.slice(match.index + match[0].length);
  let low = firstMoney(rest);
  if (!low || !/^(?: ?(?:of|to be|to|be|is|in range of|in the range of|between|about|approximately|around|estimated to be))* ?$/.test(rest.slice(0, low.index))) return;
  const after = rest.slice(low.end);
  const second = /^ ?(?:to|-|–|and) ?/.exec(after);
  let high: Stated | null = null;
  if (second) {
    const next = firstMoney(after.slice(second[0].length));
    if (!next || next.index !== 0) return;
    high = next;
    // `$1.725 to $1.775 billion`: the low end takes the high end's scale.
    if (low.scale === 1 && next.scale > 1) low = firstMoney(rest, next.scale)!;
  }
  const period = !match[1] ? null : /^q/.test(match[1]) ? 'q' : 'fy';
  facts.revenueGuidance.push({ low, high, period });
}

/** Half a unit of the last digit the call writes (`$2.3 billion`: 0.05 billion), where the summary writes more digits. */
function writtenTolerance(text: string): number {
  const number = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!number) return 0;
  const scale = /\b(?:billion|bn|b)\b/i.test(text) ? 1e9 : /\b(?:million|mn|m)\b/i.test(text) ? 1e6 : /\bthousand\b/i.test(text) ? 1e3 : 1;
  return 0.5 * 10 ** -(number[2]?.length ?? 0) * scale;
}

const matches = (shown: number | null, unit: string, stated: Stated, text = '') =>
  shown !== null && unit.slice(0, 3) === stated.currency && Math.abs(shown - stated.value) <= Math.max(stated.tolerance, writtenTolerance(text)) + 1e-9;

export interface MetricScore {
  /** Calls whose summary states the metric. */
  stated: number;
  /** Of those, calls where a comparable value is shown. */
  shown: number;
  /** Of those, calls where it matches the summary. */
  right: number;
  /** Shown where the summary states nothing of it (not scored). */
  unstated: number;
  /** Calls whose summary states it and whose transcript says one of the stated values. */
  said: number;
  /** Of those, calls where a comparable value is shown. */
  saidShown: number;
  /** Not in `said`: calls whose transcript says a stated value only as a bare amount (`452.2 million`, no currency). */
  saidBare: number;
  wrong: string[];
  missed: string[];
}
export type SplitScore = Record<'revenue' | 'eps' | 'revenueGuidance', MetricScore>;

const emptyScore = (): MetricScore => ({ stated: 0, shown: 0, right: 0, unstated: 0, said: 0, saidShown: 0, saidBare: 0, wrong: [], missed: [] });
const EPS_KEYS: Record<string, 'gaap' | 'adjusted'> = { eps: 'gaap', eps_diluted: 'gaap', eps_adjusted: 'adjusted' };

/** Scores one call's metrics (as `metrics --json` prints them) against its summary's facts. */
export function scoreCall(name: string, json: MetricsJson, facts: SummaryFacts, score: SplitScore, transcript?: string): void {
  const before = { revenue: score.revenue.shown, eps: score.eps.shown, revenueGuidance: score.revenueGuidance.shown };
  const describe = (m: MetricsJson['metrics'][number]) => `${m.key}=${m.value ?? `${m.low}–${m.high}`} ${m.unit} (line ${m.line}: ${m.english.text})`;

  const revenue = json.metrics.find((m) => m.key === 'revenue');
  tally(score.revenue, name, facts.revenue.length > 0, revenue ? [revenue] : [], (m) => facts.revenue.some((s) => matches(m.value, m.unit, s, m.english.text)), describe, JSON.stringify(facts.revenue));

  // EPS: a shown value is comparable where the summary states EPS on the same basis (GAAP or adjusted).
  const eps = json.metrics.filter((m) => EPS_KEYS[m.key] !== undefined);
  const comparable = eps.filter((m) => facts.eps.some((s) => s.basis === EPS_KEYS[m.key]));
  tally(score.eps, name, facts.eps.length > 0, comparable, (m) => facts.eps.some((s) => s.basis === EPS_KEYS[m.key] && matches(m.value, m.unit, s, m.english.text)), describe, JSON.stringify(facts.eps), eps.length > 0);

  // Revenue guidance: each shown range against the summary's ranges of the same period kind (quarter, year).
  const guidance = json.metrics.filter((m) => m.key === 'guidance_revenue');
  const kind = (period: string | null) => (period === null ? null : period.startsWith('Q') ? 'q' : 'fy');
  const sameKind = (m: MetricsJson['metrics'][number], s: StatedRange) => s.period === null || kind(m.period) === null || kind(m.period) === s.period;
  const rangeMatches = (m: MetricsJson['metrics'][number], s: StatedRange) =>
    s.high ? matches(m.low, m.unit, s.low) && matches(m.high, m.unit, s.high) : matches(m.value ?? (m.low !== null && m.high !== null ? (m.low + m.high) / 2 : null), m.unit, s.low);
  const comparableGuidance = guidance.filter((m) => facts.revenueGuidance.some((s) => sameKind(m, s)));
  tally(score.revenueGuidance, name, facts.revenueGuidance.length > 0, comparableGuidance, (m) => facts.revenueGuidance.some((s) => sameKind(m, s) && rangeMatches(m, s)), describe, JSON.stringify(facts.revenueGuidance), guidance.length > 0);

  if (transcript === undefined) return;
  const said = figuresSaid(transcript);
  const stated: Record<keyof SplitScore, Stated[]> = { revenue: facts.revenue, eps: facts.eps, revenueGuidance: facts.revenueGuidance.flatMap((g) => (g.high ? [g.low, g.high] : [g.low])) };
  for (const key of Object.keys(stated) as Array<keyof SplitScore>) {
    if (!stated[key].some((s) => said.some((f) => matches(f.value, f.unit, s, f.text)))) {
      // (`452.2 million` with no currency: the same amount, which a metric may take only in a call of one currency.)
      if (stated[key].some((s) => said.some((f) => f.unit === 'count' && /\d (?:million|billion)$/i.test(f.text) && matches(f.value, s.currency, s, f.text)))) score[key].saidBare++;
      continue;
    }
    score[key].said++;
    if (score[key].shown > before[key]) score[key].saidShown++;
  }
}

/** Every English amount the transcript says (and its absolute value, for a loss the summary writes as negative). */
function figuresSaid(transcript: string): Array<{ value: number; unit: string; text: string }> {
  const said: Array<{ value: number; unit: string; text: string }> = [];
  for (const line of transcript.split('\n')) {
    for (const f of extractEnglishFigures(line)) {
      for (const value of [f.value, -f.value, f.low, f.high]) if (value !== undefined) said.push({ value, unit: f.unit, text: f.text });
    }
  }
  return said;
}

function tally<T>(score: MetricScore, name: string, stated: boolean, shown: readonly T[], right: (m: T) => boolean, describe: (m: T) => string, expected: string, anyShown = shown.length > 0): void {
  if (!stated) {
    if (anyShown) score.unstated++;
    return;
  }
  score.stated++;
  if (shown.length === 0) {
    score.missed.push(`${name}: summary ${expected}`);
    return;
  }
  score.shown++;
  const wrong = shown.filter((m) => !right(m));
  if (wrong.length === 0) score.right++;
  else score.wrong.push(`${name}: shown ${wrong.map(describe).join('; ')}; summary ${expected}`);
}

/** The snapshot's folder (or git directory) inside DIR, or null. */
function ectsumFolder(dataDir: string): string | null {
  const entry = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).find((name) => name.toLowerCase().includes('ectsum')) : undefined;
  return entry === undefined ? null : path.join(dataDir, entry);
}

/** The split's files, transcript and summary by call, from a checkout or with one `git cat-file --batch` over the split's blobs. */
export function loadSplit(folder: string, split: Split): Array<{ name: string; transcript: string; summary: string }> {
  const base = `data/final/${split}`;
  const files = new Map<string, string>();
  if (fs.existsSync(path.join(folder, base))) {
    for (const sub of ['ects', 'gt_summaries']) for (const file of fs.readdirSync(path.join(folder, base, sub))) files.set(`${base}/${sub}/${file}`, fs.readFileSync(path.join(folder, base, sub, file), 'utf8'));
  } else {
    const gitDir = [folder, path.join(folder, 'repo'), path.join(folder, '.git')].find((dir) => fs.existsSync(path.join(dir, 'HEAD')));
    if (!gitDir) throw new Error(`${folder}: neither a checkout holding ${base} nor a git directory`);
    const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', `${base}/`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const blobs = listing.split('\n').filter(Boolean).map((row) => { const [meta, file] = row.split('\t'); return { sha: meta.split(' ')[2], file }; });
    const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: blobs.map((b) => b.sha).join('\n') + '\n', maxBuffer: 1 << 30 });
    let at = 0;
    for (const blob of blobs) {
      const header = batch.toString('latin1', at, batch.indexOf(10, at));
      const size = Number(header.split(' ')[2]);
      const start = at + header.length + 1;
      files.set(blob.file, batch.toString('utf8', start, start + size));
      at = start + size + 1;
    }
  }
  const calls: Array<{ name: string; transcript: string; summary: string }> = [];
  for (const [file, transcript] of [...files].sort()) {
    const match = new RegExp(`^${base}/ects/(.+)$`).exec(file);
    const summary = match && files.get(`${base}/gt_summaries/${match[1]}`);
    if (match && summary !== undefined && summary !== null) calls.push({ name: match[1], transcript, summary });
  }
  if (calls.length === 0) throw new Error(`${folder}: no calls in ${base}`);
  return calls;
}

export function evaluateEctsum(dataDir: string, splits: readonly Split[] = SPLITS): Map<Split, SplitScore> | null {
  const folder = ectsumFolder(dataDir);
  if (!folder) return null;
  const result = new Map<Split, SplitScore>();
  for (const split of splits) {
    const score: SplitScore = { revenue: emptyScore(), eps: emptyScore(), revenueGuidance: emptyScore() };
    for (const call of loadSplit(folder, split)) scoreCall(call.name, metricsJson(call.name, analyze(call.transcript)), parseSummary(call.summary), score, call.transcript);
    result.set(split, score);
  }
  return result;
}

const FETCH_HELP = 'ECTSum: skipped (no data). Fetch github.com/rajdeep345/ECTSum into a folder whose name contains `ECTSum` (`git clone --bare https://github.com/rajdeep345/ECTSum DIR/ECTSum`), then `npm run eval -- --data DIR`.';

export function printEctsum(result: Map<Split, SplitScore> | null, verbose = false): void {
  if (!result) {
    console.log(`\n${FETCH_HELP}`);
    return;
  }
  const pct = (part: number, whole: number) => (whole === 0 ? '   —  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
  for (const [split, score] of result) {
    console.log(`\nECTSum ${split}: metrics shown against the expert summaries`);
    console.log('metric             stated  shown  right  coverage  precision  shown, not stated   said in call  shown of said');
    for (const [name, s] of Object.entries(score)) {
      console.log(`${name.padEnd(17)} ${String(s.stated).padStart(7)} ${String(s.shown).padStart(6)} ${String(s.right).padStart(6)}   ${pct(s.shown, s.stated)}     ${pct(s.right, s.shown)}  ${String(s.unstated).padStart(6)}              ${String(s.said).padStart(6)}        ${pct(s.saidShown, s.said)}`);
    }
    console.log(`said only as a bare amount (no currency), not counted as said: ${Object.entries(score).map(([name, s]) => `${name} ${s.saidBare}`).join(', ')}`);
    if (verbose) {
      for (const [name, s] of Object.entries(score)) {
        for (const line of s.wrong) console.log(`  wrong ${name}: ${line}`);
        for (const line of s.missed) console.log(`  missed ${name}: ${line}`);
      }
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : process.env.TRANSCRIPT_REVIEW_EVAL_DATA;
  const splits = args.includes('--split') ? [args[args.indexOf('--split') + 1] as Split] : SPLITS;
  if (splits.some((split) => !SPLITS.includes(split))) throw new Error(`--split takes ${SPLITS.join(' or ')}`);
  printEctsum(dataDir ? evaluateEctsum(dataDir, splits) : null, args.includes('--verbose'));
}

// Only as the entry point: a bundle that imports this file (eval.ts) shares its `module` with require.main.
if (require.main === module && /ectsum\.[jt]s$/.test(process.argv[1] ?? '')) main();
