import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze, DEFAULT_ANALYZE_OPTIONS, type Analysis } from '../../src/analysis/analyze';
import { AnalysisMemo, GenerationMap } from '../../src/analysis/memo';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';

/** The analysis as plain data: alignment pairs (keyed by figure objects) become offset pairs. */
function plain(analysis: Analysis): unknown {
  return {
    ...analysis,
    aligned: analysis.aligned.map(({ paragraph, alignment, company }) => ({
      paragraph,
      company,
      english: alignment.english,
      chinese: alignment.chinese,
      findings: alignment.findings,
      pairs: [...alignment.pairs].map(([english, { figure, agrees }]) => [english.start, figure.start, agrees]),
    })),
  };
}

describe('analysis memo', function () {
  // Whole analyses compared deeply: seconds on a loaded machine, so no per-test time limit (this is not a timing test).
  this.timeout(0);

  it('keeps what the last analysis used and forgets the rest', () => {
    const map = new GenerationMap<number>();
    let computed = 0;
    const get = (key: string) => map.get(key, () => ++computed);
    get('a');
    get('b');
    map.nextGeneration();
    assert.equal(get('a'), 1, 'kept from the previous generation');
    map.nextGeneration();
    assert.equal(get('b'), 3, 'b was not used in the last generation, so it is computed again');
    assert.equal(computed, 3);
  });

  for (const [name, file] of [['bulleted', SEED_BULLETED], ['interleaved', SEED_INTERLEAVED]] as const) {
    it(`gives the same analysis as a fresh one after random edits of the ${name} seed`, () => {
      const seed = readSeed(file);
      const insertions = ['9', '億', '%', '\n', ' million', '', '\n\nOperator\n'];
      fc.assert(
        fc.property(fc.array(fc.record({ at: fc.nat(seed.length), cut: fc.nat(40), insert: fc.constantFrom(...insertions) }), { minLength: 1, maxLength: 4 }), (edits) => {
          const memo = new AnalysisMemo();
          let text = seed;
          analyze(text, DEFAULT_ANALYZE_OPTIONS, memo);
          for (const { at, cut, insert } of edits) {
            const position = Math.min(at, text.length);
            text = text.slice(0, position) + insert + text.slice(position + cut);
            assert.deepStrictEqual(plain(analyze(text, DEFAULT_ANALYZE_OPTIONS, memo)), plain(analyze(text)));
          }
        }),
        { numRuns: 6 },
      );
    });
  }

  it('reuses the figures of unchanged paragraphs after an edit', () => {
    const seed = readSeed(SEED_INTERLEAVED);
    const memo = new AnalysisMemo();
    const before = analyze(seed, DEFAULT_ANALYZE_OPTIONS, memo);
    const at = seed.indexOf('四分之一');
    const after = analyze(seed.slice(0, at) + '本' + seed.slice(at + 4), DEFAULT_ANALYZE_OPTIONS, memo);
    const previousFigures = new Set(before.aligned.flatMap((a) => a.alignment.english));
    const reusedIn = (analysis: Analysis) => analysis.aligned.filter((a) => a.alignment.english.length > 0 && a.alignment.english.every((figure) => previousFigures.has(figure))).length;
    const withFigures = after.aligned.filter((a) => a.alignment.english.length > 0).length;
    // The edit is in a translation: every English paragraph's figures are the ones already read.
    assert.ok(withFigures > 50);
    assert.equal(reusedIn(after), withFigures);
    assert.equal(reusedIn(analyze(seed)), 0, 'a fresh analysis reads everything again');
  });
});
