// Each metric rule on sentences written for the purpose: what it reads, and the traps it must not fall into.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { RULES } from '../../../src/analysis/metrics/rules';
import type { Metric } from '../../../src/analysis/metrics/types';

/** The metrics of an English-only text with no speaker names (one sentence a line, as ECTSum distributes calls). */
const metricsOf = (...sentences: string[]): readonly Metric[] => analyze(sentences.join('\n')).metrics;
const find = (metrics: readonly Metric[], key: string) => metrics.find((m) => m.key === key);
const value = (metrics: readonly Metric[], key: string) => find(metrics, key)?.value ?? null;
const range = (metrics: readonly Metric[], key: string) => {
  const metric = find(metrics, key);
  return metric ? [metric.low, metric.high] : null;
};

describe('metric rules: what each reads', () => {
  const cases: Array<[sentence: string, key: string, expected: number, unit: string]> = [
    ['Total revenues were $452.2 million, up 12% year-over-year.', 'revenue', 452.2e6, 'USD'],
    ['Total revenues were $452.2 million, up 12% year-over-year.', 'revenue_growth_yoy', 12, 'percent'],
    ['Net sales were €1.2 billion in the quarter.', 'revenue', 1.2e9, 'EUR'],
    ['Net revenues were RMB23.4 billion.', 'revenue', 23.4e9, 'CNY'],
    ['Total net revenue for the quarter was $88.1 million.', 'revenue', 88.1e6, 'USD'],
    ['Revenue increased $50 million to $1.2 billion.', 'revenue', 1.2e9, 'USD'],
    ['We generated $6.9 billion of sales in the first quarter.', 'revenue', 6.9e9, 'USD'],
    ['Gross profit was £300 million and gross margin was 45.2%.', 'gross_profit', 300e6, 'GBP'],
    ['Gross profit was £300 million and gross margin was 45.2%.', 'gross_margin', 45.2, 'percent'],
    ['Operating loss was $12.0 million.', 'operating_income', -12e6, 'USD'],
    ['Operating margin was 12.1% in the quarter.', 'operating_margin', 12.1, 'percent'],
    ['Net loss was $5.2 million.', 'net_income', -5.2e6, 'USD'],
    ['Net income was ¥12.5 billion.', 'net_income', 12.5e9, 'JPY'],
    ['Adjusted EPS was $1.24.', 'eps_adjusted', 1.24, 'USD/share'],
    ['Non-GAAP earnings per share were $0.45.', 'eps_adjusted', 0.45, 'USD/share'],
    ['EPS, excluding special items, was $1.22.', 'eps_adjusted', 1.22, 'USD/share'],
    ['Diluted earnings per ADS were RMB 3.21.', 'eps_diluted', 3.21, 'CNY/share'],
    ['Our net loss was $46 million or $0.41 per share.', 'eps', -0.41, 'USD/share'],
    ['Free cash flow was $45 million.', 'free_cash_flow', 45e6, 'USD'],
    ['Cash flow from operations was $80 million.', 'operating_cash_flow', 80e6, 'USD'],
    ['We ended the quarter with $1.6 billion in cash and cash equivalents.', 'cash_and_securities', 1.6e9, 'USD'],
    ['Capital expenditures were $12 million.', 'capex', 12e6, 'USD'],
    ['We repurchased 1.2 million shares for $150 million.', 'share_repurchases', 150e6, 'USD'],
    ['The board declared a quarterly dividend of $0.29 per share.', 'dividend_per_share', 0.29, 'USD/share'],
  ];
  for (const [sentence, key, expected, unit] of cases) {
    it(`${key}: ${sentence}`, () => {
      const metric = find(metricsOf(sentence), key);
      assert.ok(metric, `${key} not read`);
      assert.equal(metric.value, expected);
      assert.equal(metric.unit, unit);
      assert.equal(metric.guidance, false);
    });
  }
});

describe('metric rules: guidance with its range and period', () => {
  it('`we expect revenue to be between … and …` for a quarter', () => {
    const metrics = metricsOf('For the third quarter, we expect revenue to be between $1.2 billion and $1.3 billion.');
    assert.deepEqual(range(metrics, 'guidance_revenue'), [1.2e9, 1.3e9]);
    assert.equal(find(metrics, 'guidance_revenue')?.period, 'Q3');
    assert.equal(find(metrics, 'revenue'), undefined);
  });
  it('`we now expect full-year revenue of … to …`', () => {
    const metrics = metricsOf('We now expect full-year revenue of $5.1 billion to $5.3 billion.');
    assert.deepEqual(range(metrics, 'guidance_revenue'), [5.1e9, 5.3e9]);
    assert.equal(find(metrics, 'guidance_revenue')?.period, 'FY');
  });
  it('a bare `full year` after `full-year 2024` in the paragraph is that year', () => {
    const metrics = metricsOf('For the full-year 2024, we expect revenue in the range of $1.648 billion to $1.652 billion. We expect operating income for the full year in the range of $160 million to $164 million.');
    assert.equal(find(metrics, 'guidance_revenue')?.period, 'FY 2024');
    assert.equal(find(metrics, 'guidance_operating_income')?.period, 'FY 2024');
  });
  it('`revenue to range from … to …` (two amounts read as one range)', () => {
    const metrics = metricsOf("For Q1, we're expecting revenue to range from $1.42 billion to $1.43 billion.");
    assert.deepEqual(range(metrics, 'guidance_revenue'), [1.42e9, 1.43e9]);
    assert.equal(find(metrics, 'guidance_revenue')?.english.text, '$1.42 billion to $1.43 billion');
  });
  it('`we anticipate adjusted EPS of …`, `our outlook for operating income is …`, margins', () => {
    const metrics = metricsOf(
      'We anticipate adjusted EPS of $3.10 to $3.30 for fiscal 2024.',
      'Our outlook for operating income is $200 million to $220 million.',
      'We expect gross margin of 44% to 45%.',
    );
    assert.deepEqual(range(metrics, 'guidance_eps_adjusted'), [3.1, 3.3]);
    assert.equal(find(metrics, 'guidance_eps_adjusted')?.period, 'FY 2024');
    assert.deepEqual(range(metrics, 'guidance_operating_income'), [200e6, 220e6]);
    assert.deepEqual(range(metrics, 'guidance_gross_margin'), [44, 45]);
  });
});

describe('metric rules: the traps (a wrong value shown is worse than none)', () => {
  const none: Array<[sentence: string, key: string]> = [
    ['Revenue from our cloud segment grew 20% to $300 million.', 'revenue'],
    ['Revenue from our cloud segment grew 20% to $300 million.', 'revenue_growth_yoy'],
    ['Cloud revenue was $300 million.', 'revenue'],
    ['In North America, sales were $400 million.', 'revenue'],
    ['On the agency side, revenue was a record $845 million.', 'revenue'],
    ['Last year, revenue was $1.5 billion.', 'revenue'],
    ['Full-year revenue was $6 billion.', 'revenue'],
    ['Revenue in 2021 was $2 billion.', 'revenue'],
    ['Revenue grew 8% in constant currency.', 'revenue_growth_yoy'],
    ['Revenue, excluding fuel, was $900 million.', 'revenue'],
    ['Revenue was $1.09 billion to $1.20 billion.', 'revenue'],
    ['Our revenues were up nearly $12 million year-over-year.', 'revenue'],
    ['Revenue of $479.3 million was above our guidance range.', 'guidance_revenue'],
    ['We believe revenue could reach $2 billion by 2025.', 'revenue'],
    ['Adjusted net income was $50 million.', 'net_income'],
    ['Segment operating income was $40 million.', 'operating_income'],
    ['GAAP and adjusted EPS were $0.53 and $0.52, respectively.', 'eps'],
    ['GAAP and adjusted EPS were $0.53 and $0.52, respectively.', 'eps_adjusted'],
    ['Adjusted EBITDA increased adjusted EPS by $0.12 this quarter.', 'eps_adjusted'],
    ['In supply chain solutions, we expect revenue to be around $17 billion.', 'guidance_revenue'],
  ];
  for (const [sentence, key] of none) {
    it(`no ${key}: ${sentence}`, () => assert.equal(find(metricsOf(sentence), key), undefined, JSON.stringify(find(metricsOf(sentence), key))));
  }

  it('a prior-year comparative is not this period\'s value', () => {
    assert.equal(value(metricsOf('Revenue was $1.7 billion compared to $1.5 billion last year.'), 'revenue'), 1.7e9);
    assert.equal(value(metricsOf('Our sales for the quarter decreased 26% from $542 million to $401 million.'), 'revenue'), 401e6);
  });

  it('the first plain statement stands; a later one does not replace it', () => {
    assert.equal(value(metricsOf('Revenue was $1.7 billion.', 'Revenue was $1.6 billion.'), 'revenue'), 1.7e9);
  });
});

describe('metrics and translation', () => {
  it('an English-only paragraph gives metrics marked untranslated, with no Chinese and no verdict', () => {
    const metrics = metricsOf('Total revenues were $452.2 million.', 'Net loss was $5.2 million.');
    assert.equal(metrics.length, 2);
    for (const metric of metrics) assert.deepEqual([metric.translated, metric.chinese, metric.consistent], [false, null, null]);
  });

  it('a translated paragraph is checked against its Chinese; an untranslated one beside it is not', () => {
    const text = ['Total revenues were $452.2 million, up 12% year-over-year.', '總營收為 4.252 億美元，年增 12%。', '', 'Net loss was $5.2 million.', ''].join('\n');
    const metrics = analyze(text).metrics;
    const revenue = find(metrics, 'revenue')!;
    assert.deepEqual([revenue.translated, revenue.consistent, revenue.chinese?.text], [true, false, '4.252 億美元']);
    const loss = find(metrics, 'net_income')!;
    assert.deepEqual([loss.value, loss.translated, loss.consistent], [-5.2e6, false, null]);
  });

  it('the operator and analysts are not the company: their figures are no metrics', () => {
    const text = ['Operator', '', 'Revenue was $9 billion, as the press release says.', '', 'Jane Doe -- Chief Financial Officer', '', 'Revenue was $1.7 billion.', ''].join('\n');
    assert.equal(value(analyze(text).metrics, 'revenue'), 1.7e9);
  });
});

describe('other figures stated by the company', () => {
  it('lists money and percentages no metric took, with their sentence and line, and no dates, years or counts', () => {
    const analysis = analyze(['Revenue was $1.7 billion.', 'We opened 12 stores in 2021 and our market share reached 18%, worth $40 million in savings.'].join('\n'));
    assert.deepEqual(
      analysis.otherFigures.map((o) => [o.english.text, o.english.line, o.translated]),
      [
        ['18%', 1, false],
        ['$40 million', 1, false],
      ],
    );
    assert.match(analysis.otherFigures[0].sentence, /^We opened 12 stores/);
  });

  it('is bounded', () => {
    const analysis = analyze(Array.from({ length: 400 }, (_, i) => `Our share reached ${i + 1}.5% in market ${i}.`).join('\n'));
    assert.equal(analysis.otherFigures.length, 300);
  });
});

describe('metric rules: each says in words what it requires', () => {
  it('every rule has a requirement the README can list', () => {
    for (const rule of RULES) assert.ok(rule.requires.length > 20, rule.key);
  });
});
