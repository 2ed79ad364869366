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

// The figure corpus's dev split (test/eval/corpus/dev): floors under the figures measured when the
// engine learnt currencies, ages, times, dates and identifiers, so that a change cannot lose them
// unseen. They are not the targets (issue #11 asks ≤ 2% false alarms and ≥ 98% caught per kind).
describe('accuracy on the figure corpus (dev split, Traditional)', function () {
  this.timeout(60_000);
  const [report] = evaluateCorpus('dev', { scripts: ['traditional'] }).scripts;
  const rate = (kind: keyof typeof report.kinds) => report.kinds[kind].caught / report.kinds[kind].total;

  it('raises a figure finding on at most 3.5% of the correct translations', () => assert.ok(report.falseAlarmRate <= 0.035, `${report.falseAlarmPairs}/${report.pairs}`));

  for (const [kind, floor] of [['value', 0.93], ['scale', 0.97], ['currency', 0.97], ['unit', 0.9], ['direction', 0.77], ['date', 0.97], ['time', 0.95], ['dropped', 0.93], ['added', 0.95], ['identifier', 0.7]] as const) {
    it(`catches at least ${Math.round(floor * 100)}% of the wrong translations of kind ${kind}`, () => assert.ok(rate(kind) >= floor, `${rate(kind).toFixed(3)}`));
  }
});
