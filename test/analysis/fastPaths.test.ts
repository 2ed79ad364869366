// Hand-written scans that replace regular expressions for speed must count what the expressions count.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { countWords } from '../../src/analysis/metrics/speakerStats';

const WORD = /[A-Za-z0-9][A-Za-z0-9'’.,%$-]*/g;
const wordy = fc.string({ unit: fc.constantFrom(...'aZ09 \'’.,%$-_\n中。'.split('')), maxLength: 60 });

describe('fast paths', () => {
  it('countWords counts what /[A-Za-z0-9][A-Za-z0-9’.,%$-]*/g matches', () => {
    fc.assert(fc.property(fc.oneof(wordy, fc.string()), (text) => countWords(text) === (text.match(WORD)?.length ?? 0)), { numRuns: 2000 });
    assert.equal(countWords("Q4's revenue, $1,000.5 -- up 3%."), 5);
  });
});
