// Timing helpers: medians of repeated runs after warm-up, whole-process wall times, machine facts.
import { spawnSync, type SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The repository: BENCH_ROOT if set (child processes are given it), else the nearest folder holding
 * `marker` above `dir` (the bundle's folder) or above the working directory (for a bundle built elsewhere, e.g. in /tmp).
 */
export function repositoryRoot(dir: string, marker: string): string {
  if (process.env.BENCH_ROOT) return path.resolve(process.env.BENCH_ROOT);
  for (const start of [dir, process.cwd()]) {
    for (let at = path.resolve(start); ; at = path.dirname(at)) {
      if (fs.existsSync(path.join(at, marker))) return at;
      if (path.dirname(at) === at) break;
    }
  }
  throw new Error(`no ${marker} above ${dir} or ${process.cwd()}: run from the repository or set BENCH_ROOT`);
}

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  /** Median of the timed runs, ms (wall clock). */
  readonly median: number;
  /** Median process CPU time (user + system, all threads) of the runs, ms: less sensitive to other load on shared cores. */
  readonly cpuMedian: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly warmup: number;
}

export interface TimeOptions {
  /** Untimed runs first (JIT, caches)... */
  readonly warmup?: number;
  /** ...and at least this long (ms), so small inputs reach optimised code. */
  readonly warmupMs?: number;
  readonly minRuns?: number;
  readonly maxRuns?: number;
  /** Stop adding runs once this much time has been spent on timed runs (ms). */
  readonly budgetMs?: number;
}

/**
 * Times `fn` after warm-up. The number of runs adapts to its cost: at least `minRuns`, at most
 * `maxRuns`, and no more once `budgetMs` is spent, so small inputs get many runs and large ones few.
 */
export function time(fn: () => unknown, options: TimeOptions = {}): Timing {
  const { warmup = 2, warmupMs = 0, minRuns = 3, maxRuns = 30, budgetMs = 3000 } = options;
  let sink: unknown;
  const warmStart = now();
  for (let i = 0; i < warmup || now() - warmStart < warmupMs; i++) sink = fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  let spent = 0;
  while (samples.length < maxRuns && (samples.length < minRuns || spent < budgetMs)) {
    const cpuStart = process.cpuUsage();
    const start = now();
    sink = fn();
    const elapsed = now() - start;
    const used = process.cpuUsage(cpuStart);
    samples.push(elapsed);
    cpu.push((used.user + used.system) / 1000);
    spent += elapsed;
  }
  keep(sink);
  return { median: median(samples), cpuMedian: median(cpu), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length, warmup };
}

/** Holds the last result so the work that made it cannot be optimised away. */
export const sink: { value: unknown } = { value: undefined };
export function keep(value: unknown): void {
  sink.value = value;
}

export interface ProcessRun {
  readonly ms: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a whole process and measures its wall time. */
export function runProcess(command: string, args: readonly string[], options: SpawnSyncOptions = {}): ProcessRun {
  const start = now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = now() - start;
  if (result.error) throw result.error;
  return { ms, status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
  };
}

export const mb = (bytes: number): number => bytes / 1e6;
