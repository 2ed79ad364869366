// Summarises a V8 .cpuprofile (from `node --cpu-prof`) as self time per original source function,
// mapping bundle positions back through the bundle's source map.
// Usage: node out/bench/profile.js FILE.cpuprofile [TOP]
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decoded source map: per generated line, segments [generatedColumn, sourceIndex, sourceLine]. */
interface SourceMap {
  readonly sources: string[];
  readonly lines: Array<Array<[number, number, number]>>;
}

function decodeMap(file: string): SourceMap | null {
  if (!fs.existsSync(file)) return null;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources: string[]; mappings: string; sourceRoot?: string };
  const dir = path.dirname(file);
  const sources = raw.sources.map((source) => path.relative(process.cwd(), path.resolve(dir, raw.sourceRoot ?? '', source)));
  const lines: SourceMap['lines'] = [];
  let source = 0;
  let sourceLine = 0;
  for (const lineText of raw.mappings.split(';')) {
    const segments: Array<[number, number, number]> = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        sourceLine += values[2]; // values[3], the source column, is not needed
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return { sources, lines };
}

function lookup(map: SourceMap, line: number, column: number): { source: string; line: number } | null {
  const segments = map.lines[line];
  if (!segments?.length) return null;
  let best = segments[0];
  for (const segment of segments) {
    if (segment[0] > column) break;
    best = segment;
  }
  return { source: map.sources[best[1]], line: best[2] + 1 };
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly percent: number;
}

export function summarise(profileFile: string, top = 20): SelfTime[] {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const maps = new Map<string, SourceMap | null>();
  const totals = new Map<string, number>();
  let all = 0;
  for (const [id, ms] of selfMs) {
    all += ms;
    const frame = byId.get(id)!.callFrame;
    let where = frame.url ? frame.url.replace(/^file:\/\//, '') : '';
    let line = frame.lineNumber + 1;
    if (frame.url.startsWith('file://')) {
      const file = fileURLToPath(frame.url);
      if (!maps.has(file)) maps.set(file, decodeMap(file + '.map'));
      const map = maps.get(file);
      const original = map && frame.lineNumber >= 0 ? lookup(map, frame.lineNumber, frame.columnNumber) : null;
      if (original) {
        where = original.source;
        line = original.line;
      } else where = path.relative(process.cwd(), file);
    }
    const name = where ? `${where}:${line}:${frame.functionName || '(anonymous)'}` : frame.functionName || '(program)';
    totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms, percent: (100 * ms) / all }));
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node out/bench/profile.js FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  for (const row of summarise(file, Number(process.argv[3] ?? 25))) console.log(`${row.ms.toFixed(0).padStart(7)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.name}`);
}
