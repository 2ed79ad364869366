import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { allTurns, type Range, type Transcript } from '../../src/core/model';
import { splitLines } from '../../src/core/text';
import { assertSpanSlicesBack, readSeed, SEED_BULLETED, SEED_INTERLEAVED } from './helpers';

function assertRangeInDocument(lines: readonly { text: string }[], range: Range): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} of ${lines.length}`);
    assert.ok(position.character >= 0 && position.character <= lines[position.line].text.length, `character ${position.character}`);
  }
}

/** The invariants every analysis must keep, whatever the text. */
function checkInvariants(text: string, transcript: Transcript): void {
  const lines = splitLines(text);
  let previousEnd = -1;
  for (const section of transcript.sections) {
    assertRangeInDocument(lines, section.range);
    for (const turn of section.turns) {
      assertRangeInDocument(lines, turn.range);
      assert.ok(turn.range.start.line > previousEnd || previousEnd < 0, 'turns are ordered and do not overlap');
      previousEnd = turn.range.end.line;
      for (const paragraph of turn.paragraphs) {
        if (paragraph.english) assertSpanSlicesBack(text, paragraph.english);
        if (paragraph.chinese) assertSpanSlicesBack(text, paragraph.chinese);
      }
    }
  }
}

const NOISE = ['<script>alert(1)</script>', '$308.5 million', '3.085 億美元', '百分之三十二', '\u0000', '\u202e', '\ud800', '🙂', 'e\u0301', '\t', '\u3000', '　', '\r', 'Operator', 'Jane Doe -- Big Bank -- Analyst', '  • ', '1,1,1,1', '問與答:', 'Questions & Answers:'];

/** Random edits of a seed's lines: deletions, duplications, swaps, truncations and inserted noise. */
function mutations(lines: string[]) {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), length: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), noise: fc.constantFrom(...NOISE) }),
  );
  return fc.array(edit, { maxLength: 20 }).map((edits) => {
    const result = [...lines];
    for (const e of edits) {
      if (result.length === 0) break;
      const at = e.at % result.length;
      if (e.kind === 'delete') result.splice(at, 1);
      else if (e.kind === 'duplicate') result.splice(at, 0, result[at]);
      else if (e.kind === 'swap') [result[at], result[e.with % result.length]] = [result[e.with % result.length], result[at]];
      else if (e.kind === 'truncate') result[at] = result[at].slice(0, e.length % (result[at].length + 1));
      else result[at] = result[at].slice(0, result[at].length >> 1) + e.noise + result[at].slice(result[at].length >> 1);
    }
    return result.join('\n');
  });
}

describe('parser properties', function () {
  // A guard against hangs, not a speed check: the benchmark measures speed.
  this.timeout(60_000);
  it('never throws and keeps its invariants on arbitrary text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.constantFrom(...NOISE, '\n', ' ', 'Thank you.', '謝謝。'), { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (input) => checkInvariants(input, analyze(input).transcript)), { numRuns: 300 });
  });

  for (const [name, file] of [['bulleted', SEED_BULLETED], ['interleaved', SEED_INTERLEAVED]] as const) {
    it(`keeps its invariants and is deterministic on mutations of the ${name} seed`, () => {
      const lines = readSeed(file).split('\n').slice(0, 260);
      fc.assert(
        fc.property(mutations(lines), (input) => {
          const first = analyze(input).transcript;
          checkInvariants(input, first);
          assert.deepEqual(analyze(input).transcript, first);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('counts speakers the same whatever the line endings', () => {
    const text = readSeed(SEED_INTERLEAVED);
    const count = allTurns(analyze(text).transcript).length;
    assert.equal(allTurns(analyze(text.replace(/\n/g, '\r\n')).transcript).length, count);
  });
});
