// Properties of the whole analysis (parser, checks, metrics, speakers and the CLI's JSON) on arbitrary
// text, on random edits of the seeds and on small versions of the benchmark's adversarial inputs.
import fc from 'fast-check';
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis/analyze';
import { adversarialInputs } from '../bench/adversarialInputs';
import { mutations, NOISE } from '../support/arbitraries';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';
import { analysisFingerprint, assertAnalysisInvariants, assertHeadingRanges } from '../support/invariants';

/** Never throws, keeps every invariant, and gives the same analysis twice. */
function holds(text: string): void {
  const first = analyze(text);
  assertAnalysisInvariants(text, first);
  assert.equal(analysisFingerprint(analyze(text)), analysisFingerprint(first), 'deterministic');
}

/** Characters that figures, speakers and line breaks are made of, and the ones that break parsers. */
const ALPHABET = [...'0123456789$%,.:-()• \t\n\r', '\r\n', ...'一二三四五六七八九十百千萬億万亿兩零年季度增減美元個百分點', '\u3000', '\u00a0', '\u0000', '\u0007', '\u202e', '\ufeff', '\ud800', '\udc00', '🙂', 'e\u0301', 'A', 'Q', 'm'];

/** Words and figures as transcripts write them, so that random text still forms paragraphs and turns. */
const TOKENS = [
  ...NOISE,
  'Revenue was $308.5 million, up 32% year-over-year.',
  '營收為 3.085 億美元,年增 32%。',
  '收入为 3.85 亿美元,同比下降 32%。',
  'gross margin of 77.3%',
  '200 basis points',
  '200 個基點',
  'Q2 2024',
  '第二季度',
  'John Smith:',
  '- John Smith',
  'Prepared Remarks:',
  'Thank you.',
  '謝謝。',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
];

const EXTRA_NOISE = [...NOISE, '<b>', '</p>', '&amp;', '9'.repeat(40), '1,234,567.89', '\u0001\u001f', '一二三四五六七八九', '萬億萬億', '\ud83d', '\udfff'];

describe('analysis properties', function () {
  // A guard against hangs, not a speed check: the benchmark measures speed.
  this.timeout(120_000);

  it('holds on arbitrary full-Unicode strings (lone surrogates and controls included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holds), { numRuns: 150 });
  });

  it('holds on strings of digits, money and percent signs, CJK numerals, line breaks and controls', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 }), holds), { numRuns: 150 });
  });

  it('holds on random sequences of transcript words, figures and speaker lines', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(' ')), holds), { numRuns: 150 });
  });

  for (const [name, file] of [['bulleted', SEED_BULLETED], ['interleaved', SEED_INTERLEAVED]] as const) {
    it(`holds on random edits of the ${name} seed (lines deleted, duplicated, swapped, truncated; noise inserted)`, () => {
      const lines = readSeed(file).split('\n');
      fc.assert(fc.property(mutations(lines, EXTRA_NOISE), holds), { numRuns: 20 });
    });
  }

  it('holds on the benchmark adversarial inputs, in small versions', () => {
    const inputs = adversarialInputs([readSeed(SEED_BULLETED), readSeed(SEED_INTERLEAVED)], 6_000);
    assert.ok(Object.keys(inputs).length >= 15);
    for (const [name, text] of Object.entries(inputs)) {
      assert.doesNotThrow(() => holds(text), name);
    }
  });

  // Kept apart from the invariants above: it once caught a Q&A section inferred at a two-line speaker.
  it('section heading ranges lie inside the document, also for a Q&A section inferred at a two-line speaker', () => {
    for (const file of [SEED_BULLETED, SEED_INTERLEAVED]) {
      const text = readSeed(file);
      assertHeadingRanges(text, analyze(text).transcript);
    }
  });

  it('the invariants catch a range that does not slice back to its text', () => {
    const text = readSeed(SEED_INTERLEAVED);
    const analysis = analyze(text);
    const finding = analysis.findings.find((f) => f.english !== null)!;
    const shifted = { ...analysis, findings: [{ ...finding, english: { ...finding.english!, start: finding.english!.start + 1 } }] };
    assert.throws(() => assertAnalysisInvariants(text, shifted));
  });
});
