import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import type { Metric } from '../../../src/analysis/metrics/types';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';

type Expected = [key: string, period: string, value: number | [number, number]];

/** Every metric each call states, as read from the transcripts by hand. */
const CALLS: Array<{ file: string; call: object; metrics: Expected[] }> = [
  {
    file: SEED_BULLETED,
    call: { company: 'Cloudflare Inc', period: 'Q2 2023', date: null },
    metrics: [
      ['revenue', 'Q2 2023', 308.5e6],
      ['revenue_growth_yoy', 'Q2 2023', 32],
      ['gross_margin', 'Q2 2023', 77.7],
      ['operating_income', 'Q2 2023', 20.3e6],
      ['operating_margin', 'Q2 2023', 6.6],
      ['net_income', 'Q2 2023', 33.7e6],
      // (The seeds say `Unless otherwise noted, all numbers we talk about today, other than revenue, will be on an
      // adjusted non-GAAP basis`: their EPS and EPS guidance are the adjusted ones.)
      ['eps_adjusted', 'Q2 2023', 0.1],
      ['free_cash_flow', 'Q2 2023', 20e6],
      ['cash_and_securities', 'Q2 2023', 1.6e9],
      ['rpo', 'Q2 2023', 1e9],
      ['paying_customers', 'Q2 2023', 174129],
      ['large_customers_added', 'Q2 2023', 196],
      ['large_customers', 'Q2 2023', 2352],
      ['dollar_based_net_retention', 'Q2 2023', 115],
      ['headcount', 'Q2 2023', 3389],
      ['sales_marketing_expense', 'Q2 2023', 125.4e6],
      ['rnd_expense', 'Q2 2023', 53e6],
      ['gna_expense', 'Q2 2023', 41e6],
      ['guidance_revenue', 'Q3 2023', [330e6, 331e6]],
      ['guidance_revenue', 'FY 2023', [1.283e9, 1.287e9]],
      ['guidance_operating_income', 'Q3 2023', [20e6, 21e6]],
      ['guidance_operating_income', 'FY 2023', [81e6, 85e6]],
      ['guidance_eps_adjusted', 'Q3 2023', 0.1],
      ['guidance_eps_adjusted', 'FY 2023', 0.37],
    ],
  },
  {
    file: SEED_INTERLEAVED,
    call: { company: 'Cloudflare', period: 'Q1 2024', date: 'May 02, 2024' },
    metrics: [
      ['revenue', 'Q1 2024', 378.6e6],
      ['revenue_growth_yoy', 'Q1 2024', 30],
      ['gross_margin', 'Q1 2024', 79.5],
      ['operating_income', 'Q1 2024', 42.4e6],
      ['operating_margin', 'Q1 2024', 11.2],
      ['net_income', 'Q1 2024', 58.2e6],
      ['eps_adjusted', 'Q1 2024', 0.16],
      ['free_cash_flow', 'Q1 2024', 35.6e6],
      ['cash_and_securities', 'Q1 2024', 1.7e9],
      ['rpo', 'Q1 2024', 1.343e9],
      ['paying_customers', 'Q1 2024', 197000],
      ['large_customers_added', 'Q1 2024', 122],
      ['large_customers', 'Q1 2024', 2878],
      ['dollar_based_net_retention', 'Q1 2024', 115],
      ['headcount', 'Q1 2024', 3704],
      ['sales_marketing_expense', 'Q1 2024', 156.8e6],
      ['rnd_expense', 'Q1 2024', 58.7e6],
      ['gna_expense', 'Q1 2024', 43.2e6],
      ['guidance_revenue', 'Q2 2024', [393.5e6, 394.5e6]],
      ['guidance_revenue', 'FY 2024', [1.648e9, 1.652e9]],
      ['guidance_operating_income', 'Q2 2024', [35e6, 36e6]],
      ['guidance_operating_income', 'FY 2024', [160e6, 164e6]],
      ['guidance_eps_adjusted', 'Q2 2024', 0.14],
      ['guidance_eps_adjusted', 'FY 2024', [0.6, 0.61]],
    ],
  },
];

const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function describeMetric(m: Metric): string {
  return `${m.key} ${m.period} ${m.value ?? `${m.low}..${m.high}`}`;
}

for (const { file, call, metrics } of CALLS) {
  describe(`metrics of ${file.split('/').pop()}`, () => {
    const text = readSeed(file);
    const analysis = analyze(text);

    it('identifies the call', () => assert.deepEqual(analysis.call, call));

    it('finds every stated metric with its value and period, and nothing else', () => {
      const found = analysis.metrics.map(describeMetric);
      const expected = metrics.map(([key, period, value]) => `${key} ${period} ${Array.isArray(value) ? `${value[0]}..${value[1]}` : value}`);
      assert.equal(found.length, expected.length, found.join('\n'));
      for (const [key, period, value] of metrics) {
        const metric = analysis.metrics.find((m) => m.key === key && m.period === period);
        assert.ok(metric, `${key} ${period} not found`);
        if (Array.isArray(value)) assert.ok(near(metric.low, value[0]) && near(metric.high, value[1]), describeMetric(metric));
        else assert.ok(near(metric.value, value), describeMetric(metric));
      }
    });

    it('points each metric at its English and its agreeing Chinese figure', () => {
      for (const metric of analysis.metrics) {
        assert.equal(text.slice(metric.english.start, metric.english.end), metric.english.text);
        assert.ok(metric.chinese, `${metric.key} has a Chinese counterpart`);
        assert.equal(text.slice(metric.chinese.start, metric.chinese.end), metric.chinese.text);
        assert.equal(metric.consistent, true, describeMetric(metric));
      }
    });
  });
}

describe('metric cross-check', () => {
  it('flags a metric whose Chinese figure disagrees', () => {
    const text = readSeed(SEED_INTERLEAVED).replace('我們實現了 3.786 億美元的收入', '我們實現了 3.876 億美元的收入');
    const revenue = analyze(text).metrics.find((m) => m.key === 'revenue')!;
    assert.equal(revenue.value, 378.6e6);
    assert.equal(revenue.consistent, false);
    assert.equal(revenue.chinese?.text, '3.876 億美元');
  });
});

describe('Q&A exchanges', () => {
  it('lists each analyst with firm, questions and who answered, the firm taken from the operator where titles lack it', () => {
    const qa = analyze(readSeed(SEED_BULLETED)).qa;
    assert.deepEqual(qa.slice(0, 2).map((x) => [x.analyst, x.firm, x.questions, x.answeredBy]), [
      ['Shaul Eyal', 'TD Cowen', 1, ['Matthew Prince']],
      ['Matthew George Hedberg', 'RBC Capital Markets', 2, ['Thomas Josef Seifert']],
    ]);
    assert.equal(qa.length, 9);
    const interleaved = analyze(readSeed(SEED_INTERLEAVED)).qa;
    assert.equal(interleaved[0].firm, 'RBC Capital Markets');
  });
});
