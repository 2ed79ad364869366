// Shared test helpers: seed loading and range checks against the text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Range, TextSpan } from '../../src/analysis/model';
import { splitLines } from '../../src/analysis/text';

/** The repository: the nearest folder above the compiled test that holds the project's package.json. */
function findRepo(start: string): string {
  for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
  }
  throw new Error(`no repository above ${start}`);
}

export const REPO = findRepo(__dirname);
export const SEED_BULLETED = path.join(REPO, 'seeds', '000_fc229bb68bbd6b60.txt');
export const SEED_INTERLEAVED = path.join(REPO, 'seeds', '002_f7a40acd86bfc4bc.txt');

export function readSeed(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

let linesOf: { text: string; starts: number[] } = { text: '', starts: [0] };

/** Offset of a line/character position, computed independently of the parser. */
export function offsetAt(text: string, line: number, character: number): number {
  if (linesOf.text !== text) linesOf = { text, starts: splitLines(text).map((l) => l.start) };
  return linesOf.starts[line] + character;
}

export function assertSpanSlicesBack(text: string, span: TextSpan): void {
  assert.equal(text.slice(span.start, span.end), span.text);
  assert.equal(offsetAt(text, span.range.start.line, span.range.start.character), span.start);
  assert.equal(offsetAt(text, span.range.end.line, span.range.end.character), span.end);
}

export function assertRangeInside(inner: Range, outer: Range): void {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  assert.ok(before(outer.start, inner.start) && before(inner.end, outer.end), `${JSON.stringify(inner)} not inside ${JSON.stringify(outer)}`);
}
