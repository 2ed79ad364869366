// Scores the name checks (src/analysis/names): (a) the seeds' real cases, labelled by hand in
// namesLabels.json; (b) errors injected into copies of the seeds — another transliteration of a name
// in k places, a name dropped from a translation, a glossary term rendered otherwise — with recall per
// kind and precision; (c) false alarms on correct text, the figure corpus's dev pairs laid out as
// calls. Every part in Traditional Chinese as written and in Simplified (opencc-js).
//
// Run: npx esbuild test/eval/names.ts --bundle --platform=node --target=node20 --outfile=OUT/names.js && node OUT/names.js [--verbose]
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import { analyze } from '../../src/analysis/analyze';
import type { Finding } from '../../src/analysis/checks/types';
import { nameChecks, type GlossaryEntry } from '../../src/analysis/names';
import { formatFinding } from '../../src/presentation/messages';
import { buildTranscript, type Entry } from './corpusTranscript';

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

/** Prints the three parts of the name evaluation; true when every target is met. */
export function printNamesEvaluation(): boolean {
  const results = [scoreSeeds(), scoreInjected(), scoreCorpus()];
  console.log(results.every(Boolean) ? '\nname checks: all targets met' : '\nname checks: some targets missed (see above)');
  return results.every(Boolean);
}

if (require.main === module) process.exitCode = printNamesEvaluation() ? 0 : 1;
