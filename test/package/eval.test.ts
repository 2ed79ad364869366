import { strict as assert } from 'assert';
import { evaluateCorpus } from '../eval/corpus';
import { evaluate } from '../eval/eval';

// The accuracy targets of the figure checks, held on the labelled evaluation set (npm run eval prints it).
describe('accuracy on the labelled evaluation set', function () {
  this.timeout(60_000);
  const result = evaluate();

  for (const code of ['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch'] as const) {
    it(`${code}: recall ≥ 0.95 and precision ≥ 0.90`, () => {
      const { tp, fp, fn } = result.tallies.get(code)!;
      assert.ok(tp > 0, 'the set exercises the code');
      assert.ok(tp / (tp + fn) >= 0.95, `recall ${tp}/${tp + fn}`);
      assert.ok(tp / (tp + fp) >= 0.9, `precision ${tp}/${tp + fp}`);
    });
  }

  it('raises no more than three false alarms on each real seed, in either script', () => {
    for (const { name, alarms } of result.seedAlarms) assert.ok(alarms <= 3, `${name}: ${alarms}`);
  });
});

// The figure corpus's dev split (test/eval/corpus/dev): floors just under the figures measured at the end
// of the last round of work on the engine, so that a change cannot lose them unseen. They are not the
// targets (issue #11 asks ≤ 2% false alarms and ≥ 98% caught per kind, ≥ 90% with the right code).
describe('accuracy on the figure corpus (dev split, Traditional)', function () {
  this.timeout(60_000);
  const [report] = evaluateCorpus('dev', { scripts: ['traditional'] }).scripts;
  const rate = (kind: keyof typeof report.kinds) => report.kinds[kind].caught / report.kinds[kind].total;
  const rightCode = (kind: keyof typeof report.kinds) => report.kinds[kind].rightCode / report.kinds[kind].total;

  it('raises a figure finding on at most 0.5% of the correct translations', () => assert.ok(report.falseAlarmRate <= 0.005, `${report.falseAlarmPairs}/${report.pairs}`));

  const floors = [
    // kind, caught, with the right code
    ['value', 0.97, 0.95], ['scale', 0.99, 0.97], ['currency', 0.99, 0.98], ['unit', 0.98, 0.98], ['direction', 0.97, 0.97],
    ['date', 0.99, 0.97], ['time', 0.97, 0.97], ['dropped', 0.94, 0.94], ['added', 0.96, 0.96], ['identifier', 0.99, 0.99],
  ] as const;
  for (const [kind, caught, coded] of floors) {
    it(`catches at least ${Math.round(caught * 100)}% of the wrong translations of kind ${kind}, ${Math.round(coded * 100)}% with the right code`, () => {
      assert.ok(rate(kind) >= caught, `caught ${rate(kind).toFixed(3)}`);
      assert.ok(rightCode(kind) >= coded, `right code ${rightCode(kind).toFixed(3)}`);
    });
  }
});
