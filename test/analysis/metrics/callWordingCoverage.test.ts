// Wordings the metric rules read since their third round on ECTSum's train split (sentences written for the purpose,
// after constructions many calls use), and the look-alikes they must still refuse.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import type { Metric } from '../../../src/analysis/metrics/types';

const metricsOf = (...sentences: string[]): readonly Metric[] => analyze(sentences.join('\n')).metrics;
const find = (metrics: readonly Metric[], key: string) => metrics.find((m) => m.key === key);

describe('metric rules on call wordings: more results read', () => {
  const cases: Array<[sentences: string[], key: string, expected: number]> = [
    // A conditional word after the figure is not the figure's.
    [['Diluted earnings per share were $0.84, up 12% from a year ago, and our CFO will walk through the details.'], 'eps_diluted', 0.84],
    // A period compared with, in a clause of its own, is not the figure's period.
    [['Compared to the prior year, net sales were up 6% to $2.3 billion.'], 'revenue', 2.3e9],
    [['Adjusted net income was $410 million, up 2% from last year, and adjusted earnings per share was $0.31.'], 'eps_adjusted', 0.31],
    [['Our consolidated net sales were solid, growing 11.5% year-over-year to $512.3 million.'], 'revenue', 512.3e6],
    [['We reported $2.1 billion in second-quarter revenue, a 6% increase.'], 'revenue', 2.1e9],
    [['Pre-tax income rose 40% on a 22% increase in revenues to $3.4 billion.'], 'revenue', 3.4e9],
    [['Higher shipments resulted in revenue of $88.2 million.'], 'revenue', 88.2e6],
    [['Margins expanded, resulting in earnings per share of $2.14.'], 'eps', 2.14],
    [['For the fourth quarter, we reported a net loss of $12 million or $0.25 per share on revenue of $431 million.'], 'revenue', 431e6],
    [['As shown in Slide 6, our third quarter revenue of $61.5 million grew 14%.'], 'revenue', 61.5e6],
    [['Net income attributable to Harbor Mills was $42.7 million or $1.12 per diluted share.'], 'eps_diluted', 1.12],
    [['Net income available to common stockholders was $19 million, or $0.21 per share.'], 'eps', 0.21],
    [['Adjusted net income was $61 million or $0.87 diluted earnings per share.'], 'eps_adjusted', 0.87],
    [['Net income per diluted share on an adjusted non-GAAP basis was $1.45 compared to $0.90 last year.'], 'eps_adjusted', 1.45],
    [['Second quarter comparable earnings per share of $0.71 rose 9% year over year.'], 'eps_adjusted', 0.71],
    [['Strong margins drove adjusted earnings-per-share growth of 15% to $2.05.'], 'eps_adjusted', 2.05],
    [['Our results stayed strong, earning $1.40 per share compared to $1.22 per share in the second quarter of 2020.'], 'eps', 1.4],
    [['In the third quarter, Northgate Bancorp earned $88.5 million or $1.38 per share.'], 'eps', 1.38],
    [['For the quarter, we reported a net loss of $40 million or negative $0.52 per share.'], 'eps', -0.52],
    [['Our adjusted fully diluted loss per share was $0.19.'], 'eps_adjusted', -0.19],
    // The three months ended on a date are the quarter, years and all.
    [['We reported net income of $9.2 million, or $0.31 per diluted share, for the three months ended April 30, 2021, compared to $4.1 million, or $0.14 per diluted share, for the three months ended April 30, 2020.'], 'eps_diluted', 0.31],
    // Per share, excluding items is the adjusted basis, not a figure left unreported.
    [['Excluding special items, we had adjusted earnings of $610 million or $2.44 per share.'], 'eps_adjusted', 2.44],
    [['Net income attributable to common shareholders was $48.2 million or diluted earnings per share of $0.71.'], 'eps_diluted', 0.71],
    [['At the bottom line, fourth quarter adjusted earnings per share increased to $0.92 from $0.81 in the year-ago period.'], 'eps_adjusted', 0.92],
  ];
  for (const [sentences, key, expected] of cases) {
    it(`${key}: ${sentences.at(-1)}`, () => {
      const metric = find(metricsOf(...sentences), key);
      assert.ok(metric, `${key} not read`);
      assert.deepEqual([metric.value, metric.guidance], [expected, false]);
    });
  }
});

describe('metric rules on call wordings: look-alikes still refused', () => {
  const cases: Array<[sentences: string[], key: string]> = [
    // The prior year's figure, named as such in the clause.
    [['Revenue grew 12%, up from prior year revenue of $400 million.'], 'revenue'],
    [['This is an increase of 36% over the prior year\'s third quarter adjusted earnings of $1.34 per share.'], 'eps_adjusted'],
    // A change in revenue, not its level.
    [['We saw a 5% increase in revenue of $12 million from new stores.'], 'revenue'],
    // A part of the company earned it.
    [['Our insurance subsidiaries earned $0.30 per share in the quarter.'], 'eps'],
    // A conditional before the figure, or just after it.
    [['We believe revenue would reach $900 million.'], 'revenue'],
    [['Excluding the charge, diluted earnings per share of $1.20 would have been $1.30.'], 'eps_diluted'],
    // The low end of a range, not a result.
    [['And adjusted earnings per share of $5.10 to $5.20, up from $5.00 to $5.10.'], 'eps_adjusted'],
  ];
  for (const [sentences, key] of cases) {
    it(`${key}: ${sentences.at(-1)}`, () => assert.equal(find(metricsOf(...sentences), key), undefined));
  }
});

describe('metric rules on call wordings: more guidance read', () => {
  const cases: Array<[sentences: string[], low: number, high: number]> = [
    // A list of guidance goes on in the next sentence.
    [['We are providing the following outlook for fiscal 2022.', 'Net sales of $1.21 billion to $1.25 billion.'], 1.21e9, 1.25e9],
    // The comparison is the clause before the semicolon.
    [['We expect industry demand to grow low single digits versus 2021; net sales of between $4.1 billion and $4.3 billion; and adjusted EPS of about $6.'], 4.1e9, 4.3e9],
    // A segment named after the company's figure is another figure.
    [['We expect total revenues between $640 million and $675 million, with the energy segment\'s revenues between $570 million and $580 million.'], 640e6, 675e6],
    // Updated against guidance given in a named month.
    [['For revenue, we are raising our guidance range, with projected revenue now between $3.1 billion and $3.2 billion and growth of 9% to 11%, versus 7% to 9% in our May guidance.'], 3.1e9, 3.2e9],
    [['We are updating our guidance ranges for company-level performance, including revenue of between $880 million and $910 million.'], 880e6, 910e6],
    [['For Q1, we see total revenues ranging from $345 million to $375 million.'], 345e6, 375e6],
  ];
  for (const [sentences, low, high] of cases) {
    it(sentences.at(-1)!, () => {
      const metric = find(metricsOf(...sentences), 'guidance_revenue');
      assert.ok(metric, 'revenue guidance not read');
      assert.deepEqual([metric.low, metric.high, metric.guidance], [low, high, true]);
    });
  }
  it('`We are holding our revenue guidance to be about $9 billion`: one value', () => {
    assert.equal(find(metricsOf('We are holding our revenue guidance to be about $9 billion.'), 'guidance_revenue')?.value, 9e9);
  });
});

describe('metric rules on call wordings: guidance look-alikes refused', () => {
  const cases: string[][] = [
    // After guidance, a single value is a result or anything else, not a continued outlook.
    ['We are providing the following outlook for fiscal 2022.', 'Net sales were $310 million.'],
    // Guidance given before.
    ['In terms of guidance for the full year, we are updating our range.', 'Our previous guidance was for sales in the range of $445 million to $500 million.'],
    // A segment's, named after the range.
    ['We continue to expect full year revenues to range between $2.7 billion and $2.8 billion for our legacy utility segment.'],
    // A change in the guidance, not its level.
    ['We raised our full year guidance by $250 million in total revenue.'],
    // After guidance, an amount `in sales` that is a part of it.
    ['We expect revenue to grow in the mid-single digits next year.', 'The extra week equates to approximately $1 billion to $1.5 billion in sales.'],
  ];
  for (const sentences of cases) {
    it(sentences.at(-1)!, () => assert.equal(find(metricsOf(...sentences), 'guidance_revenue'), undefined));
  }
});
