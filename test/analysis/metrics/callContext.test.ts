// What a sentence speaks of by context (the year reviewed or a part turned to just before it), and the wordings of
// the third round on ECTSum's train split: operating EPS, another period after the figure, a range's point, a
// range whose end went unread. Sentences written for the purpose, after the constructions seen there.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { CallContext, periodKindOf, turnsToPart } from '../../../src/analysis/metrics/callContext';
import type { Metric } from '../../../src/analysis/metrics/types';

const metricsOf = (...sentences: string[]): readonly Metric[] => analyze(sentences.join('\n')).metrics;
const value = (metrics: readonly Metric[], key: string) => metrics.find((m) => m.key === key)?.value ?? null;

describe('call context: periods and parts', () => {
  it('reads the kind of period a sentence names', () => {
    assert.equal(periodKindOf('For the full year, net sales increased 6% to $2.9 billion.'), 'year');
    assert.equal(periodKindOf('To summarize fiscal 2020, it was a hard year.'), 'year');
    assert.equal(periodKindOf('Fourth quarter sales were $700 million.'), 'quarter');
    assert.equal(periodKindOf('We closed the fourth quarter and full year with strong cash flow.'), 'both');
    assert.equal(periodKindOf('Sales were up 4% year-over-year, and up 9% from the prior year.'), null);
    assert.equal(periodKindOf('We will publish our annual sustainability report in June.'), null);
  });

  it('tells a sentence turning to a part of the company from one turning to a statement', () => {
    assert.ok(turnsToPart('Starting with Industrial Pumps.'));
    assert.ok(turnsToPart('Moving to our packaging segment, demand stayed healthy.'));
    assert.ok(turnsToPart('Let me give you the details by business, beginning with the Lab Services segment.'));
    assert.ok(turnsToPart('Looking at our non-wireless business.'));
    assert.ok(!turnsToPart('Turning to net income and the balance sheet.'));
    assert.ok(!turnsToPart('Let me start with our results for the quarter.'));
    assert.ok(!turnsToPart('Growth was strong in both our Retail and Commercial segments.'));
    assert.ok(!turnsToPart('Let us review net sales by segment and by region.'));
  });

  it('carries a year over two sentences naming no period, and a part until the company is named', () => {
    const context = new CallContext();
    assert.deepEqual(context.next('For the full year, sales grew 5%.', false), { year: false, part: false, outlook: false });
    assert.deepEqual(context.next('Margins held up well.', false), { year: true, part: false, outlook: false });
    assert.deepEqual(context.next('EPS was $2.10.', false), { year: true, part: false, outlook: false });
    assert.deepEqual(context.next('EPS was $2.10.', false), { year: false, part: false, outlook: false });
    assert.deepEqual(context.next('Turning to our lighting segment.', false), { year: false, part: false, outlook: false });
    assert.deepEqual(context.next('Revenue was $90 million, 20% of total revenue.', false), { year: false, part: true, outlook: false });
    assert.deepEqual(context.next('Total revenue was $450 million.', false), { year: false, part: false, outlook: false });
    assert.deepEqual(context.next('Revenue was $90 million.', false), { year: false, part: false, outlook: false });
  });

  it('a sentence that looks ahead sets no year', () => {
    const context = new CallContext();
    context.next('We expect the full-year tax rate to be 24%.', true);
    assert.deepEqual(context.next('Diluted EPS was $0.84.', false), { year: false, part: false, outlook: true });
  });

  it('carries an outlook over two sentences that do not look ahead themselves', () => {
    const context = new CallContext();
    context.next('We are providing the following outlook for fiscal 2022.', true);
    assert.equal(context.next('Net sales of $1.21 billion to $1.25 billion.', false).outlook, true);
    assert.equal(context.next('Adjusted EBITDA of $150 million to $160 million.', false).outlook, true);
    assert.equal(context.next('Capital expenditures of $40 million.', false).outlook, false);
  });
});

describe('metric rules on call wordings: context and the third round', () => {
  it('a result stated just after the full year is reviewed is the year\'s, not the quarter\'s', () => {
    assert.equal(value(metricsOf('For the full year, net sales increased 6.1% to $3.41 billion.', 'Diluted earnings per share was $3.10.'), 'eps_diluted'), null);
    assert.equal(value(metricsOf('To summarize full-year 2020 results.', 'Adjusted diluted EPS was $0.31.'), 'eps_adjusted'), null);
    // The quarter named again, the result is the quarter's.
    assert.equal(value(metricsOf('For the full year, net sales increased 6.1% to $3.41 billion.', 'Fourth quarter diluted earnings per share was $0.71.'), 'eps_diluted'), 0.71);
    // Three sentences on, the year is no longer assumed.
    assert.equal(value(metricsOf('For the full year, net sales increased 6.1%.', 'Margins were good.', 'Costs were lower.', 'Diluted earnings per share was $0.71.'), 'eps_diluted'), 0.71);
  });

  it('a result stated just after a part is turned to is the part\'s; the company as subject is the company\'s', () => {
    assert.equal(value(metricsOf('Turning to our gaming segment on Slide 12.', 'Revenue increased 31% to $640 million.'), 'revenue'), null);
    assert.equal(value(metricsOf('Starting with Industrial Pumps.', 'Sales of $212 million increased 9%.'), 'revenue'), null);
    assert.equal(value(metricsOf('Turning to our gaming segment on Slide 12.', 'We grew net sales by 12% to $1.22 billion.'), 'revenue'), 1.22e9);
    assert.equal(value(metricsOf('Turning to net income and the balance sheet.', 'Revenue in the quarter was $90.5 million.'), 'revenue'), 90.5e6);
  });

  it('a part named among the subject\'s words is not the company', () => {
    assert.equal(value(metricsOf('Marine systems had revenue of $2.1 billion, up 4%.'), 'revenue'), null);
    assert.equal(value(metricsOf('The company had revenue of $2.1 billion, up 4%.'), 'revenue'), 2.1e9);
  });

  it('operating earnings per share is the adjusted basis, unless said to be GAAP', () => {
    const metrics = metricsOf('Operating earnings per share were $0.62, above the top of our range.');
    assert.equal(value(metrics, 'eps_adjusted'), 0.62);
    assert.equal(value(metrics, 'eps'), null);
    assert.equal(value(metricsOf('Operating income was $88 million or $1.95 per share.'), 'eps_adjusted'), 1.95);
    assert.equal(value(metricsOf('On a GAAP basis, we reported an operating loss of $0.21 per share.'), 'eps_adjusted'), null);
  });

  it('refuses another period after the figure, a comparison sentence, and a point of a guidance range', () => {
    assert.equal(value(metricsOf('Adjusted earnings per share was $0.44 in the second quarter last year.'), 'eps_adjusted'), null);
    assert.equal(value(metricsOf('Comparatively, we reported GAAP earnings per share of $0.71 in the linked quarter.'), 'eps'), null);
    assert.equal(value(metricsOf('At the midpoint of our range, adjusted earnings per share is $6.20.'), 'eps_adjusted'), null);
    assert.equal(value(metricsOf('Through the first 9 months, diluted earnings per share grew 30% to $3.90 in the third quarter.'), 'eps_diluted'), null);
  });

  it('reads EPS named after its amount, the sentence leading to it, a measure named between, a segment\'s EBITDA before it', () => {
    assert.equal(value(metricsOf('We achieved $2.14 in adjusted earnings per share, up 9%.'), 'eps_adjusted'), 2.14);
    assert.equal(value(metricsOf('We reported $0.61 in earnings per share, compared to $0.48 a year ago.'), 'eps'), 0.61);
    assert.equal(value(metricsOf('The net result for the quarter was earnings per share of $1.12.'), 'eps'), 1.12);
    assert.equal(value(metricsOf('Adjusted diluted earnings per share, a non-GAAP measure, was $1.31.'), 'eps_adjusted'), 1.31);
    assert.equal(value(metricsOf('Sales of $3.1 billion, adjusted segment EBITDA of $510 million, and adjusted earnings per share of $0.72 were all ahead of our expectations.'), 'eps_adjusted'), 0.72);
    // An item's share of EPS is not EPS: no reporting verb before it.
    assert.equal(value(metricsOf('The tax benefit added $0.06 of earnings per share.'), 'eps'), null);
    // Nor is a segment's revenue the company's.
    assert.equal(value(metricsOf('Sales of $3.1 billion, adjusted segment EBITDA of $510 million, and adjusted earnings per share of $0.72 were all ahead of our expectations.'), 'revenue'), 3.1e9);
  });

  it('a guidance range opened whose end went unread gives no value', () => {
    const metrics = metricsOf('Full year 2022 revenue guidance will be in a range of between $1.8 billion and $1.6 -- $1.85 billion.');
    assert.equal(metrics.filter((m) => m.key === 'guidance_revenue').length, 0);
    const plain = metricsOf('Full year 2022 revenue guidance will be in a range of between $1.8 billion and $1.85 billion.').find((m) => m.key === 'guidance_revenue');
    assert.deepEqual(plain && [plain.low, plain.high], [1.8e9, 1.85e9]);
  });
});
