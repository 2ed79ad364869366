// Readings added for text beyond earnings calls (news, human translations): each sentence here is
// written for the test, in the shapes the human-translation evaluation found read wrongly.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures } from '../../../src/analysis/figures';
import type { Figure } from '../../../src/analysis/figures/types';

const brief = (f: Figure) => `${f.text}=${f.value}${f.low !== undefined ? `[${f.low}-${f.high}]` : ''} ${f.unit}${f.salient ? '' : ' weak'}${f.label ? ' label' : ''}`;
const chinese = (text: string) => extractChineseFigures(text).map(brief);
const english = (text: string) => extractEnglishFigures(text).map(brief);

describe('figures: readings beyond earnings calls', () => {
  describe('Chinese', () => {
    it('reads a range whose unit of time follows the second end in that unit', () => {
      assert.deepEqual(chinese('約 20-30 分鐘後送達'), ['20-30 分鐘=0.416666666666[0.333333333333-0.5] duration-hour']);
      assert.deepEqual(chinese('需要3到5週'), ['3到5週=28[21-35] duration-day']);
      assert.deepEqual(chinese('約40萬至50萬年前'), ['40萬至50萬年=5400000[4800000-6000000] duration']);
    });

    it('reads a number written as ten thousands and a remainder', () => {
      assert.deepEqual(chinese('共有3萬5千人'), ['3萬5千=35000 count']);
      assert.deepEqual(chinese('共發出3萬6120張'), ['3萬6120=36120 count']);
    });

    it('reads `十幾` as a weak range of the next ten', () => {
      assert.deepEqual(chinese('其他十幾家公司'), ['十幾=15[11-19] count weak']);
    });

    it('reads a small number of days in numerals as days, not a day of the month', () => {
      assert.deepEqual(chinese('三日內完成'), ['三日=3 duration-day weak']);
      assert.deepEqual(chinese('於 12 日開幕'), ['12 日=12 date']);
    });

    it('reads eras, centuries, generations and years ago', () => {
      assert.deepEqual(chinese('公元前 300 年'), ['300=300 year']);
      assert.deepEqual(chinese('17 世紀 60 年代的倫敦'), ['17 世紀 60 年代=1660 year weak']);
      assert.deepEqual(chinese('建於 17 世紀'), ['17 世紀=1600 year weak']);
      assert.deepEqual(chinese('“80後”員工'), ['80後=1980 year weak']);
      assert.deepEqual(chinese('約3000年前'), ['3000年=36000 duration']);
      assert.deepEqual(chinese('2030年前完成'), ['2030=2030 year']);
      assert.deepEqual(chinese('從業30餘載'), ['30餘載=360 duration']);
      assert.deepEqual(chinese('慶祝建校 50 週年'), ['50 週年=600 duration']);
    });

    it('reads a clock time with its part of the day, and a score or a code as no figure', () => {
      assert.deepEqual(chinese('當晚約9:15抵達'), ['9:15=2115 time']);
      assert.deepEqual(chinese('今晚 12 點前'), ['12 點=2400 time']);
      assert.deepEqual(chinese('午夜 12 點'), ['12 點=2400 time']);
      assert.deepEqual(chinese('週一至週五9：30開門'), ['週一=1 date weak', '週五=5 date weak', '9：30=930 time']);
      assert.deepEqual(chinese('以 31:17 獲勝'), ['31=31 count weak', '17=17 count weak']);
      assert.deepEqual(chinese('請致電 555-123-4567'), ['555-123-4567=555 count weak label']);
      assert.deepEqual(chinese('2023-11-05 08:00 發布'), ['2023-11-05=2023 count weak label', '08:00=800 time']);
      assert.deepEqual(chinese('5月1日0時至24時'), ['5月1日=501 date', '0時至24時=1200[0-2400] time weak']);
    });

    it('reads a percentage written with digits after 百分之 and a space', () => {
      assert.deepEqual(chinese('超過百分之 35 的用戶'), ['百分之 35=35 percent']);
    });

    it('reads digits glued to a measure in Latin letters as weak, as English reads them as names', () => {
      assert.deepEqual(chinese('濃度為12.5mg'), ['12.5=12.5 count weak']);
    });
  });

  describe('English', () => {
    it('reads ranges of time and half units', () => {
      assert.deepEqual(english('It takes 10-20 minutes.'), ['10-20 minutes=0.25[0.166666666667-0.333333333333] duration-hour']);
      assert.deepEqual(english('for more than a year and a half'), ['a year and a half=18 duration']);
    });

    it('reads no fraction in a rank joined to its noun', () => {
      assert.deepEqual(english('a third-place finish'), ['third=3 ordinal weak']);
      assert.deepEqual(english('about a third of sales'), ['a third=0.333333333333 fraction']);
    });

    it('reads a British clock time, anniversaries, centuries and the decade', () => {
      assert.deepEqual(english('by 6.45pm today'), ['6.45pm=1845 time']);
      assert.deepEqual(english('at 11.15 a.m.'), ['11.15 a.m.=1115 time']);
      assert.deepEqual(english('the bicentennial of the bridge'), ['bicentennial=2400 duration weak']);
      assert.deepEqual(english('a 17th century church'), ['17th century=1600 year weak']);
      assert.deepEqual(english('over the past decade'), ['decade=120 duration']);
    });

    it('reads round numbers said with `a` as weak, except money and `a dozen`', () => {
      assert.deepEqual(english('nearly a thousand graduates'), ['a thousand=1000 count weak']);
      assert.deepEqual(english('a dozen new stores'), ['a dozen=12 count']);
      assert.deepEqual(english('over a million yuan'), ['a million yuan=1000000 CNY']);
    });

    it('reads the year a fiscal year runs into, and a rank in a name as weak', () => {
      assert.deepEqual(english('In fiscal 2025-26, sales rose.'), ['fiscal 2025=2025 year', '26=2026 year']);
      assert.deepEqual(english('the 31st Tokyo Motor Show'), ['31st=31 ordinal weak']);
    });
  });
});
