// Performance benchmark: `npm run bench` (= node esbuild.js && node --expose-gc out/bench/bench.js).
// Reports medians after warm-up; never asserts on time. Results: out/bench/results.json.
// Environment: BENCH_QUICK=1 for a short smoke run; BENCH_SKIP_PROCESS=1 skips the production-build,
// extension-activation and CLI measurements; BENCH_NO_BUILD=1 keeps those but measures dist/ as it is
// (no production build, so no restoring the dev build either: out/ is left alone); BENCH_CLI=FILE
// measures that CLI bundle instead of dist/cli.js.
// The bundle may be built anywhere (e.g. `npx esbuild test/bench/bench.ts --bundle --platform=node
// --external:@microsoft/recognizers-text-suite --outfile=/tmp/x/bench.js`, with activate.ts and
// profile.ts beside it for those steps) and run from inside the repository, or with BENCH_ROOT set.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, analyzeSteps, DEFAULT_ANALYZE_OPTIONS } from '../../src/analysis/analyze';
import { AnalysisMemo } from '../../src/analysis/memo';
import { EDITOR_SLICE_MS, runInSlices } from '../../src/analysis/steps';
import { SEED_FILES as SEEDS } from './adversarialInputs';
import { gc, hasGc, keep, machine, mb, median, now, repositoryRoot, runProcess, time, type ProcessRun, type TimeOptions, type Timing } from './measure';
import { measureNames } from './names';
import { paragraphsOf, peerLoadTime, runPeer, type Paragraphs } from './peer';
import { printReport } from './report';
import { adversarial, frontOf, synthesize } from './synth';

// Child processes run from a staged copy (see stage()), so they are told where the repository is.
const ROOT = repositoryRoot(__dirname, SEEDS[0]);
const QUICK = process.env.BENCH_QUICK === '1';
const SKIP_PROCESS = process.env.BENCH_SKIP_PROCESS === '1';
const NO_BUILD = process.env.BENCH_NO_BUILD === '1';
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'dist', 'cli.js');
/** A path for the report: relative inside the repository, absolute elsewhere. */
const shown = (file: string): string => (file.startsWith(ROOT + path.sep) ? path.relative(ROOT, file) : file);
/** Whole-bench budget the optional 10 MB peer run must fit into (ms). */
const TOTAL_BUDGET_MS = QUICK ? 60_000 : 280_000;
const benchStart = now();
const elapsed = (): number => now() - benchStart;

interface Input {
  readonly name: string;
  readonly text: string;
  readonly bytes: number;
  /** Where it came from, for the report. */
  readonly origin: string;
}

const results: Record<string, unknown> = {};

/** Paths of the staged copies of this benchmark's bundles. */
interface Staged {
  readonly bench: string;
  readonly activate: string;
  readonly profile: string;
}

/**
 * Copies out/bench/*.js to a temp folder before anything else: `node esbuild.js` (ours, restoring the
 * dev build, or anyone else's on the same tree) empties out/, and the child processes need these files.
 * Source maps are copied with an absolute sourceRoot so profiles still map to src/.
 */
function stage(tmp: string): Staged {
  const dir = path.join(tmp, 'bin');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ['bench', 'activate', 'profile']) {
    // A bundle built alone (bench.js only) still runs: the steps that need the others report their absence.
    if (!fs.existsSync(path.join(__dirname, `${name}.js`))) continue;
    fs.copyFileSync(path.join(__dirname, `${name}.js`), path.join(dir, `${name}.js`));
    const map = path.join(__dirname, `${name}.js.map`);
    if (fs.existsSync(map)) {
      const raw = JSON.parse(fs.readFileSync(map, 'utf8')) as { sourceRoot?: string };
      raw.sourceRoot = path.resolve(__dirname, raw.sourceRoot ?? '');
      fs.writeFileSync(path.join(dir, `${name}.js.map`), JSON.stringify(raw));
    }
  }
  return { bench: path.join(dir, 'bench.js'), activate: path.join(dir, 'activate.js'), profile: path.join(dir, 'profile.js') };
}

const childEnv = { ...process.env, BENCH_ROOT: ROOT };

function log(message: string): void {
  process.stderr.write(`[bench ${(elapsed() / 1000).toFixed(0).padStart(3)}s] ${message}\n`);
}

const fmt = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

/** Timing options by input size: many runs for small inputs, few for large ones. */
function plan(bytes: number, perInputBudgetMs: number): TimeOptions {
  const scale = QUICK ? 0.3 : 1;
  if (bytes < 300_000) return { warmup: 5, warmupMs: 1_000 * scale, minRuns: 10, maxRuns: 60, budgetMs: perInputBudgetMs * scale };
  if (bytes < 3_000_000) return { warmup: 2, warmupMs: 500 * scale, minRuns: 5, maxRuns: 20, budgetMs: perInputBudgetMs * scale };
  // Large inputs run after the 1 MB ones, so the code is already optimised: no warm-up.
  return { warmup: 0, minRuns: QUICK ? 1 : 3, maxRuns: 5, budgetMs: perInputBudgetMs * scale };
}

/** The floor: one pass of one simple regex over the text. Self-contained: its source also runs alone in a child process (FLOOR_SCRIPT). */
function floor(text: string): number {
  const digits = /\d+/g;
  let count = 0;
  while (digits.exec(text) !== null) count++;
  return count;
}

/** `node -e FLOOR_SCRIPT FILE`: the floor as a whole process (start-up, reading the file, one regex pass). */
const FLOOR_SCRIPT = `const text = require('fs').readFileSync(process.argv[1], 'utf8'); console.log((${floor.toString()})(text));`;

/** Inserts one character in the middle of the text (a different one each call, so no result repeats). */
let editCount = 0;
function editMiddle(text: string): string {
  const mid = text.length >> 1;
  const char = 'abcdefghijklmnopqrstuvwxyz'[editCount++ % 26];
  return text.slice(0, mid) + char + text.slice(mid);
}

interface SliceRun {
  readonly slices: number;
  /** The longest slice: the longest the extension host is kept from other work. */
  readonly longestMs: number;
  readonly totalMs: number;
}

/** Runs the analysis through runInSlices, the extension's own driver, timing every slice. */
function slicedRun(text: string, memo: AnalysisMemo): SliceRun {
  const queue: Array<() => void> = [];
  const durations: number[] = [];
  const timed = (slice: () => void) => {
    const start = now();
    slice();
    durations.push(now() - start);
  };
  const started = now();
  timed(() => void runInSlices(analyzeSteps(text, DEFAULT_ANALYZE_OPTIONS, memo), { sliceMs: EDITOR_SLICE_MS, now, later: (next) => void queue.push(next), wanted: () => true }));
  for (let next = queue.shift(); next; next = queue.shift()) timed(next);
  return { slices: durations.length, longestMs: Math.max(...durations), totalMs: now() - started };
}

// ---------------------------------------------------------------- inputs

function buildInputs(): Input[] {
  const seeds = SEEDS.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));
  const inputs: Input[] = SEEDS.map((file, i) => ({
    name: `seed ${path.basename(file).slice(0, 3)}`,
    text: seeds[i],
    bytes: Buffer.byteLength(seeds[i], 'utf8'),
    origin: file,
  }));
  const layouts = seeds.map((text) => analyze(text).transcript.layout);
  const synth = (seedIndex: number, targetBytes: number, label: string): Input => {
    const text = synthesize(seeds[seedIndex], targetBytes, 1000 + seedIndex * 17 + targetBytes / 1e6);
    return { name: `${label} ${layouts[seedIndex]}`, text, bytes: Buffer.byteLength(text, 'utf8'), origin: `synthetic from ${SEEDS[seedIndex]}` };
  };
  inputs.push(synth(0, 1e6, '1 MB'), synth(1, 1e6, '1 MB'), synth(1, 1e7, '10 MB'));
  return inputs;
}

/** The second 10 MB document (bulleted layout), measured only when the time budget allows. */
function optionalInput(): Input {
  const seed = fs.readFileSync(path.join(ROOT, SEEDS[0]), 'utf8');
  const text = synthesize(seed, 1e7, 1000 + 10);
  return { name: `10 MB ${analyze(seed).transcript.layout}`, text, bytes: Buffer.byteLength(text, 'utf8'), origin: `synthetic from ${SEEDS[0]}` };
}

// ---------------------------------------------------------------- in-process measurements

export interface InputResult {
  name: string;
  origin: string;
  bytes: number;
  lines: number;
  layout: string;
  turns: number;
  paragraphs: number;
  /** English and Chinese paragraph texts, distinct vs all: the memo reads a repeated text once, so a synthetic input must repeat none. */
  distinctTexts: { distinct: number; total: number };
  findings: number;
  analyze: Timing;
  analyzeMBps: number;
  floor: Timing;
  floorMatches: number;
  fullOverFloor: number;
  edit: Timing;
  /** The analysis run as the extension runs it: slices of EDITOR_SLICE_MS, cold and after an edit. */
  slices: { cold: SliceRun; edit: SliceRun };
  peer: (Timing & { found: number; paragraphs: number; peerOverOurs: number }) | null;
  peerNote?: string;
}

function measureInput(input: Input, peerWanted: boolean): InputResult {
  log(`${input.name}: ${fmt(mb(input.bytes), 2)} MB`);
  const analysis = analyze(input.text);
  const turns = analysis.transcript.sections.flatMap((s) => s.turns);
  const paragraphCount = turns.reduce((n, t) => n + t.paragraphs.length, 0);
  const paragraphs = paragraphsOf(analysis);
  const big = input.bytes > 3e6;
  const full = time(() => analyze(input.text), plan(input.bytes, big ? 10_000 : 3_000));
  const floorTiming = time(() => floor(input.text), { warmup: 3, minRuns: 5, maxRuns: 30, budgetMs: 500 });
  // The extension's path on typing: the document's memo holds the previous version's paragraphs.
  const memo = new AnalysisMemo();
  analyze(input.text, DEFAULT_ANALYZE_OPTIONS, memo);
  const edit = time(() => analyze(editMiddle(input.text), DEFAULT_ANALYZE_OPTIONS, memo), big ? { warmup: 0, minRuns: QUICK ? 1 : 2, maxRuns: 3, budgetMs: QUICK ? 0 : 6_000 } : plan(input.bytes, 1_500));
  const slices = { cold: slicedRun(input.text, new AnalysisMemo()), edit: slicedRun(editMiddle(input.text), memo) };
  const result: InputResult = {
    name: input.name,
    origin: input.origin,
    bytes: input.bytes,
    lines: analysis.transcript.lineCount,
    layout: analysis.transcript.layout,
    turns: turns.length,
    paragraphs: paragraphCount,
    distinctTexts: { distinct: new Set(paragraphs.english).size + new Set(paragraphs.chinese).size, total: paragraphs.english.length + paragraphs.chinese.length },
    findings: analysis.findings.length,
    analyze: full,
    analyzeMBps: mb(input.bytes) / (full.median / 1000),
    floor: floorTiming,
    floorMatches: floor(input.text),
    fullOverFloor: full.median / floorTiming.median,
    edit,
    slices,
    peer: null,
  };
  if (peerWanted) {
    // The first small input warms the peer up (loads its models); later ones need no separate warm-up.
    const firstUse = peerLoadTime() === null;
    const found = runPeer(paragraphs, ROOT);
    const runs = input.bytes > 300_000 ? { warmup: 0, minRuns: QUICK ? 1 : 2, maxRuns: 3, budgetMs: 5_000 } : { warmup: firstUse ? 1 : 0, minRuns: 3, maxRuns: 7, budgetMs: 2_000 };
    const timing = time(() => runPeer(paragraphs, ROOT), runs);
    result.peer = { ...timing, found, paragraphs: paragraphs.english.length + paragraphs.chinese.length, peerOverOurs: timing.median / full.median };
  }
  log(`  analyze ${fmt(full.median)} ms (${fmt(result.analyzeMBps, 2)} MB/s, ${full.runs} runs), floor ${fmt(floorTiming.median, 2)} ms, edit ${fmt(edit.median)} ms${result.peer ? `, peer ${fmt(result.peer.median)} ms` : ''}`);
  return result;
}

/** Child mode: the peer over the paragraphs in a JSON file (written by measureWholeProcess), as a whole process. */
function peerChild(file: string): void {
  console.log(runPeer(JSON.parse(fs.readFileSync(file, 'utf8')) as Paragraphs, ROOT));
}

/**
 * Child mode: heap around one analyze() of the file, in a fresh process so nothing else is on the heap.
 * gc() first; heapUsed is sampled before and right after; run with --trace-gc, the heap size V8 reports
 * at each collection during the analysis (between the BEGIN/END marks) gives the peak.
 */
function heapChild(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  gc();
  const base = process.memoryUsage().heapUsed;
  process.stdout.write('HEAP-BEGIN\n');
  const analysis = analyze(text);
  const afterNoGc = process.memoryUsage().heapUsed;
  process.stdout.write('HEAP-END\n');
  gc();
  const retained = process.memoryUsage().heapUsed;
  keep(analysis);
  process.stdout.write(
    JSON.stringify({
      textMB: mb(Buffer.byteLength(text, 'utf8')),
      baseHeapMB: mb(base),
      heapAfterAnalyzeMB: mb(afterNoGc),
      heapRetainedMB: mb(retained),
      analysisRetainedMB: mb(retained - base),
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }) + '\n',
  );
}

function measureHeap(input: Input, tmp: string, staged: Staged): Record<string, number> | { error: string } {
  const file = path.join(tmp, 'heap-input.txt');
  fs.writeFileSync(file, input.text);
  const run = runProcess(process.execPath, ['--expose-gc', '--trace-gc', staged.bench, '--heap-child', file], { env: childEnv });
  try {
    const lines = run.stdout.trim().split('\n');
    const values = JSON.parse(lines[lines.length - 1]) as Record<string, number>;
    // `Scavenge 38.1 (52.0) -> 30.2 (52.0) MB`: heap used before each collection inside the analysis.
    const during = lines.slice(lines.indexOf('HEAP-BEGIN'), lines.indexOf('HEAP-END'));
    const atGc = during.map((line) => /:\s+[\w-]+(?: \([\w ]+\))? ([\d.]+) \([\d.]+\) ->/.exec(line)).filter((m) => m !== null).map((m) => Number(m![1]));
    const peak = Math.max(values.heapAfterAnalyzeMB, ...atGc);
    return { ...values, collectionsDuringAnalyze: atGc.length, peakHeapMB: peak, peakOverBaseMB: peak - values.baseHeapMB };
  } catch {
    return { error: `heap child failed (${run.status}): ${run.stderr.slice(0, 500)}` };
  }
}

/** Child mode under `node --cpu-prof`: analyze() of the 10 MB interleaved input, warm-up then 3 runs. */
function profileChild(): void {
  const seed = fs.readFileSync(path.join(ROOT, SEEDS[1]), 'utf8');
  const text = synthesize(seed, 1e7, 4242);
  for (let i = 0; i < 2; i++) keep(analyze(text));
}

/** Runs the profile child and summarises self time per source function (profile.js, source-mapped). */
function profile10MB(tmp: string, staged: Staged): { top: Array<{ ms: number; percent: number; name: string }>; file: string } | { error: string } {
  const dir = path.join(tmp, 'profile');
  const run = runProcess(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, staged.bench, '--profile-child'], { cwd: ROOT, env: childEnv });
  const name = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  if (!name) return { error: `no profile written (${run.status}): ${run.stderr.slice(0, 500)}` };
  const file = path.join(dir, name);
  const summary = runProcess(process.execPath, [staged.profile, file, '15'], { cwd: ROOT });
  const top = summary.stdout
    .split('\n')
    .map((line) => /^\s*(\d+) ms\s+([\d.]+)%\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ ms: +m[1], percent: +m[2], name: m[3] }));
  return top.length ? { top, file } : { error: `profile summary failed: ${summary.stderr.slice(0, 500)}` };
}

function measureAdversarial(normal: Input, english: string, chinese: string, front: string): Array<Record<string, unknown>> {
  const normalTiming = time(() => analyze(normal.text), { warmup: 0, minRuns: 3, maxRuns: 10, budgetMs: QUICK ? 0 : 2_000 });
  const out: Array<Record<string, unknown>> = [];
  for (const [name, text] of Object.entries(adversarial(1e6, english, chinese, front))) {
    const bytes = Buffer.byteLength(text, 'utf8');
    // Guard against a pathological case eating the whole budget: one timed probe decides the runs.
    const probe = time(() => analyze(text), { warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 });
    const timing = probe.median > 5_000 ? probe : time(() => analyze(text), { warmup: 1, minRuns: 3, maxRuns: 15, budgetMs: QUICK ? 300 : 1_500 });
    const ratio = timing.median / normalTiming.median;
    out.push({ name, bytes, analyze: timing, MBps: mb(bytes) / (timing.median / 1000), overNormal: ratio });
    log(`  adversarial ${name}: ${fmt(timing.median)} ms (${fmt(ratio, 2)}× normal)`);
  }
  out.unshift({ name: `normal (${normal.name})`, bytes: normal.bytes, analyze: normalTiming, MBps: mb(normal.bytes) / (normalTiming.median / 1000), overNormal: 1 });
  return out;
}

// ---------------------------------------------------------------- process measurements

function fileKB(file: string): number | null {
  return fs.existsSync(file) ? fs.statSync(file).size / 1024 : null;
}

/** Top-level names of the VS Code API by kind, read from @types/vscode (empty lists if absent). */
function vscodeApiNames(): { enums: string[]; classes: string[]; namespaces: string[]; values: string[] } {
  const names = { enums: [] as string[], classes: [] as string[], namespaces: [] as string[], values: [] as string[] };
  const file = path.join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts');
  if (!fs.existsSync(file)) return names;
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/^\texport (class|enum|namespace|const|let|function) (\w+)/gm)) {
    const kind = match[1] === 'enum' ? 'enums' : match[1] === 'class' ? 'classes' : match[1] === 'namespace' ? 'namespaces' : 'values';
    if (!names[kind].includes(match[2])) names[kind].push(match[2]);
  }
  return names;
}

export interface ProcessTiming {
  /** Median wall time of the whole process, ms. */
  readonly median: number;
  readonly runs: number;
}

export interface WholeProcessRow {
  readonly name: string;
  readonly bytes: number;
  readonly check: ProcessTiming;
  readonly floor: ProcessTiming;
  readonly peer: ProcessTiming;
  readonly checkOverFloor: number;
  readonly peerOverCheck: number;
}

/**
 * `node CLI check --json FILE > /dev/null` as a whole process, beside the floor and the peer each as a
 * whole process too (the same start-up: node, reading the file): the floor by FLOOR_SCRIPT, the peer by
 * this bundle's --peer-child over the same paragraphs, handed over as JSON. Check and floor runs
 * alternate, so that a change in the machine's load touches both; one untimed run of each warms the file cache.
 */
function measureWholeProcess(tmp: string, staged: Staged, inputs: readonly Input[]): WholeProcessRow[] {
  const devNull = fs.openSync(os.devNull, 'w');
  /** Wall ms of one run; throws on an unexpected exit status (check exits 1 when it finds an error). */
  const run = (args: readonly string[]): number => {
    const result = runProcess(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', devNull, 'pipe'] });
    if (result.status !== 0 && !(args[0] === CLI && result.status === 1)) throw new Error(`node ${path.basename(args[0])} … failed (${result.status}): ${result.stderr.slice(0, 500)}`);
    return result.ms;
  };
  const timing = (runs: number[]): ProcessTiming => ({ median: median(runs), runs: runs.length });
  const file = path.join(tmp, 'whole-process-input.txt');
  const paragraphsFile = path.join(tmp, 'whole-process-paragraphs.json');
  try {
    return inputs.map((input) => {
      fs.writeFileSync(file, input.text);
      fs.writeFileSync(paragraphsFile, JSON.stringify(paragraphsOf(analyze(input.text))));
      const check = [CLI, 'check', '--json', file];
      const floorArgs = ['-e', FLOOR_SCRIPT, file];
      run(check);
      run(floorArgs);
      const checks: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < (QUICK ? 1 : input.bytes > 3e6 ? 3 : 5); i++) {
        floors.push(run(floorArgs));
        checks.push(run(check));
      }
      const peers = Array.from({ length: QUICK || input.bytes > 3e6 ? 1 : 2 }, () => run([staged.bench, '--peer-child', paragraphsFile]));
      const row = { name: input.name, bytes: input.bytes, check: timing(checks), floor: timing(floors), peer: timing(peers) };
      log(`  whole process ${input.name}: check ${fmt(row.check.median, 0)} ms, floor ${fmt(row.floor.median, 0)} ms, peer ${fmt(row.peer.median, 0)} ms`);
      return { ...row, checkOverFloor: row.check.median / row.floor.median, peerOverCheck: row.peer.median / row.check.median };
    });
  } finally {
    fs.closeSync(devNull);
  }
}

function measureProcesses(tmp: string, staged: Staged, seeds: Input[], large: Input[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const runner = staged.activate;
  const apiNames = path.join(tmp, 'vscode-api.json');
  fs.writeFileSync(apiNames, JSON.stringify(vscodeApiNames()));

  let build: ProcessRun | null = null;
  if (NO_BUILD) log('BENCH_NO_BUILD=1: measuring dist/ as it is');
  else {
    log('production build (node esbuild.js --production)');
    build = runProcess(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT });
    out.productionBuild = { ms: build.ms, status: build.status, stderr: build.stderr.slice(0, 2000) };
  }
  try {
    if (build && build.status !== 0) throw new Error(`production build failed: ${build.stderr.slice(0, 1000)}`);
    const extension = path.join(ROOT, 'dist', 'extension.js');
    out.bundleKB = { extension: fileKB(extension), cli: fileKB(CLI) };

    // Load + activate in fresh processes.
    const activations: Array<Record<string, number>> = [];
    const walls: number[] = [];
    let activationError: string | null = null;
    for (let i = 0; i < (QUICK ? 3 : 7); i++) {
      const run = runProcess(process.execPath, [runner, extension, apiNames], { cwd: tmp });
      const parsed = JSON.parse(run.stdout.trim().split('\n').pop() || '{}') as Record<string, number> & { error?: string };
      if (parsed.error || run.status !== 0) {
        activationError = parsed.error ?? run.stderr.slice(0, 1000);
        break;
      }
      activations.push(parsed);
      walls.push(run.ms);
    }
    out.activation = activationError
      ? { error: activationError }
      : {
          runs: activations.length,
          loadMs: median(activations.map((a) => a.loadMs)),
          activateMs: median(activations.map((a) => a.activateMs)),
          loadPlusActivateMs: median(activations.map((a) => a.loadMs + a.activateMs)),
          processWallMs: median(walls),
          subscriptions: activations[0]?.subscriptions,
        };
    log(`  activation: ${JSON.stringify(out.activation)}`);

    // CLI on one file, whole process.
    const seed = path.join(ROOT, SEEDS[1]);
    const cliRuns: number[] = [];
    let cliStatus: number | null = null;
    runProcess(process.execPath, [CLI, 'check', seed, '--json'], { cwd: ROOT }); // warm the file cache
    for (let i = 0; i < 5; i++) {
      const run = runProcess(process.execPath, [CLI, 'check', seed, '--json'], { cwd: ROOT });
      cliRuns.push(run.ms);
      cliStatus = run.status;
    }
    out.cliFile = { file: SEEDS[1], wallMs: median(cliRuns), runs: cliRuns.length, exitStatus: cliStatus };
    log(`  cli check FILE --json: ${fmt(median(cliRuns))} ms`);

    log(`whole process: check --json vs floor vs peer on ${large.map((i) => i.name).join(', ')}`);
    const rows = measureWholeProcess(tmp, staged, large);
    const [small, big] = [rows[0], rows[rows.length - 1]];
    out.wholeProcess = { rows, growth: { big: big.name, small: small.name, sizeRatio: big.bytes / small.bytes, checkRatio: big.check.median / small.check.median, floorRatio: big.floor.median / small.floor.median } };

    // CLI over a folder of copies.
    const dir = path.join(tmp, 'corpus');
    fs.mkdirSync(dir, { recursive: true });
    const copies = QUICK ? 40 : 200;
    for (let i = 0; i < copies; i++) {
      const source = seeds[i % seeds.length];
      fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}_${path.basename(source.origin)}`), source.text);
    }
    const folderRuns: Array<Record<string, number>> = [];
    let folderLine = '';
    // One run, repeated (up to three) while the runs stay short.
    let folderSpent = 0;
    for (let i = 0; i < 3 && (i === 0 || (!QUICK && folderSpent < 10_000)); i++) {
      const run = runProcess(process.execPath, [CLI, 'check', dir], { cwd: ROOT });
      folderSpent += run.ms;
      const line = run.stderr.split('\n').find((l) => /files,.*MB in/.test(l)) ?? '';
      folderLine = line || run.stderr.slice(-500);
      const match = /(\d+) files, ([\d.]+) MB in ([\d.]+) s \(([\d.]+) files\/s, ([\d.]+) MB\/s\)/.exec(line);
      if (match) folderRuns.push({ files: +match[1], MB: +match[2], seconds: +match[3], filesPerSecond: +match[4], MBps: +match[5], wallMs: run.ms, exitStatus: run.status ?? -1 });
    }
    out.cliFolder = folderRuns.length
      ? { copies, runs: folderRuns.length, line: folderLine, ...Object.fromEntries(['files', 'MB', 'seconds', 'filesPerSecond', 'MBps', 'wallMs'].map((k) => [k, median(folderRuns.map((r) => r[k]))])) }
      : { copies, error: `no summary line on stderr: ${folderLine}` };
    log(`  cli check DIR: ${folderLine}`);
  } catch (error) {
    out.error = String((error as Error).message ?? error);
  } finally {
    if (!NO_BUILD) {
      log('restoring the dev build (node esbuild.js)');
      const restore = runProcess(process.execPath, ['esbuild.js'], { cwd: ROOT });
      out.devBuildRestored = restore.status === 0;
      if (restore.status !== 0) out.devBuildError = restore.stderr.slice(0, 2000);
    }
  }
  return out;
}

function main(): void {
  if (process.argv[2] === '--heap-child') return heapChild(process.argv[3]);
  if (process.argv[2] === '--profile-child') return profileChild();
  if (process.argv[2] === '--peer-child') return peerChild(process.argv[3]);
  if (!hasGc()) log('note: run with --expose-gc for heap figures');
  results.machine = machine();
  results.date = new Date().toISOString();
  results.quick = QUICK;
  const m = results.machine as Record<string, string | number>;
  log(`${m.cpu} × ${m.cores}, Node ${m.node}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-review-bench-'));
  const staged = stage(tmp);

  try {
    const inputs = buildInputs();
    log(`inputs built: ${inputs.map((i) => `${i.name} ${fmt(mb(i.bytes), 2)} MB`).join(', ')}`);
    const measured: InputResult[] = [];
    for (const input of inputs) measured.push(measureInput(input, input.bytes < 3e6));

    // The 10 MB peer run, once, only if the projection fits in the budget.
    const oneMb = measured.find((r) => r.name.startsWith('1 MB interleaved'));
    const tenMb = measured.find((r) => r.name.startsWith('10 MB interleaved'));
    const tenInput = inputs.find((i) => i.name.startsWith('10 MB interleaved'));
    // What the remaining steps should cost, from what was measured so far.
    const t1 = oneMb?.analyze.median ?? 1_000;
    const t10 = tenMb?.analyze.median ?? 10 * t1;
    const tSeed = measured[1].analyze.median;
    const remaining = (): number => 3 * t10 + 1_000 /* heap */ + 2.5 * t10 + 3_000 /* profile */ + 15 * t1 /* adversarial */ + 4 * t10 /* name checks */ + 20 * t10 /* whole-process check, floor and peer */ + (SKIP_PROCESS ? 0 : 15_000 + 200 * tSeed * 1.5 /* builds, processes, CLI folder */);
    if (oneMb?.peer && tenMb && tenInput) {
      const projected = (oneMb.peer.median * tenMb.bytes) / oneMb.bytes + 2 * t1;
      if (elapsed() + projected + remaining() < TOTAL_BUDGET_MS) {
        log(`peer on ${tenMb.name} (projected ${fmt(projected / 1000)} s)`);
        const paragraphs = paragraphsOf(analyze(tenInput.text));
        let found = 0;
        const timing = time(() => (found = runPeer(paragraphs, ROOT)), { warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 });
        tenMb.peer = { ...timing, found, paragraphs: paragraphs.english.length + paragraphs.chinese.length, peerOverOurs: timing.median / tenMb.analyze.median };
      } else {
        tenMb.peerNote = `skipped: projected ${fmt(projected / 1000)} s from the 1 MB run does not fit the ${TOTAL_BUDGET_MS / 1000} s budget`;
        log(`peer on 10 MB ${tenMb.peerNote}`);
      }
    }
    // A second 10 MB document in the other layout, when there is time for it.
    const oneMbOther = measured.find((r) => r.name.startsWith('1 MB bulleted'));
    const projectedOther = 10 * (oneMbOther?.analyze.median ?? t1) * 6;
    if (!QUICK && elapsed() + projectedOther + remaining() < TOTAL_BUDGET_MS) {
      measured.push(measureInput(optionalInput(), false));
    } else {
      results.skipped = [QUICK ? '10 MB bulleted: not in a quick run' : `10 MB bulleted: projected ${fmt(projectedOther / 1000)} s does not fit the ${TOTAL_BUDGET_MS / 1000} s budget`];
      log(`skipping the 10 MB bulleted input (projected ${fmt(projectedOther / 1000)} s)`);
    }
    results.inputs = measured;
    results.peerLoadMs = peerLoadTime();

    // Scaling: 10 MB vs the ~100 KB seed of the same layout.
    results.scaling = measured
      .filter((r) => r.name.startsWith('10 MB'))
      .map((big) => {
        const small = measured.find((r) => r.name.startsWith('seed') && r.layout === big.layout)!;
        return { big: big.name, small: small.name, sizeRatio: big.bytes / small.bytes, timeRatio: big.analyze.median / small.analyze.median, timeRatioOfMinimums: big.analyze.min / small.analyze.min, target: 100 };
      });

    if (tenInput) {
      log('heap for the 10 MB input (child process)');
      results.heap10MB = { input: tenInput.name, ...measureHeap(tenInput, tmp, staged) };
    }

    log('adversarial inputs (~1 MB)');
    const normal = inputs.find((i) => i.name.startsWith('1 MB interleaved'))!;
    const seedParagraphs = paragraphsOf(analyze(inputs[1].text));
    const english = seedParagraphs.english.find((p) => /\d/.test(p) && p.length > 200) ?? seedParagraphs.english[0];
    const chinese = seedParagraphs.chinese.find((p) => /\d/.test(p) && p.length > 80) ?? seedParagraphs.chinese[0];
    results.adversarial = measureAdversarial(normal, english, chinese, frontOf(inputs[1].text));

    log('name checks: the name step alone beside analyze(), alternating');
    results.names = measureNames(inputs.filter((i) => i.name.startsWith('seed') || i.name.includes('interleaved')), QUICK);

    log('cpu profile of analyze() on 10 MB (node --cpu-prof, child process)');
    const profiled = profile10MB(tmp, staged);
    results.profile10MB = 'top' in profiled ? { top: profiled.top } : profiled;

    const large = inputs.filter((i) => i.origin === `synthetic from ${SEEDS[1]}`);
    results.processes = SKIP_PROCESS ? { skipped: true } : measureProcesses(tmp, staged, inputs.slice(0, SEEDS.length), large);
    results.totalSeconds = elapsed() / 1000;
    results.loadAverageAtEnd = Number(os.loadavg()[0].toFixed(2));

    printReport(results, measured, { quick: QUICK, noBuild: NO_BUILD, cli: shown(CLI), peerLoadMs: peerLoadTime() });
    // Written last: the dev-build restore above empties out/.
    fs.mkdirSync(path.join(ROOT, 'out', 'bench'), { recursive: true });
    if ('file' in profiled) {
      const kept = path.join(ROOT, 'out', 'bench', 'analyze-10MB.cpuprofile');
      fs.copyFileSync(profiled.file, kept);
      results.profile10MB = { ...(results.profile10MB as object), file: path.relative(ROOT, kept) };
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const outFile = path.join(ROOT, 'out', 'bench', 'results.json');
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(ROOT, outFile)} (bench took ${fmt(elapsed() / 1000, 0)} s)`);
}

main();
