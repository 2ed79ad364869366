// The English figure reader, on sentences from the seed calls and on the traps listed in the notes.
import { strict as assert } from 'assert';
import { extractEnglishFigures } from '../../../src/analysis/figures';
import type { Figure } from '../../../src/analysis/figures/types';

/** The figures as `text=value unit`, the compact form most tests compare. */
function read(text: string): string[] {
  return extractEnglishFigures(text).map((f) => `${f.text}=${f.value} ${f.unit}`);
}

/** The one figure whose text is `text`; fails when there is none or more than one. */
function only(text: string, figureText: string): Figure {
  const found = extractEnglishFigures(text).filter((f) => f.text === figureText);
  assert.equal(found.length, 1, `${figureText} in ${JSON.stringify(extractEnglishFigures(text).map((f) => f.text))}`);
  return found[0];
}

describe('English figures', () => {
  it('reads money, percentages and counts of a seed sentence, with their directions', () => {
    const text = 'In Q2, we achieved revenue of $308.5 million, up 32% year-over-year. We added 196 new large customers, those that pay us more than $100,000 per year, and now have 2,352 large customers, up 34% year-over-year.';
    assert.deepEqual(read(text), ['Q2=2 quarter', '$308.5 million=308500000 USD', '32%=32 percent', '196=196 count', '$100,000=100000 USD', '2,352=2352 count', '34%=34 percent']);
    assert.equal(only(text, '32%').direction, 'up');
    assert.equal(only(text, '$308.5 million').direction, null);
    assert.equal(only(text, '196').direction, null, '"added" states a number, not a change');
    assert.equal(only(text, '$100,000').approx, 'over');
    assert.equal(only(text, '$308.5 million').scale, 'million');
    assert.ok(extractEnglishFigures(text).every((f) => f.salient && f.kind !== 'label'));
  });

  it('keeps offsets that slice back to the figure text', () => {
    const text = 'Operating income was $20.3 million compared to an operating loss of $891,000 in the same period last year.';
    for (const f of extractEnglishFigures(text)) assert.equal(text.slice(f.start, f.end), f.text);
    // A loss is a negative amount, on both sides (`營業虧損為 891,000 美元`).
    assert.deepEqual(read(text), ['$20.3 million=20300000 USD', '$891,000=-891000 USD']);
  });

  it('reads scale words and suffixes: billion, bn, k, M', () => {
    assert.deepEqual(read('revenue in the range of $1.283 billion'), ['$1.283 billion=1283000000 USD']);
    assert.deepEqual(read('a $1.2bn deal and a $25k fee'), ['$1.2bn=1200000000 USD', '$25k=25000 USD']);
    assert.deepEqual(read('We reached 10 million active workers applications'), ['10 million=10000000 count']);
    assert.deepEqual(read('We ended the second quarter with $1.6 billion in cash'), ['second quarter=2 quarter', '$1.6 billion=1600000000 USD']);
  });

  it('reads money per share, written after or earlier in the sentence', () => {
    const after = only('a diluted net income of $0.16 per share.', '$0.16 per share');
    assert.deepEqual([after.value, after.unit], [0.16, 'USD/share']);
    const text = 'Our net income in the quarter was $33.7 million or a diluted net income per share of $0.10.';
    assert.equal(only(text, '$0.10').unit, 'USD/share');
    assert.equal(only(text, '$33.7 million').unit, 'USD', 'money before "per share" is not per share');
  });

  it('reads ranges as one figure with low and high', () => {
    const target = only('still above our long-term target of 75% to 77% and in line with 77.8% last quarter', '75% to 77%');
    assert.deepEqual([target.low, target.high, target.unit], [75, 77, 'percent']);
    const guide = only('we expect revenue in the range of $330 million to $331 million', '$330 million to $331 million');
    assert.deepEqual([guide.low, guide.high, guide.unit], [330e6, 331e6, 'USD']);
    const once = only('operating income of $81 to $85 million', '$81 to $85 million');
    assert.deepEqual([once.low, once.high], [81e6, 85e6], 'the scale written once applies to both ends');
    const eps = only('diluted net income per share over that period to be $0.60 to $0.61', '$0.60 to $0.61');
    assert.deepEqual([eps.low, eps.high, eps.unit], [0.6, 0.61, 'USD/share']);
    assert.deepEqual(read('between 75 and 77 percent'), ['75 and 77 percent=76 percent']);
  });

  it('tells basis points and percentage points from percent', () => {
    const bp = only('representing a decrease of 200 basis points sequentially', '200 basis points');
    assert.deepEqual([bp.value, bp.unit, bp.direction], [200, 'bp', 'down']);
    assert.deepEqual(read('margin improved 2 percentage points'), ['2 percentage points=2 pp']);
    assert.deepEqual(read('at one point, I described it'), ['one=1 count'], '"one point" in prose is no percentage point');
  });

  it('reads approximations: about, over, more than, nearly, almost, up to', () => {
    const approx = (text: string) => extractEnglishFigures(text).map((f) => `${f.text}:${f.approx}`);
    assert.deepEqual(approx('we had about 197,000 paying customers'), ['197,000:about']);
    assert.deepEqual(approx('now stores over 13 petabytes of customer data'), ['13:over']);
    assert.deepEqual(approx('With more than 90% of their employees remote'), ['90%:over']);
    assert.deepEqual(approx('we are seeing almost 80% utilization'), ['80%:under']);
    assert.deepEqual(approx('nearly 50% year over year'), ['50%:under']);
    assert.deepEqual(approx('approximately 347 million shares outstanding'), ['347 million:about']);
    assert.deepEqual(approx('it saves up to 30%'), ['30%:under']);
    assert.deepEqual(approx('in more than 150 cities'), ['150:over']);
    assert.deepEqual(approx("for, I don't know, 250 jobs roughly."), ['250:about']);
    assert.deepEqual(approx('we grew 30% roughly in line with the market'), ['30%:null']);
  });

  it('attaches direction words and leaves levels without one', () => {
    const dir = (text: string) => extractEnglishFigures(text).map((f) => `${f.text}:${f.direction}`);
    assert.deepEqual(dir('Total revenue for the second quarter increased 32% year-over-year to $308.5 million.'), ['second quarter:null', '32%:up', '$308.5 million:null']);
    assert.deepEqual(dir('Our dollar-based net retention ticked down to 115%, down 2% quarter-over-quarter.'), ['115%:down', '2%:down']);
    assert.deepEqual(dir('Sales and marketing as a percentage of revenue decreased to 41% from 44%.'), ['41%:down', '44%:null']);
    assert.deepEqual(dir('increased to 67%, up from 62% in the first quarter last year'), ['67%:up', '62%:null', 'first quarter:null']);
    assert.deepEqual(dir('representing an increase of 8% sequentially and 36% year-over-year'), ['8%:up', '36%:up']);
    assert.deepEqual(dir('storage grew 85% quarter-over-quarter'), ['85%:up']);
    assert.deepEqual(dir('sales cycles declined 5% while deals saw a 20% increase'), ['5%:down', '20%:up']);
    assert.deepEqual(dir('decreased by 8% year-over-year to 71%'), ['8%:down', '71%:null']);
  });

  it('reads signs: negative, minus and a leading hyphen', () => {
    assert.deepEqual(read('compared to negative $4.4 million or 2% of revenue'), ['$4.4 million=-4400000 USD', '2%=2 percent']);
    assert.deepEqual(read('Cloudflare (NET -16.38%)'), ['-16.38%=-16.38 percent']);
  });

  it('reads number words and vague quantities', () => {
    const text = 'twenty-five seats, one hundred ninety-six customers, a dozen deals, seven regions, a couple of weeks';
    const figures = extractEnglishFigures(text);
    assert.deepEqual(figures.map((f) => `${f.text}=${f.value} ${f.unit}`), [
      'twenty-five=25 count',
      'one hundred ninety-six=196 count',
      'a dozen=12 count',
      'seven=7 count',
      'a couple of weeks=14 duration-day',
    ]);
    assert.deepEqual(figures.map((f) => f.salient), [true, true, true, false, false], '"a couple" is vague');
    assert.equal(figures[4].approx, 'about');
    assert.ok(figures.every((f) => f.spelled), 'all written in words');
    assert.deepEqual(read('two and a half billion dollars'), ['two and a half billion dollars=2500000000 USD']);
  });

  it('reads ordinals: fourth consecutive is salient, discourse ordinals are weak', () => {
    const text = 'We delivered an operating profit of $20.3 million, our fourth consecutive quarter with a record operating profit.';
    const fourth = only(text, 'fourth');
    assert.deepEqual([fourth.value, fourth.unit, fourth.salient], [4, 'ordinal', true]);
    const first = only('So the first area is our traditional application security business.', 'first');
    assert.deepEqual([first.unit, first.salient], ['ordinal', false]);
    const discourse = only('First, we crossed over 2 million active developers.', 'First');
    assert.equal(discourse.note, 'discourse');
    assert.deepEqual(read('act 1 is application security, act 2 is Zero Trust and act 3 is Workers'), ['act 1=1 ordinal', 'act 2=2 ordinal', 'act 3=3 ordinal']);
    assert.deepEqual(read('We are in the rollout of Generation 12 now'), ['Generation 12=12 ordinal']);
  });

  it('reads quarters and halves in all their spellings', () => {
    assert.deepEqual(read('Q1 2024 Earnings Call'), ['Q1=1 quarter', '2024=2024 year']);
    assert.deepEqual(read('welcome to the Cloudflare first-quarter 2024 earnings conference call'), ['first-quarter=1 quarter', '2024=2024 year']);
    assert.deepEqual(read('the change in tone between the 1Q call and the current call'), ['1Q=1 quarter']);
    assert.deepEqual(read('our financial results for the second quarter of 2023'), ['second quarter=2 quarter', '2023=2023 year']);
    assert.deepEqual(read('during both the first and second quarters of this year'), ['first=1 quarter', 'second quarters=2 quarter']);
    assert.deepEqual(read("what we saw in Q1 of '22"), ['Q1=1 quarter', "'22=2022 year"]);
    assert.deepEqual(read('our outlook for the second half of the year'), ['second half=2 half']);
  });

  it('does not read "the quarter" as a fraction, but reads "a quarter of" and "two-thirds"', () => {
    assert.deepEqual(read('Great. Thaks guys. Congrats on the quarter.'), []);
    assert.deepEqual(read('We had a strong quarter in spite of continued macroeconomic uncertainty.'), []);
    assert.deepEqual(read('a quarter of revenue and two-thirds of bookings'), ['a quarter=0.25 fraction', 'two-thirds=0.666666666667 fraction']);
    const half = only('almost half of workers at knowledge industry companies are using AI', 'half');
    assert.deepEqual([half.value, half.unit, half.approx], [0.5, 'fraction', 'under']);
  });

  it('reads years and fiscal years', () => {
    assert.deepEqual(read('This customer started out on our pay-as-you-go plan in 2016.'), ['2016=2016 year']);
    const fiscal = extractEnglishFigures('For fiscal 2023, network CapEx; FY24 and FY2025.');
    assert.deepEqual(fiscal.map((f) => `${f.text}=${f.value}:${f.fiscal}`), ['fiscal 2023=2023:true', 'FY24=2024:true', 'FY2025=2025:true']);
    assert.deepEqual(read('2,352 large customers'), ['2,352=2352 count'], 'grouped digits are never a year');
  });

  it('reads dates, weekdays and clock times', () => {
    assert.deepEqual(read("Stifel's Tech Executive Summit on August 29 and the Goldman Sachs Conference on September 6."), ['August 29=829 date', 'September 6=906 date']);
    const investorDay = extractEnglishFigures('please save the date for our Investor Day on Thursday, May 30, which is');
    assert.deepEqual(investorDay.map((f) => `${f.text}=${f.value}:${f.note ?? ''}:${f.salient}`), ['Thursday=4:weekday:false', 'May 30=530::true']);
    assert.deepEqual(read('May 02, 2024, 5:00 p.m. ET'), ['May 02=502 date', '2024=2024 year', '5:00 p.m.=1700 time']);
    assert.deepEqual(read('in March versus February'), ['March=300 date', 'February=200 date']);
    assert.deepEqual(read('You may begin.'), [], 'the verb "may" is no month');
  });

  it('reads durations in months, days and hours', () => {
    assert.deepEqual(read('signing a 3-year $7.2 million contract'), ['3-year=36 duration', '$7.2 million=7200000 USD']);
    assert.deepEqual(read('signing a 25-month $2.4 million contract'), ['25-month=25 duration', '$2.4 million=2400000 USD']);
    assert.deepEqual(read('as a Board member for the last 4.5 years'), ['4.5 years=54 duration']);
    assert.deepEqual(read('just 90 days ago'), ['90 days=90 duration-day']);
    assert.deepEqual(read('The first seven years, 2010 to through 2017'), ['first=1 ordinal', 'seven years=84 duration', '2010=2010 year', '2017=2017 year']);
    assert.deepEqual(read('a look back to the 4 prior quarters'), ['4 prior quarters=12 duration']);
    assert.deepEqual(read('that actually occurred 6, 9, 12 months later'), ['6=6 duration', '9=9 duration', '12 months=12 duration']);
    assert.deepEqual(read('But more than a decade later, here we are.'), ['a decade=120 duration']);
    assert.equal(only('signing a 1-year $1.7 million contract', '1-year').salient, false, 'one unit of time is weak');
  });

  it('reads multiples', () => {
    assert.deepEqual(read('a 3x improvement and 2.5x faster'), ['3x=3 multiple', '2.5x=2.5 multiple']);
    const doubled = only('operating profit more than doubled year over year', 'doubled');
    assert.deepEqual([doubled.value, doubled.unit, doubled.approx, doubled.salient], [2, 'multiple', 'over', false]);
  });

  it('marks digits inside names as labels or skips them', () => {
    const labels = (text: string) => extractEnglishFigures(text).filter((f) => !f.label).map((f) => f.text);
    assert.deepEqual(labels('A Fortune 500 technology services company'), []);
    assert.ok(only('A Fortune 500 technology services company', '500').label);
    assert.equal(only('A Fortune 500 technology services company', '500').kind, 'label');
    assert.deepEqual(labels('Forrester recognized Area 1, our e-mail security product, as a leader.'), []);
    assert.deepEqual(labels('R2 continues to grow'), []);
    assert.deepEqual(labels('turning it into 3D models'), []);
    assert.deepEqual(labels('just accelerating up the S-curve, stacking S-curves'), []);
    assert.deepEqual(labels('Q&A session'), []);
    assert.deepEqual(labels("it's 1.1.1.1, that is running on so many millions of devices"), []);
    assert.deepEqual(labels('the H-100 from NVIDIA, an A100, Llama-3 and COVID-19'), []);
    assert.deepEqual(labels('Zero Trust and zero-trust deals'), []);
  });

  it('keeps the quantity after an acronym when a noun follows', () => {
    // `11 times` reads as a multiple; a translation's `11 次` (a count) agrees with it as a bare number.
    const ai = only("I think I've only said AI 11 times so far", '11 times');
    assert.deepEqual([ai.value, ai.unit, ai.label, ai.salient], [11, 'multiple', undefined, true]);
  });

  it('reads the pronoun "one" as a weak figure and skips "one of"', () => {
    assert.deepEqual(read('One of the fastest-growing generative AI companies expanded'), []);
    assert.deepEqual(read('one of their senior executives said'), []);
    const one = only('Maybe one for Matthew first and then one for Thomas.', 'first');
    assert.equal(one.salient, false);
    const pronouns = extractEnglishFigures('Maybe one for Matthew first and then one for Thomas.').filter((f) => f.text === 'one');
    assert.ok(pronouns.length === 2 && pronouns.every((f) => !f.salient && f.note === 'pronoun'));
  });

  it('reads an even split', () => {
    const split = only('In the past, it was pretty even, 50-50 between new customer sign-ons', '50-50');
    assert.deepEqual([split.value, split.unit, split.salient], [50, 'percent', false]);
  });

  it('reads ranges of counts but not of years, and skips codes', () => {
    const seats = only('3,500-3,600 seats', '3,500-3,600');
    assert.deepEqual([seats.low, seats.high, seats.unit], [3500, 3600, 'count']);
    assert.deepEqual(read('from 2010-2017'), ['2010=2010 year', '2017=2017 year']);
    assert.deepEqual(read('call 1-800-555-0100 or see 1,5 and 1.1.1.1'), []);
  });

});
