// Readings of rough magnitudes, shares, scores, short year ranges and accounting negatives, in the shapes
// the human-translation evaluation found read wrongly; each sentence is written for the test.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures } from '../../../src/analysis/figures';
import type { Figure } from '../../../src/analysis/figures/types';

const brief = (f: Figure) => `${f.text}=${f.value}${f.low !== undefined ? `[${f.low}-${f.high}]` : ''} ${f.unit}${f.salient ? '' : ' weak'}${f.label ? ' label' : ''}`;
const chinese = (text: string) => extractChineseFigures(text).map(brief);
const english = (text: string) => extractEnglishFigures(text).map(brief);

describe('figures: rough magnitudes, shares and other shapes', () => {
  describe('Chinese', () => {
    it('reads a bare 萬/千/百 as a weak round magnitude where a word or measure marks it', () => {
      assert.deepEqual(chinese('月薪上萬的工作'), ['萬=10000 count weak']);
      assert.deepEqual(chinese('近千名畢業生'), ['千=1000 count weak']);
      assert.deepEqual(chinese('培訓萬名教師'), ['萬=10000 count weak']);
      assert.deepEqual(chinese('衝刺千億茶產業'), ['千億=100000000000 count weak']);
      assert.deepEqual(chinese('百萬畝造林'), ['百萬=1000000 count weak']);
      assert.deepEqual(chinese('流傳百年的名作'), ['百年=1200 duration weak']);
    });

    it('keeps exact round numbers, amounts and words as they were', () => {
      assert.deepEqual(chinese('十萬人'), ['十萬=100000 count']);
      assert.deepEqual(chinese('一萬人'), ['一萬=10000 count']);
      assert.deepEqual(chinese('百萬美元的合約'), ['百萬美元=1000000 USD']);
      assert.deepEqual(chinese('萬一失敗'), []);
      assert.deepEqual(chinese('四季適用的睡袋'), []);
      assert.deepEqual(chinese('二元身份'), []);
      assert.deepEqual(chinese('二年級課外書'), []);
    });

    it('reads 成 after a digit, a fraction written with digits and spaces, and a range whose low end is a lone numeral', () => {
      assert.deepEqual(chinese('6成是男性'), ['6成=60 percent']);
      assert.deepEqual(chinese('5 分之 1 的孩子'), ['5 分之 1=0.2 fraction']);
      assert.deepEqual(chinese('需要二到四週'), ['二到四週=21[14-28] duration-day']);
    });

    it('reads both sides of a score as weak numbers, and a spaced dash between numbers as no sign', () => {
      assert.deepEqual(chinese('以 29:13 的戰績'), ['29=29 count weak', '13=13 count weak']);
      assert.deepEqual(chinese('Ayr 以 38 - 17 勝'), ['38=38 count', '17=17 count']);
    });
  });

  describe('English', () => {
    it('reads `N in M` as a share', () => {
      assert.deepEqual(english('one in five children'), ['one in five=0.2 fraction']);
      assert.deepEqual(english('four-in-ten patients'), ['four-in-ten=0.4 fraction']);
      assert.deepEqual(english('1 in 4 adults'), ['1 in 4=0.25 fraction']);
      assert.deepEqual(english('2 in 10 days'), ['2=2 count weak', '10 days=10 duration-day']);
    });

    it('reads `tens of millions` as a weak magnitude and an anniversary word as weak', () => {
      assert.deepEqual(english('worth tens of millions each year'), ['tens of millions=10000000 count weak']);
      assert.deepEqual(english('hundreds of thousands of people'), ['hundreds of thousands=100000 count weak']);
      assert.deepEqual(english('the centenary of the party'), ['centenary=1200 duration weak']);
    });

    it('reads a measure glued to digits as a weak number, not a name', () => {
      assert.deepEqual(english('a span of 449ft (137m)'), ['449ft=449 count weak', '137m=137 count weak']);
      assert.deepEqual(english('a 5G network in 3D'), ['5G=5 count weak label', '3D=3 count weak label']);
    });

    it('reads a spelled low end of a range of ages or of weeks, and `two or three hours` as rough', () => {
      assert.deepEqual(english('children aged one to 14 years old'), ['one to 14 years old=7.5[1-14] age']);
      assert.deepEqual(english('it can take two to four weeks'), ['two to four weeks=21[14-28] duration-day']);
      assert.deepEqual(english('it grew from two to four weeks'), ['two=14 duration-day', 'four weeks=28 duration-day']);
      assert.deepEqual(english('every two or three hours'), ['two=2 duration-hour weak', 'three hours=3 duration-hour weak']);
    });

    it('reads a year range written with two digits at the end as two years', () => {
      assert.deepEqual(english('from 1981-87 the office ran'), ['1981=1981 year', '87=1987 year']);
    });

    it('reads an accounting negative, and a range whose currency and scale stand on the high end only', () => {
      assert.deepEqual(english('a loss of $(0.39) per share'), ['$(0.39) per share=-0.39 USD/share']);
      assert.deepEqual(english('a loss of $(12.5) million'), ['$(12.5) million=-12500000 USD']);
      assert.deepEqual(english('revenue between 3.15 to $3.25 billion'), ['3.15 to $3.25 billion=3200000000[3150000000-3250000000] USD']);
      assert.deepEqual(english('approximately 4.1 to US$4.3 billion'), ['4.1 to US$4.3 billion=4200000000[4100000000-4300000000] USD']);
    });
  });
});

describe('figures: dates, years, names and schedules in news text', () => {
  it('reads Chinese dotted dates, short year ranges, 95後, a listed day and 兆 as mega (weak where a code may stand)', () => {
    assert.deepEqual(chinese('2021.6.11部分售出'), ['2021=2021 year weak', '6.11=611 date weak']);
    assert.deepEqual(chinese('結束 1950 至 53 年韓戰'), ['1950=1950 year', '53=1953 year']);
    assert.deepEqual(chinese('1992年-1997年'), ['1992=1992 year', '1997=1997 year']);
    assert.deepEqual(chinese('95後的攝影師'), ['95後=1995 year weak']);
    assert.deepEqual(chinese('7月17和7月22日'), ['7月17=717 date', '7月22日=722 date']);
    assert.deepEqual(chinese('每平方米6200多兆焦'), ['6200=6200 count']);
    assert.deepEqual(chinese('約 1.3 兆歐元'), ['1.3 兆歐元=1300000000000 EUR']);
    assert.deepEqual(chinese('出版著作每萬字'), ['萬=10000 count weak']);
  });

  it('reads Chinese amounts written as a range from a four-digit low end, and 百分之 written once for a range', () => {
    assert.deepEqual(chinese('節約2000-3000元/年'), ['2000-3000元=2500[2000-3000] CNY']);
    assert.deepEqual(chinese('百分之 30 至 43 的選民'), ['百分之 30 至 43=36.5[30-43] percent']);
  });

  it('reads Chinese model names glued by a hyphen, round-the-clock and a 號 without its month as no figure or weak', () => {
    assert.deepEqual(chinese('武直卡-52的升級版'), ['52=52 count weak label']);
    assert.deepEqual(chinese('同比-5%'), ['5%=-5 percent']);
    assert.deepEqual(chinese('聊天服務 24/7 開放'), []);
    assert.deepEqual(chinese('7 X 24 服務'), []);
    assert.deepEqual(chinese('北溪 2 號管道'), ['2 號=2 date weak']);
    assert.deepEqual(chinese('8 月 2 號'), ['8 月 2 號=802 date']);
  });

  it('reads English whole days, schedules, listed alternatives, centuries and dates with an ordinal day', () => {
    assert.deepEqual(english('from 0:00 to 24 on July 25'), ['0:00 to 24=1200[0-2400] time weak', 'July 25=725 date']);
    assert.deepEqual(english('open 24 hours a day, seven days a week'), ['24 hours=24 duration-hour weak', 'seven days=7 duration-day weak']);
    assert.deepEqual(english('either 8 or 11 months of training'), ['8=8 duration weak', '11 months=11 duration']);
    assert.deepEqual(english('for one or two years'), ['one=12 duration weak', 'two years=24 duration weak']);
    assert.deepEqual(english('from the late 12th to the 13th century'), ['12th=1100 year weak', '13th century=1200 year weak']);
    assert.deepEqual(english('log 247 of 30th September'), ['247=247 count', '30th September=930 date']);
    assert.deepEqual(english('September 30, 1882, 136 years ago'), ['September 30=930 date', '1882=1882 count', '136 years=1632 duration']);
  });

  it('reads English percentages with a spelled low end, year-olds ranges, sums and codes', () => {
    assert.deepEqual(english('five to ten per cent of homes'), ['five to ten per cent=7.5[5-10] percent']);
    assert.deepEqual(english('it rose from five to 10 percent'), ['five=5 count weak', '10 percent=10 percent']);
    assert.deepEqual(english('among 18- to 29-year-olds'), ['18- to 29-year-olds=23.5[18-29] age']);
    assert.deepEqual(english('120ml+120ml, reviewed by 7,700+ people'), ['120ml=120 count weak', '120ml=120 count weak', '7,700=7700 count']);
    assert.deepEqual(english('she wrote 5/11/648 and 10/12/21'), []);
    assert.deepEqual(english('Cases in the World Exceeds 16 million'), ['16 million=16000000 count']);
    assert.deepEqual(english('a plane carrying hundreds of people'), ['hundreds of=100 count weak']);
  });
});
