// Adversarial inputs against a normal transcript of the same size: `node esbuild.js && node --expose-gc
// out/bench/adversarial.js [--mb 1] [--cap-ms 4000]`. Each input is analysed at 1/64, 1/32, … of the
// target size up to the target, beside the seeds concatenated to the same size, so the table shows
// both the ratio to normal and how the time grows per doubling (2× is linear, 4× quadratic).
// An input whose run exceeds --cap-ms stops climbing; its time at the target is projected from its
// growth. Never asserts: the unit tests assert linearity on the regular expressions' structure.
// Ratios and growth use process CPU time, which other load on shared cores disturbs less than wall time.
// Results: out/bench/adversarial.json (next to bench.ts's results.json).
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis/analyze';
import { adversarialInputs, normalTranscript, readSeeds, SEED_FILES, utf8Bytes } from './adversarialInputs';
import { gc, keep, machine, mb, repositoryRoot, time, type Timing } from './measure';

// ---------------------------------------------------------------- measurement

interface Step {
  readonly bytes: number;
  readonly timing: Timing;
  /** CPU median of the normal transcript of the same size. */
  readonly normalCpuMs: number;
}

interface Row {
  readonly name: string;
  readonly steps: Step[];
  /** Set when a run exceeded the cap, so larger sizes were not tried. */
  capped: boolean;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] !== undefined ? Number(process.argv[at + 1]) : fallback;
}

function measure(text: string): Timing {
  gc();
  // One probe decides the runs, so a pathological input costs one run, not fifteen.
  const probe = time(() => analyze(text), { warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 });
  if (probe.median > 1_000) return probe;
  return time(() => analyze(text), { warmup: 1, minRuns: 3, maxRuns: 9, budgetMs: 1_500 });
}

/** Time per doubling of the size, from the last two steps. */
function growth(row: Row): number | null {
  const [a, b] = row.steps.slice(-2);
  if (!a || !b) return null;
  return Math.pow(b.timing.cpuMedian / a.timing.cpuMedian, Math.log(2) / Math.log(b.bytes / a.bytes));
}

function projectedMs(row: Row, targetBytes: number): number {
  const last = row.steps[row.steps.length - 1];
  const perDoubling = growth(row) ?? 2;
  return last.timing.cpuMedian * Math.pow(perDoubling, Math.log2(targetBytes / last.bytes));
}

const reachedTarget = (row: Row, targetBytes: number): boolean => row.steps[row.steps.length - 1].bytes >= 0.9 * targetBytes;

const fmt = (value: number | null, digits = 1): string => (value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits));

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function main(): void {
  const root = repositoryRoot(__dirname, SEED_FILES[0]);
  const targetBytes = option('--mb', 1) * 1e6;
  const capMs = option('--cap-ms', 4_000);
  const seeds = readSeeds(root);
  const sizes = [64, 32, 16, 8, 4, 2, 1].map((divisor) => Math.round(targetBytes / divisor));
  const rows = new Map<string, Row>();
  const normal: Row = { name: 'normal (seeds concatenated)', steps: [], capped: false };
  for (const bytes of sizes) {
    const normalText = normalTranscript(seeds, bytes);
    const normalTiming = measure(normalText);
    normal.steps.push({ bytes: utf8Bytes(normalText), timing: normalTiming, normalCpuMs: normalTiming.cpuMedian });
    process.stderr.write(`[adversarial] ${fmt(mb(bytes), 3)} MB: normal ${fmt(normalTiming.median)} ms\n`);
    for (const [name, text] of Object.entries(adversarialInputs(seeds, bytes))) {
      const row = rows.get(name) ?? { name, steps: [], capped: false };
      rows.set(name, row);
      if (row.capped) continue;
      const timing = measure(text);
      keep(timing);
      row.steps.push({ bytes: utf8Bytes(text), timing, normalCpuMs: normalTiming.cpuMedian });
      if (timing.cpuMedian > capMs) row.capped = true;
      process.stderr.write(`[adversarial]   ${name}: ${fmt(timing.median)} ms${row.capped ? ' (over the cap: stops here)' : ''}\n`);
    }
  }

  const all = [normal, ...rows.values()];
  const body = all.map((row) => {
    const last = row.steps[row.steps.length - 1];
    return [
      row.name,
      fmt(mb(last.bytes), 3),
      fmt(last.timing.median),
      fmt(last.timing.cpuMedian),
      fmt(last.timing.cpuMedian / last.normalCpuMs, 2),
      fmt(growth(row), 2),
      reachedTarget(row, targetBytes) ? '' : fmt(projectedMs(row, targetBytes) / 1000, 0),
    ];
  });
  const m = machine();
  console.log(`\nAdversarial inputs — ${m.cpu}, ${m.cores} cores, Node ${m.node}, load ${m.loadAverage1m}; medians; × normal and growth by CPU time; cap ${capMs} ms per run\n`);
  console.log(table(['input', 'MB', 'wall ms', 'cpu ms', '× normal', '× per doubling', `projected s at ${fmt(mb(targetBytes), 0)} MB`], body));

  const results = {
    machine: m,
    date: new Date().toISOString(),
    targetBytes,
    capMs,
    inputs: all.map((row) => ({
      name: row.name,
      capped: row.capped,
      growthPerDoubling: growth(row),
      projectedMsAtTarget: reachedTarget(row, targetBytes) ? null : projectedMs(row, targetBytes),
      steps: row.steps.map((s) => ({ bytes: s.bytes, ms: s.timing.median, cpuMs: s.timing.cpuMedian, runs: s.timing.runs, overNormal: s.timing.cpuMedian / s.normalCpuMs })),
    })),
  };
  const outFile = path.join(root, 'out', 'bench', 'adversarial.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(root, outFile)}`);
}

main();
