// The direction words of a figure in the wordings of other calls, read by each reader alone.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures, type Figure } from '../../../src/analysis/figures';
import { chineseClauseDirection, englishClauseDirection, namesPeriod } from '../../../src/analysis/figures/clauses';

/** The one figure written as `written` in the figures read from `text`. */
function figure(found: readonly Figure[], written: string): Figure {
  const hits = found.filter((f) => f.text === written);
  assert.equal(hits.length, 1, `one ${written} in ${found.map((f) => f.text).join(', ')}`);
  return hits[0];
}
const english = (text: string, written: string) => figure(extractEnglishFigures(text), written);
const chinese = (text: string, written: string) => figure(extractChineseFigures(text), written);

describe('direction words beyond up and down', () => {
  it('reads English verbs and nouns of change before and after a figure', () => {
    assert.equal(english('Orders rebounded 12% in May.', '12%').direction, 'up');
    assert.equal(english('Margin compressed by 30 basis points.', '30 basis points').direction, 'down');
    assert.equal(english('Prices softened by 3%.', '3%').direction, 'down');
    assert.equal(english('Sales plunged 40%.', '40%').direction, 'down');
    assert.equal(english('FX was a headwind of about 2%.', '2%').direction, 'down');
    assert.equal(english('FX gave us a 2% tailwind.', '2%').direction, 'up');
    assert.equal(english('a deterioration of 90 basis points', '90 basis points').direction, 'down');
    assert.equal(english('Spreads widen to 4%.', '4%').direction, 'up');
  });

  it('reads `more than`/`less than` right after a ratio as a comparison, and elsewhere as a qualifier', () => {
    assert.equal(english('Costs came in 15% less than last year.', '15%').direction, 'down');
    assert.equal(english('Output ran 8% more than planned.', '8%').direction, 'up');
    assert.equal(english('We hired 300 more than planned.', '300').direction, null);
  });

  it('reads Chinese verbs of change before a figure and before 至', () => {
    assert.equal(chinese('需求回落 5%', '5%').direction, 'down');
    assert.equal(chinese('利潤反彈至 3 億美元', '3 億美元').direction, 'up');
    assert.equal(chinese('成長放緩至 9%', '9%').direction, 'down');
    assert.equal(chinese('成長加速至 9%', '9%').direction, 'up');
    assert.equal(chinese('售價走軟 3%', '3%').direction, 'down');
    assert.equal(chinese('營收微升 0.8%', '0.8%').direction, 'up');
    assert.equal(chinese('股利調降至每股 0.5 美元', '0.5 美元').direction, null); // `每股` stands between
    assert.equal(chinese('造成 2% 的逆風', '2%').direction, 'down');
    assert.equal(chinese('帶來 2% 的順風', '2%').direction, 'up');
  });

  it('reads the level of a change after 為/達, and leaves other levels alone', () => {
    assert.equal(chinese('增幅為 9.5%', '9.5%').direction, 'up');
    assert.equal(chinese('降幅達 4%', '4%').direction, 'down');
    assert.equal(chinese('毛利率為 45%', '45%').direction, null);
  });

  it('reads 比…多/少 as a comparison, and a lone 多 as nothing', () => {
    assert.equal(chinese('利潤比前一年多 15%', '15%').direction, 'up');
    assert.equal(chinese('成本較去年少 3 億美元', '3 億美元').direction, 'down');
    assert.equal(chinese('最多 15%', '15%').direction, null);
  });

  it('reads a direction word across the currency name of an amount', () => {
    assert.equal(chinese('虧損年減人民幣 26 億元', '26 億元').direction, 'down');
    assert.equal(chinese('淨利降至人民幣 13 億元', '13 億元').direction, 'down');
  });

  it('reads comparisons in the clause, and stops at another figure', () => {
    const en = 'Growth of 7% was below the 8% of last year.';
    assert.equal(englishClauseDirection(en, english(en, '8%')), 'down');
    const zh = '7% 的成長率高於去年的 8%。';
    assert.equal(chineseClauseDirection(zh, chinese(zh, '8%')), 'up');
    const fell = 'Sales of $9 million fell short of the $10 million plan.';
    assert.equal(englishClauseDirection(fell, english(fell, '$10 million')), 'down');
    assert.equal(chineseClauseDirection('銷售額不及 1,000 萬美元的計畫', chinese('銷售額不及 1,000 萬美元的計畫', '1,000 萬美元')), 'down');
  });

  it('knows the period a length of time names', () => {
    const text = 'growth in the previous three months, and a delay of three months';
    const [period, delay] = extractEnglishFigures(text).filter((f) => f.text === 'three months');
    assert.equal(namesPeriod(text, period), true);
    assert.equal(namesPeriod(text, delay), false);
  });
});
