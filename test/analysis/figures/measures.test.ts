// Power, energy and area read in base units on both sides (src/analysis/figures/measures.ts).
import { strict as assert } from 'assert';
import { chineseMeasures, englishMeasures } from '../../../src/analysis/figures/measures';

const english = (text: string) => englishMeasures(text).map((m) => `${m.text}=${m.base} ${m.dimension}`);
const chinese = (text: string) => chineseMeasures(text).map((m) => `${m.text}=${m.base} ${m.dimension}`);

describe('measures', () => {
  it('reads power, energy and area in English, with scale words and spelled units', () => {
    assert.deepEqual(english('We added 1,250 MW of solar and 1.8 gigawatts of wind.'), ['1,250 MW=1250000000 W', '1.8 gigawatts=1800000000 W']);
    assert.deepEqual(english('Storage of 3.2 GWh and 5 megawatt-hours; 14.6 TWh.'), ['3.2 GWh=3200000000 WH', '5 megawatt-hours=5000000 WH', '14.6 TWh=14600000000000 WH']);
    assert.deepEqual(english('Leases on 1.6 million square feet and 85,000 square metres, 120,000 sq. ft.'), [
      '1.6 million square feet=149000 M2', '85,000 square metres=85000 M2', '120,000 sq. ft=11100 M2',
    ]);
  });

  it('reads the same quantities in Chinese, Latin symbols and Chinese units, with 萬 and 億', () => {
    assert.deepEqual(chinese('新增 1,250 MW 的太陽能，即 125 萬千瓦。'), ['1,250 MW=1250000000 W', '125 萬千瓦=1250000000 W']);
    assert.deepEqual(chinese('2.5 万千瓦时的储能与 14.6 TWh。'), ['2.5 万千瓦时=25000000 WH', '14.6 TWh=14600000000000 WH']);
    assert.deepEqual(chinese('160 萬平方英尺的租約與 8.5 萬平方公尺的面積'), ['160 萬平方英尺=149000 M2', '8.5 萬平方公尺=85000 M2']);
  });

  it('reads no measure in names, other units or words that only start like a unit', () => {
    assert.deepEqual(english('The H100 MW line; 3 MWC awards; 12 million swaps; 40 square miles'), []);
    assert.deepEqual(chinese('每日 23.8 萬桶，H100 MW，3 千家門市'), []);
  });
});
