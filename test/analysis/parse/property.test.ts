import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/analysis/analyze';
import { allTurns } from '../../../src/analysis/model';
import { mutations, NOISE } from '../../support/arbitraries';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';
import { assertTranscriptInvariants } from '../../support/invariants';

describe('parser properties', function () {
  // A guard against hangs, not a speed check: the benchmark measures speed.
  this.timeout(60_000);
  it('never throws and keeps its invariants on arbitrary text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.constantFrom(...NOISE, '\n', ' ', 'Thank you.', '謝謝。'), { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (input) => assertTranscriptInvariants(input, analyze(input).transcript)), { numRuns: 300 });
  });

  for (const [name, file] of [['bulleted', SEED_BULLETED], ['interleaved', SEED_INTERLEAVED]] as const) {
    it(`keeps its invariants and is deterministic on mutations of the ${name} seed`, () => {
      const lines = readSeed(file).split('\n').slice(0, 260);
      fc.assert(
        fc.property(mutations(lines), (input) => {
          const first = analyze(input).transcript;
          assertTranscriptInvariants(input, first);
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
