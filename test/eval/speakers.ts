// Speaker-turn precision and recall on real earnings-call transcripts in layouts beyond the seeds,
// against speaker lists checked by hand (test/eval/speakers/*.json). Nothing of the transcripts is kept
// in this repository: the script reads them from the public repositories, in a folder given at run time.
//
//   node speakers.js --data DIR [--held-out] [--verbose]
//
// DIR (or $TRANSCRIPT_REVIEW_EVAL_DATA) holds one folder per repository whose name contains the
// repository's name (`Infowarriors-Davidson`): a bare git directory, a folder with one inside (`repo/`,
// `.git/`), or a checkout. Files are read as bytes at the commit the list names (else HEAD) and decoded
// as the command line decodes them. A turn is its speaker line's line number and the speaker's key, so
// `Robert A. Iger` and `Robert Iger` on the same line agree, and a turn found one line off does not.
// The transcripts marked `heldOut` are scored only with --held-out: they were never used to tune the parser.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseTranscript } from '../../src/analysis/parse/parse';
import { speakerKey } from '../../src/analysis/parse/speakers';
import { allTurns } from '../../src/analysis/model';
import { decodeTranscript } from '../../src/cli/input';

interface LabelledTranscript {
  readonly path: string;
  readonly heldOut: boolean;
  /** Speaker lines in order: 1-based line number and the name as the line writes it. */
  readonly turns: ReadonlyArray<readonly [number, string]>;
}

interface Source {
  readonly repo: string;
  readonly commit: string;
  /** The encoding the files are published in. */
  readonly encoding: string;
  readonly layout: string;
  readonly transcripts: readonly LabelledTranscript[];
}

/** The labelled sources, beside the script (test/eval) or in the repository above a compiled copy. */
function labelFolder(): string {
  if (fs.existsSync(path.join(__dirname, 'speakers'))) return path.join(__dirname, 'speakers');
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test', 'eval', 'speakers');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('test/eval/speakers/ not found above ' + __dirname);
}

export function loadSources(): Source[] {
  const folder = labelFolder();
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Source);
}

const repoName = (repo: string) => repo.split('/')[1];

function repoFolder(dataDir: string, repo: string): string | null {
  const wanted = repoName(repo).toLowerCase();
  const entry = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).find((name) => name.toLowerCase().includes(wanted)) : undefined;
  return entry === undefined ? null : path.join(dataDir, entry);
}

function readBytes(folder: string, commit: string, file: string): Uint8Array {
  if (fs.existsSync(path.join(folder, file))) return fs.readFileSync(path.join(folder, file));
  const gitDir = [folder, path.join(folder, 'repo'), path.join(folder, '.git')].find((dir) => fs.existsSync(path.join(dir, 'HEAD')));
  if (!gitDir) throw new Error(`${folder}: neither a checkout holding ${file} nor a git directory`);
  for (const revision of [commit, 'HEAD']) {
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${revision}:${file}`], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      // A shallow copy may not hold the commit the list was checked against: its HEAD is tried next.
    }
  }
  throw new Error(`${gitDir}: ${file} not found at ${commit} nor at HEAD`);
}

// Windows-1252's characters for bytes 0x80–0x9F (its other bytes are Latin-1). Node 20's TextDecoder
// decodes `windows-1252` as Latin-1, turning the quotes and dashes into C1 control characters.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The text as the command line reads it; where it cannot yet (or decodes C1 controls), Windows-1252 by table. */
export function decodeFile(bytes: Uint8Array, file: string): { text: string; decoder: string } {
  try {
    const text = decodeTranscript(bytes, file);
    if (!/[\u0080-\u009f]/.test(text)) return { text, decoder: 'decodeTranscript' };
  } catch {
    // Refused (not UTF-8): decoded below, and the report says so.
  }
  return { text: decodeWindows1252(bytes), decoder: 'windows-1252 table' };
}

export interface Score {
  readonly file: string;
  readonly heldOut: boolean;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly decoder: string;
  readonly misses: readonly string[];
  readonly falseTurns: readonly string[];
}

export function scoreTranscript(text: string, labelled: LabelledTranscript, decoder: string): Score {
  const lines = text.split(/\r\n|\r|\n/);
  const key = (line: number, name: string) => `${line}:${speakerKey(name)}`;
  const expected = new Map(labelled.turns.map(([line, name]) => [key(line, name), `${line} ${name}`]));
  const found = new Map(allTurns(parseTranscript(text)).map((turn) => {
    const line = turn.speakerRange.start.line + 1;
    return [key(line, turn.speaker.name), `${line} ${turn.speaker.name} | ${(lines[line - 1] ?? '').slice(0, 80)}`];
  }));
  const matched = [...found.keys()].filter((k) => expected.has(k)).length;
  return {
    file: labelled.path,
    heldOut: labelled.heldOut,
    expected: expected.size,
    found: found.size,
    matched,
    decoder,
    misses: [...expected].filter(([k]) => !found.has(k)).map(([, v]) => v),
    falseTurns: [...found].filter(([k]) => !expected.has(k)).map(([, v]) => v),
  };
}

/** Every labelled transcript of the chosen group (tuning, or held out) whose repository is in DIR. */
export function evaluateSpeakers(dataDir: string, heldOut: boolean): { scores: Score[]; missing: string[] } {
  const scores: Score[] = [];
  const missing: string[] = [];
  for (const source of loadSources()) {
    const folder = repoFolder(dataDir, source.repo);
    if (!folder) {
      missing.push(source.repo);
      continue;
    }
    for (const labelled of source.transcripts.filter((t) => t.heldOut === heldOut)) {
      const { text, decoder } = decodeFile(readBytes(folder, source.commit, labelled.path), labelled.path);
      scores.push(scoreTranscript(text, labelled, decoder));
    }
  }
  return { scores, missing };
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : '—');

export function printScores(scores: readonly Score[], verbose: boolean): void {
  console.log('transcript                                  expected found matched precision recall   F1  decoded with');
  const total = { expected: 0, found: 0, matched: 0 };
  for (const score of scores) {
    const f1 = score.expected + score.found ? (2 * score.matched) / (score.expected + score.found) : 1;
    console.log(`${path.basename(score.file).padEnd(43)} ${String(score.expected).padStart(8)} ${String(score.found).padStart(5)} ${String(score.matched).padStart(7)} ${ratio(score.matched, score.found).padStart(9)} ${ratio(score.matched, score.expected).padStart(6)} ${f1.toFixed(3).padStart(5)}  ${score.decoder}`);
    total.expected += score.expected;
    total.found += score.found;
    total.matched += score.matched;
    if (verbose) {
      for (const miss of score.misses) console.log(`    missed  ${miss}`);
      for (const wrong of score.falseTurns) console.log(`    false   ${wrong}`);
    }
  }
  const f1 = (2 * total.matched) / (total.expected + total.found || 1);
  console.log(`${'all'.padEnd(43)} ${String(total.expected).padStart(8)} ${String(total.found).padStart(5)} ${String(total.matched).padStart(7)} ${ratio(total.matched, total.found).padStart(9)} ${ratio(total.matched, total.expected).padStart(6)} ${f1.toFixed(3).padStart(5)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dataDir = option('--data') ?? process.env.TRANSCRIPT_REVIEW_EVAL_DATA;
  const repos = [...new Set(loadSources().map((source) => source.repo))];
  const missing = dataDir ? repos.filter((repo) => !repoFolder(dataDir, repo)) : repos;
  if (!dataDir || missing.length === repos.length) {
    console.log(`skipped: data not found (${dataDir ? `no folder named like ${missing.map(repoName).join(', ')} in ${dataDir}` : 'give --data DIR or set TRANSCRIPT_REVIEW_EVAL_DATA'})`);
    console.log('To fetch it: mkdir -p DIR && cd DIR, then for each repository:');
    for (const repo of repos) console.log(`  git clone --bare https://github.com/${repo}`);
    return;
  }
  const heldOut = args.includes('--held-out');
  const { scores } = evaluateSpeakers(dataDir, heldOut);
  if (missing.length > 0) console.log(`not scored (no folder named like them in ${dataDir}): ${missing.join(', ')}`);
  console.log(`Speaker turns, ${heldOut ? 'held-out transcripts (never tuned on)' : 'tuning transcripts'}:`);
  printScores(scores, args.includes('--verbose'));
}

// Only as the entry point: a bundle that imports this file shares its `module` with require.main.
if (require.main === module && /speakers\.[jt]s$/.test(process.argv[1] ?? '')) main();
