// Wordings of real calls the metric rules read since their round on ECTSum's train split (sentences written for the
// purpose, after the constructions seen there), and the parts, years and contributions they must still refuse.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import type { Metric } from '../../../src/analysis/metrics/types';

const metricsOf = (...sentences: string[]): readonly Metric[] => analyze(sentences.join('\n')).metrics;
const find = (metrics: readonly Metric[], key: string) => metrics.find((m) => m.key === key);
const range = (metric: Metric | undefined) => (metric ? [metric.low, metric.high] : null);
/** Sentences that state the call's amounts in dollars, so that a bare `426 million` is read as dollars. */
const IN_DOLLARS = ['Gross profit was $50 million.', 'Operating income was $20 million.', 'Net income was $10 million.'];

describe('metric rules on call wordings: results', () => {
  const cases: Array<[sentences: string[], key: string, expected: number, unit: string]> = [
    [['Companywide revenues were $1.5 billion, up 3% from last year\'s first quarter.'], 'revenue', 1.5e9, 'USD'],
    [['Group revenue for the December quarter was $800 million, an increase of 9%.'], 'revenue', 800e6, 'USD'],
    [['For the first quarter of 2021, revenues decreased to $182.6 million compared to $243.8 million a year ago.'], 'revenue', 182.6e6, 'USD'],
    [['We grew net sales by 13.7% to $873 million.'], 'revenue', 873e6, 'USD'],
    [['Revenue from operations for the first quarter was $461 million.'], 'revenue', 461e6, 'USD'],
    [['Quarterly revenue was up 9%, reaching $341 million.'], 'revenue', 341e6, 'USD'],
    [['In fact, Q4 revenue increased 10% to $658 million versus Q3 levels.'], 'revenue', 658e6, 'USD'],
    [['Looking first at the P&L, consolidated net sales in the first quarter were $276.6 million.'], 'revenue', 276.6e6, 'USD'],
    [['Overall sales were a record $1.39 billion, up 37% over the same period in 2020.'], 'revenue', 1.39e9, 'USD'],
    [[...IN_DOLLARS, 'Revenue in the second quarter was 426 million, up 7% from the first quarter.'], 'revenue', 426e6, 'USD'],
    [['The company closed the quarter with sales of $2.4 billion and GAAP and adjusted diluted EPS of $0.53 and $0.52, respectively.'], 'revenue', 2.4e9, 'USD'],
    [['Net income on a GAAP basis in the third quarter was $54.6 million or $0.52 per diluted share.'], 'eps_diluted', 0.52, 'USD/share'],
    [['We reported net income of $93.8 million or $0.98 per diluted common share.'], 'eps_diluted', 0.98, 'USD/share'],
    [['This quarter, we earned $1.6 billion after tax or $5.04 per share.'], 'eps', 5.04, 'USD/share'],
    [['Adjusted diluted earnings per share of $2.46 were up 71% compared to 2020.'], 'eps_adjusted', 2.46, 'USD/share'],
  ];
  for (const [sentences, key, expected, unit] of cases) {
    it(`${key}: ${sentences.at(-1)}`, () => {
      const metric = find(metricsOf(...sentences), key);
      assert.ok(metric, `${key} not read`);
      assert.deepEqual([metric.value, metric.unit, metric.guidance], [expected, unit, false]);
    });
  }
  it('in a `respectively` sentence, the listed per-share amounts stay unread', () => {
    const metrics = metricsOf('The company closed the quarter with sales of $2.4 billion and GAAP and adjusted diluted EPS of $0.53 and $0.52, respectively.');
    assert.equal(find(metrics, 'eps_diluted'), undefined);
    assert.equal(find(metrics, 'eps_adjusted'), undefined);
  });
});

describe('metric rules on call wordings: guidance', () => {
  const cases: Array<[sentences: string[], low: number, high: number, period: string | null]> = [
    [['The revenue range for the second quarter will be between $230 million and $250 million.'], 230e6, 250e6, 'Q2'],
    [['For revenue, we are raising our guidance range, with projected revenue now between $7.5 billion and $7.6 billion for the full year.'], 7.5e9, 7.6e9, 'FY'],
    [['Full-year 2021 net sales are expected to be in a range of $2.63 billion and $2.655 billion, compared to prior guidance of $2.5 billion to $2.525 billion.'], 2.63e9, 2.655e9, 'FY 2021'],
    [['We expect second quarter 2021 sales to be in the range of between $1.45 billion and $1.5 billion.'], 1.45e9, 1.5e9, 'Q2'],
    [['In the fourth quarter of fiscal 2021, we expect to generate consolidated revenues of $7.9 billion to $8.4 billion.'], 7.9e9, 8.4e9, 'Q4'],
    [['For the third fiscal quarter, we are expecting revenue to range from $1.51 billion to $1.54 billion.'], 1.51e9, 1.54e9, 'Q3'],
    [['We are increasing our full-year revenue projection to a range of $6.29 billion to $6.32 billion.'], 6.29e9, 6.32e9, 'FY'],
    [[...IN_DOLLARS, 'Full year net sales are expected to be in a range of 2.8 billion and $2.81 billion.'], 2.8e9, 2.81e9, 'FY'],
    [['The revenue range for the first quarter of fiscal year 2022 is between $285 million and $300 million.'], 285e6, 300e6, 'Q1'],
    [['As a result, Q4 revenues are estimated to be in the range of $195 million to $210 million.'], 195e6, 210e6, 'Q4'],
  ];
  for (const [sentences, low, high, period] of cases) {
    it(sentences.at(-1)!, () => {
      const metric = find(metricsOf(...sentences), 'guidance_revenue');
      assert.deepEqual(range(metric), [low, high]);
      assert.equal(metric?.period, period);
    });
  }
  it('`$3.9 million to $3.95 billion` is a slip, not a range', () => {
    const metric = find(metricsOf('We are revising our revenue range to $3.9 million to $3.95 billion.'), 'guidance_revenue');
    assert.notDeepEqual(range(metric), [3.9e6, 3.95e9]);
  });
  it('`we expect approximately $3.7 billion in sales`', () => {
    assert.equal(find(metricsOf('For the first quarter, we expect approximately $3.7 billion in sales.'), 'guidance_revenue')?.value, 3.7e9);
  });
  it('a guidance sentence takes its period from itself or the stretch just before it, not from far back in the paragraph', () => {
    const filler = 'Our teams kept serving customers well across the regions we cover. '.repeat(40);
    const metric = find(metricsOf(`For the third quarter, demand held up. ${filler}We expect revenue of $2.1 billion to $2.2 billion.`), 'guidance_revenue');
    assert.deepEqual(range(metric), [2.1e9, 2.2e9]);
    assert.equal(metric?.period, null);
  });
});

describe('metric rules on call wordings: what they still refuse', () => {
  const none: Array<[sentences: string[], key: string]> = [
    [['Moving to Clinical Nutrition, total sales were $244 million.'], 'revenue'],
    [['Process Flow Technologies, sales of $299 million increased 19%.'], 'revenue'],
    [['Aerospace had revenue of $2.07 billion and operating earnings of $262 million.'], 'revenue'],
    [['Our revenues of $20.4 billion and net income of $3 billion were all-time annual records.'], 'revenue'],
    [['Net sales of $599 million through our independent sales network decreased 3%.'], 'revenue'],
    [['Sales in the quarter were $2,669 billion.'], 'revenue'],
    [['Revenue was 426 million.'], 'revenue'],
    [[...IN_DOLLARS, 'Sales were 2 million units in the quarter.'], 'revenue'],
    [['We expect the acquisition to add approximately $350 million in revenues.'], 'guidance_revenue'],
    [['We expect organic growth to contribute nearly $1.4 billion in sales.'], 'guidance_revenue'],
    [[...IN_DOLLARS, 'For the third quarter, we anticipate revenue to be in the range of 370 to 400 million.'], 'guidance_revenue'],
    [['Diluted earnings per share and adjusted diluted earnings per share each increased 30% to $1.03 and $1.04, respectively.'], 'eps_diluted'],
  ];
  for (const [sentences, key] of none) {
    it(`no ${key}: ${sentences.at(-1)}`, () => {
      const metric = find(metricsOf(...sentences), key);
      assert.equal(metric, undefined, JSON.stringify(metric));
    });
  }
});
