// Three things a call states that change how a figure is read (sentences written for the purpose, after constructions
// many calls use): the basis it says once for all its figures (basis.ts), the clause a guidance range's period is
// named in (guidance.ts), and `respectively` lists (respectively.ts); with the look-alikes each must still refuse.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { statesAdjustedBasis } from '../../../src/analysis/metrics/basis';
import type { Metric } from '../../../src/analysis/metrics/types';

const metricsOf = (...sentences: string[]): readonly Metric[] => analyze(sentences.join('\n')).metrics;
const keys = (metrics: readonly Metric[], prefix: string) => metrics.filter((m) => m.key.startsWith(prefix)).map((m) => `${m.key}=${m.value ?? `${m.low}..${m.high}`}`);

describe('the basis a call states once for all its figures', () => {
  const whole = [
    'Unless otherwise noted, all figures we discuss today are on a non-GAAP basis.',
    'As a reminder, my comments this morning will be on an adjusted basis.',
    'Our remarks will cover adjusted results unless they are specifically identified as GAAP.',
    "I'll be referring to adjusted results throughout the call.",
  ];
  for (const sentence of whole) it(`covers the call: ${sentence}`, () => assert.equal(statesAdjustedBasis(sentence), true));
  const partial = [
    'We will also discuss certain non-GAAP financial measures, such as adjusted EBITDA.',
    'In my remarks I will refer to both GAAP and non-GAAP results.',
    'Unless otherwise noted, all numbers other than EPS will be on an adjusted basis.',
    'Unless otherwise noted, comparisons are to the prior-year quarter.',
    'Reconciliations of our non-GAAP measures are in the appendix.',
  ];
  for (const sentence of partial) it(`does not: ${sentence}`, () => assert.equal(statesAdjustedBasis(sentence), false));

  it('a plain EPS after the statement is the adjusted EPS', () => {
    assert.deepEqual(keys(metricsOf(whole[0], 'Earnings per share were $0.62.'), 'eps'), ['eps_adjusted=0.62']);
    assert.deepEqual(keys(metricsOf(whole[1], 'For the full year, we now expect diluted earnings per share of $2.40 to $2.50.'), 'guidance_eps'), ['guidance_eps_adjusted=2.4..2.5']);
  });
  it('an explicit GAAP in the sentence is never overridden', () => {
    assert.deepEqual(keys(metricsOf(whole[0], 'On a GAAP basis, diluted earnings per share were $0.48.'), 'eps'), ['eps_diluted=0.48']);
  });
  it('without the statement, before it, or after a partial one, a plain EPS stays GAAP', () => {
    assert.deepEqual(keys(metricsOf('Earnings per share were $0.62.'), 'eps'), ['eps=0.62']);
    assert.deepEqual(keys(metricsOf('Earnings per share were $0.62.', whole[0]), 'eps'), ['eps=0.62']);
    assert.deepEqual(keys(metricsOf(partial[0], 'Earnings per share were $0.62.'), 'eps'), ['eps=0.62']);
    assert.deepEqual(keys(metricsOf(partial[1], 'Earnings per share were $0.62.'), 'eps'), ['eps=0.62']);
  });
  it('only EPS takes the stated basis (revenue and income keep their rules)', () => {
    const metrics = metricsOf(whole[0], 'Revenue was $512 million, and net income was $48 million.');
    assert.deepEqual(metrics.filter((m) => m.key === 'revenue' || m.key === 'net_income').map((m) => m.value), [512e6, 48e6]);
  });
});

describe("a guidance range's period is its own clause's", () => {
  const periodOf = (sentence: string, key = 'guidance_revenue') => metricsOf(sentence).filter((m) => m.key === key).map((m) => `${m.period}:${m.low}..${m.high}`);
  it('a later clause that implies another period does not relabel the range', () => {
    assert.deepEqual(periodOf('For the full year, we now expect revenue of $410 million to $420 million, which implies $98 million to $108 million in the fourth quarter.'), ['FY:410000000..420000000']);
    assert.deepEqual(periodOf('We guide to revenue for the full year of $93 million to $97 million, implying fourth quarter revenue of $21 million to $25 million.'), ['FY:93000000..97000000']);
  });
  it('keeps the year named before the clause', () => {
    assert.deepEqual(periodOf('For fiscal 2022, we expect net sales of $2.1 billion to $2.2 billion for the full year, including about $40 million from the acquisition we closed in the second quarter.'), ['FY 2022:2100000000..2200000000']);
  });
  it("a quarter named in the range's own clause, after it", () => {
    assert.deepEqual(periodOf('We expect adjusted earnings per share of $0.40 to $0.44 in the third quarter, and $1.60 to $1.70 for the full year.', 'guidance_eps_adjusted'), ['Q3:0.4..0.44']);
  });
  it('a sentence of one clause keeps the last period named before its end', () => {
    assert.deepEqual(periodOf('We expect revenue of $300 million to $310 million for the third quarter.'), ['Q3:300000000..310000000']);
  });
  it('a midpoint of a range stated elsewhere is not the guidance; a midpoint as the guidance is', () => {
    assert.deepEqual(periodOf('We now expect full-year revenue to be $2.4 billion at the midpoint of our updated range.'), []);
    assert.deepEqual(metricsOf('Third quarter adjusted earnings per share is projected to be $1.15 at the midpoint.').filter((m) => m.key === 'guidance_eps_adjusted').map((m) => m.value), [1.15]);
  });
});

describe('`respectively` lists', () => {
  it('pairs names and amounts of the same count and kinds, in order', () => {
    const metrics = metricsOf('For the third quarter, net sales, net income and diluted earnings per share were $845 million, $61 million and $1.12, respectively.');
    assert.deepEqual([...keys(metrics, 'revenue'), ...keys(metrics, 'eps')], ['revenue=845000000', 'eps_diluted=1.12']);
  });
  it("a first name's qualifier is meant for the later names that have none", () => {
    assert.deepEqual(keys(metricsOf('Adjusted net income and earnings per share were $52 million and $0.71 per share, respectively.'), 'eps'), ['eps_adjusted=0.71']);
  });
  const refused = [
    // A name with no kind of its own (`GAAP`), so which is whose is a guess.
    'GAAP and adjusted earnings per share were $0.58 and $0.63, respectively.',
    // More names than amounts, or the kinds out of order.
    'Revenue, gross margin and earnings per share were $1.3 billion and $0.92, respectively.',
    'Revenue and earnings per share were $0.92 and $1.3 billion, respectively.',
    // Two of one kind: periods or parts of one metric.
    'Revenue for the quarter and the year were $410 million and $1.6 billion, respectively.',
    'Our European and Asian sales were $300 million and $250 million, respectively.',
    // Another period's.
    'For the first nine months, revenue and earnings per share were $1.2 billion and $2.05, respectively.',
    // Changes, not levels.
    'Revenue and earnings per share grew 8% and 12%, respectively.',
  ];
  for (const sentence of refused) {
    it(`refuses: ${sentence}`, () => {
      const metrics = metricsOf(sentence);
      assert.deepEqual([...keys(metrics, 'revenue'), ...keys(metrics, 'eps')], []);
    });
  }
});
