// Scores the name checks (src/analysis/names): (a) the seeds' real cases, labelled by hand in
// namesLabels.json; (b) errors injected into copies of the seeds — another transliteration of a name
// in k places, a name dropped from a translation, a glossary term rendered otherwise — with recall per
// kind and precision; (c) false alarms on correct text, the figure corpus's dev pairs laid out as
// calls; (d) with the data of human.ts (--data DIR or $TRANSCRIPT_REVIEW_EVAL_DATA), human
// translations of news (WMT21/22/24, NTREX-128): every pair in document order, runs of consecutive
// pairs laid out as calls, where the same people are named again and again. Every part in both scripts
// (opencc-js).
//
// Run: npx esbuild test/eval/names.ts --bundle --platform=node --target=node20 --outfile=OUT/names.js && node OUT/names.js [--verbose] [--data DIR [--names-review N]]
// (--names-review N prints N of (d)'s findings drawn at random, seed 2024, with their pairs, to read by hand.)
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import { analyze } from '../../src/analysis/analyze';
import type { Finding } from '../../src/analysis/checks/types';
import { nameChecks, type GlossaryEntry } from '../../src/analysis/names';
import { allTurns } from '../../src/analysis/model';
import { formatFinding } from '../../src/presentation/messages';
import { buildTranscript, type Entry } from './corpusTranscript';
import { HUMAN_SETS, missingData, shuffled } from './human';

type Script = 'traditional' | 'simplified';
type NameCode = 'name-missing' | 'name-inconsistent' | 'term-mismatch';

interface Label {
  readonly code: NameCode;
  /** 1-based. */
  readonly line: number;
  readonly name: string;
  readonly note: string;
}

interface Labels {
  readonly glossary: GlossaryEntry[];
  readonly seeds: Record<string, { expected: Label[]; absent: Label[]; glossaryExpected: Label[] }>;
  readonly inject: Record<string, {
    swaps: Array<{ english: string; from: string; to: string }>;
    drops: Array<{ english: string[]; renderings: string[] }>;
    terms: Array<{ english: string; from: string; to: string }>;
  }>;
}

function repositoryRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    }
  }
  throw new Error('repository root not found');
}

const ROOT = repositoryRoot();
const LABELS = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/eval/namesLabels.json'), 'utf8')) as Labels;
const VERBOSE = process.argv.includes('--verbose');
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const SCRIPTS: readonly Script[] = ['traditional', 'simplified'];
const inScript = (text: string, script: Script) => (script === 'simplified' ? toSimplified(text) : text);

function run(text: string, glossary: readonly GlossaryEntry[] = []): Finding[] {
  return [...nameChecks(text, analyze(text).transcript, undefined, glossary).findings];
}

const key = (code: string, line: number, name: string) => `${code}@${line}:${name.toLowerCase()}`;
/** What a finding is about: the rendering where one is reported, else the English name or term. */
const subject = (finding: Finding) => (finding.code === 'name-inconsistent' ? finding.chinese?.text : finding.english?.text) ?? '';
const describe = (finding: Finding) => `${finding.range.start.line + 1}: ${finding.code} ${formatFinding(finding)}`;

// (a) The seeds' real cases.
function scoreSeeds(): boolean {
  let ok = true;
  console.log('(a) seeds, labelled by hand');
  for (const [seed, labels] of Object.entries(LABELS.seeds)) {
    const original = fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8');
    for (const script of SCRIPTS) {
      for (const withGlossary of [false, true]) {
        const findings = run(inScript(original, script), withGlossary ? LABELS.glossary : []);
        const expected = [...labels.expected, ...(withGlossary ? labels.glossaryExpected : [])];
        const labelKey = (l: Label) => key(l.code, l.line, inScript(l.name, script));
        const found = new Set(findings.map((f) => key(f.code, f.range.start.line + 1, subject(f))));
        const wanted = new Set(expected.map(labelKey));
        const missed = expected.filter((l) => !found.has(labelKey(l)));
        const extra = findings.filter((f) => !wanted.has(key(f.code, f.range.start.line + 1, subject(f))));
        const forbidden = labels.absent.filter((l) => found.has(labelKey(l)));
        ok &&= missed.length === 0 && extra.length === 0 && forbidden.length === 0;
        console.log(`  ${seed} ${script}${withGlossary ? ' +glossary' : ''}: ${findings.length} findings, ${expected.length - missed.length}/${expected.length} labelled found, ${extra.length} unlabelled, ${forbidden.length} forbidden`);
        for (const l of missed) console.log(`    MISSED ${l.line}: ${l.code} ${l.name}`);
        for (const f of extra) console.log(`    UNLABELLED ${describe(f)}`);
        for (const l of forbidden) console.log(`    FORBIDDEN ${l.line}: ${l.code} ${l.name}`);
      }
    }
  }
  return ok;
}

// (b) Injected errors.
interface Variant {
  readonly name: string;
  readonly kind: 'swap' | 'drop' | 'term';
  readonly lines: string[];
  /** 0-based lines where the injected error must be reported, with its code. */
  readonly expected: ReadonlyArray<{ code: NameCode; line: number; names: readonly string[] }>;
}

const hasHan = (text: string) => /[\u3400-\u9fff]/.test(text);
const wordPattern = (english: string) => new RegExp(`(?<![A-Za-z])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`);

/**
 * Each Chinese line of a paragraph with the English line it translates (the nearest non-blank line
 * above, without Han). Speaker lines are left out: the checks read names in paragraphs.
 */
function pairs(lines: readonly string[]): Array<{ chinese: number; english: string }> {
  const speakerLines = new Set<number>();
  for (const section of analyze(lines.join('\n')).transcript.sections) {
    for (const turn of section.turns) for (let line = turn.speakerRange.start.line; line <= turn.speakerRange.end.line; line++) speakerLines.add(line);
  }
  const result: Array<{ chinese: number; english: string }> = [];
  for (let i = 1; i < lines.length; i++) {
    if (!hasHan(lines[i]) || speakerLines.has(i)) continue;
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === '') j--;
    if (j >= 0 && !hasHan(lines[j])) result.push({ chinese: i, english: lines[j] });
  }
  return result;
}

/** Up to `count` items spread over the list, starting at `offset` (deterministic, no randomness). */
function spread<T>(items: readonly T[], count: number, offset: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[(Math.floor(i * step) + offset) % items.length]);
}

function variants(seed: string, lines: readonly string[]): Variant[] {
  const spec = LABELS.inject[seed];
  const result: Variant[] = [];
  const all = pairs(lines);
  for (const swap of spec.swaps) {
    // Places where the English says the form alone (not a full name) and the translation writes `from`.
    const english = wordPattern(swap.english);
    const fullName = new RegExp(`${wordPattern(swap.english).source} [A-Z]`);
    const places = all.filter(({ chinese, english: en }) => english.test(en) && !fullName.test(en) && lines[chinese].includes(swap.from));
    const total = places.length;
    for (let k = 1; 2 * k < total && k <= 3; k++) {
      for (let offset = 0; offset < 3; offset++) {
        const chosen = spread(places, k, offset * 2 + k);
        const copy = [...lines];
        for (const { chinese } of chosen) copy[chinese] = copy[chinese].split(swap.from).join(swap.to);
        result.push({ name: `${seed} swap ${swap.from}→${swap.to} k=${k} #${offset}`, kind: 'swap', lines: copy, expected: chosen.map(({ chinese }) => ({ code: 'name-inconsistent' as const, line: chinese, names: [swap.to] })) });
      }
    }
  }
  for (const drop of spec.drops) {
    const english = drop.english.map(wordPattern);
    const places = all.filter(({ chinese, english: en }) => english.some((pattern) => pattern.test(en)) && drop.renderings.some((r) => lines[chinese].includes(r)));
    for (const { chinese } of spread(places, 8, 0)) {
      const copy = [...lines];
      let text = copy[chinese];
      for (const rendering of drop.renderings) text = text.split(rendering).join('');
      copy[chinese] = text.replace(/([,，、])\s*[,，、]/g, '$1').replace(/\(\s*\)|（\s*）/g, '');
      result.push({ name: `${seed} drop ${drop.english[0]} @${chinese + 1}`, kind: 'drop', lines: copy, expected: [{ code: 'name-missing', line: chinese, names: drop.english }] });
    }
  }
  for (const term of spec.terms) {
    const english = wordPattern(term.english);
    const places = all.filter(({ chinese, english: en }) => english.test(en) && lines[chinese].includes(term.from));
    for (const { chinese } of spread(places, 6, 0)) {
      const copy = [...lines];
      copy[chinese] = copy[chinese].split(term.from).join(term.to);
      result.push({ name: `${seed} term ${term.english} @${chinese + 1}`, kind: 'term', lines: copy, expected: [{ code: 'term-mismatch', line: chinese, names: [term.english] }] });
    }
  }
  return result;
}

function scoreInjected(): boolean {
  console.log('\n(b) injected errors (recall per kind; precision over every finding the copies add beyond the labelled real ones)');
  let ok = true;
  for (const script of SCRIPTS) {
    const recall = new Map<string, { found: number; total: number }>();
    let truePositives = 0;
    let falsePositives = 0;
    const notes: string[] = [];
    for (const [seed, labels] of Object.entries(LABELS.seeds)) {
      const lines = fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8').split(/\r\n|\r|\n/);
      const real = new Set([...labels.expected, ...labels.glossaryExpected].map((l) => key(l.code, l.line - 1, inScript(l.name, script))));
      for (const variant of variants(seed, lines)) {
        const findings = run(inScript(variant.lines.join('\n'), script), LABELS.glossary);
        const expected = new Set(variant.expected.flatMap((e) => e.names.map((name) => key(e.code, e.line, inScript(name, script)))));
        const found = new Set<string>();
        for (const finding of findings) {
          const k = key(finding.code, finding.range.start.line, subject(finding));
          if (expected.has(k)) {
            if (!found.has(k)) truePositives++;
            found.add(k);
          } else if (!real.has(k)) {
            falsePositives++;
            notes.push(`    FALSE ALARM ${variant.name}: ${describe(finding)}`);
          }
        }
        const tally = recall.get(variant.kind) ?? { found: 0, total: 0 };
        // One error per expected entry, found under any of its names.
        const caught = variant.expected.filter((e) => e.names.some((name) => found.has(key(e.code, e.line, inScript(name, script)))));
        tally.total += variant.expected.length;
        tally.found += caught.length;
        recall.set(variant.kind, tally);
        for (const e of variant.expected) if (!caught.includes(e)) notes.push(`    MISSED ${variant.name}: line ${e.line + 1} ${e.code}`);
      }
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const cells = [...recall].map(([kind, { found, total }]) => `${kind} ${found}/${total} = ${(found / Math.max(1, total)).toFixed(3)}`);
    console.log(`  ${script}: recall ${cells.join(', ')}; precision ${truePositives}/${truePositives + falsePositives} = ${precision.toFixed(3)}`);
    ok &&= precision >= 0.9 && [...recall.values()].every(({ found, total }) => found / Math.max(1, total) >= 0.9);
    for (const note of VERBOSE ? notes : notes.slice(0, 12)) console.log(note);
    if (!VERBOSE && notes.length > 12) console.log(`    … ${notes.length - 12} more (--verbose)`);
  }
  return ok;
}

// (c) Correct text: the figure corpus's dev pairs, laid out as calls.
function scoreCorpus(): boolean {
  console.log('\n(c) false alarms on correct translations (figure corpus, dev split)');
  const folder = path.join(ROOT, 'test/eval/corpus/dev');
  const entries: Entry[] = fs.readdirSync(folder).filter((file) => file.endsWith('.jsonl')).flatMap((file) =>
    fs.readFileSync(path.join(folder, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
      const pair = JSON.parse(line) as { id: string; en: string; zh: string };
      return { id: pair.id, en: pair.en, zh: pair.zh };
    }));
  let ok = true;
  for (const script of SCRIPTS) {
    const { text } = buildTranscript(entries.map((entry) => ({ ...entry, zh: inScript(entry.zh, script) })));
    const result = nameChecks(text, analyze(text).transcript, undefined, LABELS.glossary);
    const mentioned = result.index.length;
    console.log(`  ${script}: ${entries.length} pairs, ${mentioned} names indexed, ${result.findings.length} findings (all false alarms)`);
    for (const finding of result.findings.slice(0, 10)) console.log(`    ${describe(finding)}`);
    ok &&= result.findings.length === 0;
  }
  return ok;
}

// (d) Human translations of news. human.ts reads only the pairs with figures; names need every pair.
type HumanSet = (typeof HUMAN_SETS)[number];
const NAME_CODES: readonly NameCode[] = ['name-missing', 'name-inconsistent'];
/** Consecutive pairs laid out as one call: a few news documents, each naming its people again and again. */
const PAIRS_PER_CALL = 40;

function readSetFile(dataDir: string, repo: string, file: string): string[] {
  const folder = fs.readdirSync(dataDir).find((name) => name.toLowerCase().includes(repo.toLowerCase()));
  if (folder === undefined) throw new Error(`${repo}: not in ${dataDir}`);
  const root = path.join(dataDir, folder);
  const text = fs.existsSync(path.join(root, file))
    ? fs.readFileSync(path.join(root, file), 'utf8')
    : execFileSync('git', ['--git-dir', [root, path.join(root, 'repo'), path.join(root, '.git')].find((dir) => fs.existsSync(path.join(dir, 'HEAD'))) ?? root, 'show', `HEAD:${file}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return text.replace(/\n$/, '').split('\n').map((line) => line.replace(/[\r\u2028\u2029\u0085]/g, ' ').trim());
}

/** Every pair of a set with both sides, in document order. */
function allPairs(dataDir: string, set: HumanSet): Entry[] {
  const english = readSetFile(dataDir, set.repo, set.english);
  const chinese = readSetFile(dataDir, set.repo, set.chinese);
  if (english.length !== chinese.length) throw new Error(`${set.name}: ${english.length} English lines, ${chinese.length} Chinese`);
  return english.flatMap((en, i) => (en && chinese[i] ? [{ id: `${set.name}:${i}`, en, zh: chinese[i] }] : []));
}

interface HumanFinding {
  readonly set: string;
  readonly script: Script;
  readonly pair: Entry;
  readonly finding: Finding;
}

/** Runs the name checks over one set in one script, call by call; findings with the pair they fall on. */
function checkSet(set: HumanSet, pairs: readonly Entry[], script: Script) {
  const convert = script === set.script ? (text: string) => text : script === 'traditional' ? toTraditional : toSimplified;
  const findings: HumanFinding[] = [];
  let read = 0;
  let names = 0;
  let misreadFindings = 0;
  const drops = { caught: 0, total: 0, extra: 0 };
  for (let first = 0; first < pairs.length; first += PAIRS_PER_CALL) {
    const entries = pairs.slice(first, first + PAIRS_PER_CALL).map((pair) => ({ ...pair, zh: convert(pair.zh) }));
    const call = buildTranscript(entries);
    const analysis = analyze(call.text);
    const entryOfLine = new Map(call.englishLines.flatMap((line, i) => [[line, i], [line + 1, i]]));
    read += analysis.aligned.filter(({ paragraph }) => entryOfLine.get(paragraph.english.range.start.line) !== undefined && paragraph.chinese.range.start.line === paragraph.english.range.start.line + 1).length;
    names += analysis.names.length;
    // A pair's English line read as a speaker line (`Olive Oil: …`) makes a person of it: the layout's doing, kept apart.
    const misread = new Set(allTurns(analysis.transcript).filter((turn) => entryOfLine.has(turn.speakerRange.start.line)).map((turn) => turn.speaker.name.split(' ')[0]));
    for (const finding of analysis.findings.filter((f) => NAME_CODES.includes(f.code as NameCode))) {
      const i = entryOfLine.get(finding.range.start.line);
      if (i === undefined) throw new Error(`${set.name}: ${finding.code} on line ${finding.range.start.line + 1}, outside every pair`);
      if (misread.has((finding.english?.text ?? '').split(' ')[0])) misreadFindings++;
      else findings.push({ set: set.name, script, pair: entries[i], finding });
    }
    const dropped = dropEach(call.text, analysis, entryOfLine);
    drops.caught += dropped.caught;
    drops.total += dropped.total;
    drops.extra += dropped.extra;
  }
  return { read, names, findings, misreadFindings, drops };
}

/**
 * Injected drops on news: each person the call writes in Han characters on two or more pairs whose
 * English names them in full loses every rendering on the second such pair; the copy should report
 * name-missing there. `extra`: findings the copy adds elsewhere.
 */
function dropEach(text: string, analysis: ReturnType<typeof analyze>, entryOfLine: ReadonlyMap<number, number>) {
  const lines = text.split('\n');
  const before = new Set(analysis.findings.map((f) => key(f.code, f.range.start.line, subject(f))));
  let caught = 0;
  let total = 0;
  let extra = 0;
  for (const entry of analysis.names.filter((e) => e.kind === 'person')) {
    const places = [...new Set(entry.renderings.filter((r) => hasHan(r.text)).flatMap((r) => r.lines))]
      .sort((a, b) => a - b)
      .filter((line) => entryOfLine.has(line) && entryOfLine.get(line - 1) === entryOfLine.get(line) && lines[line - 1].includes(entry.english));
    if (places.length < 2) continue;
    const target = places[1];
    const copy = [...lines];
    // Every rendering, then the surname alone (`沃特斯` of `瑪克辛·沃特斯`), which still names the person.
    const surnames = entry.renderings.filter((r) => hasHan(r.text)).map((r) => r.text.split(/[·•‧・\-－ ]/).pop() ?? '');
    for (const text of [...entry.renderings.map((r) => r.text), ...surnames]) if (text) copy[target] = copy[target].split(text).join('');
    copy[target] = copy[target].replace(/\(\s*\)|（\s*）/g, '');
    const findings = analyze(copy.join('\n')).findings.filter((f) => NAME_CODES.includes(f.code as NameCode));
    total++;
    if (findings.some((f) => f.code === 'name-missing' && f.range.start.line === target)) caught++;
    else if (VERBOSE) console.log(`    drop not found: ${entry.english} (${entry.renderings.map((r) => r.text).join(', ')})\n      EN: ${lines[target - 1]}\n      ZH: ${copy[target]}`);
    extra += findings.filter((f) => f.range.start.line !== target && !before.has(key(f.code, f.range.start.line, subject(f)))).length;
  }
  return { caught, total, extra };
}

function scoreHuman(dataDir: string | undefined, review: number): void {
  console.log(`\n(d) false alarms on human translations of news (every pair, ${PAIRS_PER_CALL} consecutive pairs a call)`);
  const missing = dataDir ? missingData(dataDir) : ['all'];
  if (!dataDir || missing.length > 0) {
    console.log(`  skipped: no data (${dataDir ? `missing ${missing.join(', ')} in ${dataDir}` : 'give --data DIR or set TRANSCRIPT_REVIEW_EVAL_DATA'}; see test/eval/human.ts)`);
    return;
  }
  console.log('  set             script pairs  read names  missing inconsistent  misread  drops found  extra');
  const all: HumanFinding[] = [];
  for (const set of HUMAN_SETS) {
    const pairs = allPairs(dataDir, set);
    for (const script of SCRIPTS) {
      const { read, names, findings, misreadFindings, drops } = checkSet(set, pairs, script);
      all.push(...findings);
      const count = (code: NameCode) => String(findings.filter((f) => f.finding.code === code).length);
      const label = `${script.slice(0, 4)}${script === set.script ? '' : '*'}`;
      console.log(`  ${set.name.padEnd(15)} ${label.padEnd(6)} ${String(pairs.length).padStart(5)} ${String(read).padStart(5)} ${String(names).padStart(5)} ${count('name-missing').padStart(8)} ${count('name-inconsistent').padStart(12)} ${String(misreadFindings).padStart(8)} ${`${drops.caught}/${drops.total}`.padStart(12)} ${String(drops.extra).padStart(6)}`);
    }
  }
  console.log('  (* converted with opencc-js; read: pairs read as one translated paragraph; names: index entries summed over the calls;');
  console.log('   misread: findings on a "name" the parser took from an English line read as a speaker line, not counted above;');
  console.log('   drops: a person written in Han on two pairs that name them in full, every rendering and its surname removed from the second;');
  console.log('   found: name-missing there; extra: other new findings)');
  const shown = review > 0 ? shuffled(all, 2024).slice(0, review) : VERBOSE ? all : [];
  for (const { set, script, pair, finding } of shown) {
    console.log(`  ### ${set} ${script} ${pair.id}: ${finding.code} ${formatFinding(finding)}\n    EN: ${pair.en}\n    ZH: ${pair.zh}`);
  }
}

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** Prints the parts of the name evaluation; true when every target of (a)–(c) is met ((d) is measured, not scored). */
export function printNamesEvaluation(dataDir = option('--data') ?? process.env.TRANSCRIPT_REVIEW_EVAL_DATA): boolean {
  const results = [scoreSeeds(), scoreInjected(), scoreCorpus()];
  scoreHuman(dataDir, Number(option('--names-review') ?? 0));
  console.log(results.every(Boolean) ? '\nname checks: all targets met' : '\nname checks: some targets missed (see above)');
  return results.every(Boolean);
}

if (require.main === module) process.exitCode = printNamesEvaluation() ? 0 : 1;
