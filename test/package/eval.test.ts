import { strict as assert } from 'assert';
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
