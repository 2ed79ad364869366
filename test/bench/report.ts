// The benchmark's printed report: the tables of a finished run (bench.ts measures, this file prints).
import { EDITOR_SLICE_MS } from '../../src/analysis/steps';
import type { InputResult, WholeProcessRow } from './bench';
import type { NamesRow } from './names';
import { mb, type Timing } from './measure';

const fmt = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** What the report says of the run beyond the results: the switches it ran with. */
export interface ReportContext {
  readonly quick: boolean;
  readonly noBuild: boolean;
  /** The CLI bundle measured, as shown to the reader. */
  readonly cli: string;
  readonly peerLoadMs: number | null;
}

/** Prints the tables of a finished run. */
export function printReport(results: Record<string, unknown>, measured: InputResult[], { quick: QUICK, noBuild: NO_BUILD, cli, peerLoadMs }: ReportContext): void {
  const m = results.machine as Record<string, string | number>;
  console.log(`\nTranscript Review benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} (${m.platform})${QUICK ? ' [QUICK]' : ''}`);
  console.log(`load average (1 min) at start ${m.loadAverage1m}, at end ${results.loadAverageAtEnd}; analyze ms = median wall time, cpu ms = median process CPU time (all threads)\n`);
  console.log(
    table(
      ['input', 'MB', 'turns', 'distinct ¶', 'analyze ms', 'cpu ms', 'MB/s', 'runs', 'floor ms', 'full/floor', 'edit ms', 'longest slice ms', 'peer ms', 'peer/ours'],
      measured.map((r) => [
        r.name,
        fmt(mb(r.bytes), 2),
        String(r.turns),
        `${fmt((100 * r.distinctTexts.distinct) / r.distinctTexts.total, 0)}%`,
        fmt(r.analyze.median),
        fmt(r.analyze.cpuMedian),
        fmt(r.analyzeMBps, 2),
        String(r.analyze.runs),
        fmt(r.floor.median, 2),
        fmt(r.fullOverFloor, 0),
        fmt(r.edit.median),
        `${fmt(r.slices.cold.longestMs)} / ${fmt(r.slices.edit.longestMs)}`,
        r.peer ? fmt(r.peer.median, 0) : r.peerNote ? 'skipped' : '–',
        r.peer ? fmt(r.peer.peerOverOurs, 0) + '×' : '–',
      ]),
    ),
  );
  console.log(`distinct ¶ = distinct paragraph texts (English and Chinese) of all; the synthetic inputs must have 100%: ${measured.map((r) => `${r.name} ${r.distinctTexts.distinct}/${r.distinctTexts.total}`).join(', ')}`);
  const repeating = measured.filter((r) => r.origin.startsWith('synthetic') && r.distinctTexts.distinct < r.distinctTexts.total);
  console.log(repeating.length ? `  WARNING: repeated paragraphs in ${repeating.map((r) => r.name).join(', ')}: the memo reads them once` : '  every synthetic input: 100% distinct');
  console.log(`longest slice = the longest the extension host is kept busy when the analysis runs as the extension runs it (slices of ${EDITOR_SLICE_MS} ms), cold / after an edit`);
  const notes = measured.filter((r) => r.peerNote).map((r) => `  ${r.name}: peer ${r.peerNote}`);
  if (notes.length) console.log(notes.join('\n'));
  if (peerLoadMs !== null) console.log(`  (peer library require(): ${fmt(peerLoadMs, 0)} ms, not included above)`);
  for (const note of (results.skipped as string[] | undefined) ?? []) console.log(`  skipped ${note}`);

  console.log('');
  for (const s of results.scaling as Array<Record<string, number | string>>) {
    console.log(`scaling ${s.big} / ${s.small}: ${fmt(s.timeRatio as number, 1)}× time (medians; ${fmt(s.timeRatioOfMinimums as number, 1)}× by minimums) for ${fmt(s.sizeRatio as number, 1)}× size (target ≤ 100×)`);
  }
  const heap = results.heap10MB as Record<string, number | string> | undefined;
  if (heap) {
    console.log(
      heap.error
        ? `heap 10 MB: ${heap.error}`
        : `heap 10 MB (${heap.input}): peak ${fmt(heap.peakHeapMB as number)} MB heapUsed (base with the text loaded ${fmt(heap.baseHeapMB as number)} MB, so +${fmt(heap.peakOverBaseMB as number)} MB; ${heap.collectionsDuringAnalyze} GCs during analyze); right after analyze ${fmt(heap.heapAfterAnalyzeMB as number)} MB; retained after gc ${fmt(heap.heapRetainedMB as number)} MB (the analysis itself ${fmt(heap.analysisRetainedMB as number)} MB); max RSS ${fmt(heap.maxRssMB as number, 0)} MB`,
    );
  }

  console.log('');
  const adversarialRows = results.adversarial as Array<{ name: string; bytes: number; analyze: Timing; MBps: number; overNormal: number }>;
  console.log(table(['adversarial (~1 MB)', 'MB', 'analyze ms', 'MB/s', 'runs', '× normal'], adversarialRows.map((r) => [r.name, fmt(mb(r.bytes), 2), fmt(r.analyze.median), fmt(r.MBps, 2), String(r.analyze.runs), fmt(r.overNormal, 2)])));

  const names = results.names as NamesRow[] | undefined;
  if (names) {
    console.log('');
    console.log(table(['name checks', 'MB', 'runs', 'analyze ms', 'names ms', 'adds'], names.map((r) => [r.name, fmt(mb(r.bytes), 2), String(r.runs), fmt(r.analyzeMs), fmt(r.namesMs), `${fmt(100 * r.adds, 1)}%`])));
    const [one, ten] = [names.find((r) => r.name.startsWith('1 MB')), names.find((r) => r.name.startsWith('10 MB'))];
    console.log(`adds = names ms / (analyze ms - names ms), the two timed in alternation (target ≤ 15%)${one && ten ? `; names ${ten.name} / ${one.name}: ${fmt(ten.namesMs / one.namesMs, 1)}× for ${fmt(ten.bytes / one.bytes, 1)}× size (target ≤ 11×)` : ''}`);
  }

  const prof = results.profile10MB as { top?: Array<{ ms: number; percent: number; name: string }>; error?: string };
  console.log('');
  if (prof.top) console.log(table(['top self time, analyze() on 10 MB (2 runs)', 'ms', '%'], prof.top.slice(0, 12).map((r) => [r.name, String(r.ms), fmt(r.percent)])));
  else console.log(`cpu profile: ${prof.error}`);

  const p = results.processes as Record<string, unknown>;
  console.log('');
  if (p.skipped) {
    console.log('process measurements skipped (BENCH_SKIP_PROCESS=1)');
    return;
  }
  if (p.error) console.log(`process measurements: ${p.error}`);
  const kb = p.bundleKB as { extension: number | null; cli: number | null } | undefined;
  if (kb) console.log(`${NO_BUILD ? 'bundles as found' : 'production bundles'}: dist/extension.js ${fmt(kb.extension)} KB, ${cli} ${fmt(kb.cli)} KB`);
  const a = p.activation as Record<string, number | string> | undefined;
  if (a) console.log(a.error ? `activation: failed: ${String(a.error).split('\n')[0]}` : `extension load ${fmt(a.loadMs as number)} ms + activate ${fmt(a.activateMs as number)} ms = ${fmt(a.loadPlusActivateMs as number)} ms (process wall ${fmt(a.processWallMs as number, 0)} ms, median of ${a.runs})`);
  const c = p.cliFile as Record<string, number | string> | undefined;
  if (c) console.log(`cli check ${c.file} --json: ${fmt(c.wallMs as number, 0)} ms wall (median of ${c.runs})`);
  const f = p.cliFolder as Record<string, number | string> | undefined;
  if (f) console.log(f.error ? `cli check DIR: ${f.error}` : `cli check DIR (${f.files} files, ${f.MB} MB): ${fmt(f.seconds as number, 2)} s, ${fmt(f.filesPerSecond as number, 1)} files/s, ${fmt(f.MBps as number, 2)} MB/s (median of ${f.runs}; wall ${fmt(f.wallMs as number, 0)} ms)`);
  const whole = p.wholeProcess as { rows: WholeProcessRow[]; growth: Record<string, number | string> } | undefined;
  if (whole) {
    console.log('');
    console.log(
      table(
        ['whole process, wall ms (median)', 'MB', 'check --json', 'runs', 'floor', 'check/floor', 'peer', 'runs', 'peer/check'],
        whole.rows.map((r) => [r.name, fmt(mb(r.bytes), 2), fmt(r.check.median, 0), String(r.check.runs), fmt(r.floor.median, 0), fmt(r.checkOverFloor, 1) + '×', fmt(r.peer.median, 0), String(r.peer.runs), fmt(r.peerOverCheck, 1) + '×']),
      ),
    );
    const g = whole.growth;
    console.log(`check = node ${cli} check --json FILE > /dev/null; floor = node -e (read FILE, one regex pass counting digit runs); peer = node, Recognizers-Text numbers over the same paragraphs (targets: check/floor ≤ 8×, peer/check ≥ 20×)`);
    console.log(`growth ${g.big} / ${g.small}: check ${fmt(g.checkRatio as number, 1)}×, floor ${fmt(g.floorRatio as number, 1)}× for ${fmt(g.sizeRatio as number, 1)}× size (target ≤ 11×)`);
  }
  console.log(NO_BUILD ? 'dist/ measured as it was (BENCH_NO_BUILD=1: no production build, out/ untouched)' : `dev build restored: ${p.devBuildRestored ? 'yes' : 'NO'}`);
}
