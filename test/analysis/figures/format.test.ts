import { strict as assert } from 'assert';
import { extractChineseFigures, formatChineseFigure, formatFix, groupDigits, scriptOf, styleOf } from '../../../src/analysis/figures';

const TW = { script: 'traditional', space: true } as const;
const TW_TIGHT = { script: 'traditional', space: false } as const;
const CN = { script: 'simplified', space: true } as const;

describe('figures: Chinese formatting', () => {
  it('writes money with 億 (up to four decimals) and 萬 (grouped)', () => {
    assert.equal(formatChineseFigure(308500000, 'USD', TW), '3.085 億美元');
    assert.equal(formatChineseFigure(1283000000, 'USD', TW), '12.83 億美元');
    assert.equal(formatChineseFigure(1234567890, 'USD', TW), '12.3457 億美元');
    assert.equal(formatChineseFigure(20300000, 'USD', TW), '2,030 萬美元');
    assert.equal(formatChineseFigure(100000, 'USD', TW), '10 萬美元');
    assert.equal(formatChineseFigure(12345, 'USD', TW), '1.2345 萬美元');
    assert.equal(formatChineseFigure(5000, 'USD', TW), '5,000 美元');
  });

  it('follows the script, the spacing and the currency word', () => {
    assert.equal(formatChineseFigure(308500000, 'USD', TW_TIGHT), '3.085億美元');
    assert.equal(formatChineseFigure(308500000, 'USD', CN), '3.085 亿美元');
    assert.equal(formatChineseFigure(20300000, 'USD', { ...CN, currencyWord: '美金' }), '2,030 万美金');
    assert.equal(formatChineseFigure(5e8, 'CNY', CN), '5 亿人民币');
  });

  it('writes per-share amounts with cents and no scale', () => {
    assert.equal(formatChineseFigure(0.1, 'USD/share', TW), '0.10 美元');
    assert.equal(formatChineseFigure(0.16, 'USD/share', TW_TIGHT), '0.16美元');
  });

  it('writes percents, points and basis points', () => {
    assert.equal(formatChineseFigure(32, 'percent', TW), '32%');
    assert.equal(formatChineseFigure(77.7, 'percent', TW), '77.7%');
    assert.equal(formatChineseFigure(200, 'bp', TW), '200 個基點');
    assert.equal(formatChineseFigure(200, 'bp', CN), '200 个基点');
    assert.equal(formatChineseFigure(2, 'pp', TW_TIGHT), '2個百分點');
  });

  it('writes counts as grouped digits unless the figure it replaces had a scale', () => {
    assert.equal(formatChineseFigure(2352, 'count', TW), '2,352');
    assert.equal(formatChineseFigure(174129, 'count', TW), '174,129');
    assert.equal(formatChineseFigure(197000, 'count', { ...TW, scaled: true }), '19.7 萬');
  });

  it('writes periods, dates and durations', () => {
    assert.equal(formatChineseFigure(2, 'quarter', TW), '第二季');
    assert.equal(formatChineseFigure(3, 'quarter', { ...CN, quarterDu: true }), '第三季度');
    assert.equal(formatChineseFigure(829, 'date', TW), '8 月 29 日');
    assert.equal(formatChineseFigure(36, 'duration', TW), '3 年');
    assert.equal(formatChineseFigure(25, 'duration', TW), '25 個月');
    assert.equal(formatChineseFigure(0.25, 'fraction', TW), '四分之一');
    assert.equal(formatChineseFigure(2024, 'year', TW), '2024');
    assert.equal(formatChineseFigure(1, 'quarter', TW), '第一季');
  });

  it('infers the style of the figure it replaces', () => {
    assert.deepEqual(styleOf('3.085億美元'), { script: 'traditional', space: false, scaled: true, currencyWord: '美元' });
    assert.deepEqual(styleOf('3.085 亿美元'), { script: 'simplified', space: true, scaled: true, currencyWord: '美元' });
    assert.equal(styleOf('2,352').scaled, false);
    assert.equal(styleOf('第二季度').quarterDu, true);
    assert.equal(scriptOf('我们实现营收3.085亿美元,同比增长32%'), 'simplified');
    assert.equal(scriptOf('我們實現營收3.085億美元,年增32%'), 'traditional');
  });

  it('builds a fix that replaces a wrong figure in the same style', () => {
    assert.equal(formatFix(308500000, 'USD', '3.85 億美元'), '3.085 億美元');
    assert.equal(formatFix(308500000, 'USD', '3.85亿美元'), '3.085亿美元');
    assert.equal(formatFix(20300000, 'USD', '203 萬美元'), '2,030 萬美元');
    assert.equal(formatFix(891000, 'USD', '89,100 美元'), '891,000 美元');
    assert.equal(formatFix(1, 'time', '5:00'), null);
  });

  it('round-trips through the Chinese extractor', () => {
    for (const [value, unit] of [[308500000, 'USD'], [20300000, 'USD'], [100000, 'USD'], [1283000000, 'USD'], [32, 'percent'], [200, 'bp'], [2352, 'count'], [36, 'duration'], [0.25, 'fraction']] as const) {
      for (const style of [TW, TW_TIGHT, CN]) {
        const text = formatChineseFigure(value, unit, style)!;
        const [figure] = extractChineseFigures(`收入為${text}。`);
        assert.equal(figure?.text, text, `${value} ${unit} → ${text}`);
        assert.equal(figure.value, value);
        assert.equal(figure.unit, unit);
      }
    }
  });

  it('groups digits', () => {
    assert.equal(groupDigits(1234567.891), '1,234,567.891');
    assert.equal(groupDigits(-4400000), '-4,400,000');
    assert.equal(groupDigits(0.5), '0.5');
  });
});
