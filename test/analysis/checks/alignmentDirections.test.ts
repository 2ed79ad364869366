// Directions and currencies in the wordings of other calls: verbs and nouns of change that are not
// `up`/`down` (rebounded, compressed, headwind, 回落, 走軟, 增幅為), comparisons (`lower than`, `比…多`,
// `不及`), and currencies named in words (`Hong Kong dollars`, `億元人民幣`). Each pair is written for the test.
import { strict as assert } from 'assert';
import { paragraphCodes as codes, paragraphFindings as check } from '../../support/paragraphFindings';

describe('figure alignment: directions and currencies in other wordings', () => {
  it('reads verbs of recovery, slowing and squeezing in both languages', () => {
    assert.deepEqual(check('Bookings rebounded to $3.4 billion.', '預訂額反彈至 34 億美元。'), []);
    assert.deepEqual(codes('Bookings rebounded to $3.4 billion.', '預訂額回落至 34 億美元。'), ['direction-mismatch']);
    assert.deepEqual(check('Subscriber growth slowed to 6%.', '訂戶成長放緩至 6%。'), []);
    assert.deepEqual(codes('Subscriber growth slowed to 6%.', '訂戶成長加速至 6%。'), ['direction-mismatch']);
    assert.deepEqual(check('Spreads compressed by 25 basis points.', '利差壓縮 25 個基點。'), []);
    assert.deepEqual(codes('Spreads compressed by 25 basis points.', '利差擴大 25 個基點。'), ['direction-mismatch']);
    assert.deepEqual(codes('Prices softened by 4%.', '價格走強 4%。'), ['direction-mismatch']);
    assert.deepEqual(codes('Traffic slipped 2.5%.', '客流量上揚 2.5%。'), ['direction-mismatch']);
    assert.deepEqual(codes('Demand recovered 9% in the period.', '需求在此期間回落 9%。'), ['direction-mismatch']);
  });

  it('reads headwinds and tailwinds as directions', () => {
    assert.deepEqual(check('Currency was a headwind of about 3% to sales.', '匯率對銷售額造成約 3% 的逆風。'), []);
    assert.deepEqual(codes('Currency was a headwind of about 3% to sales.', '匯率對銷售額造成約 3% 的順風。'), ['direction-mismatch']);
    assert.deepEqual(codes('Pricing was a tailwind of $40 million.', '定價帶來 4,000 萬美元的逆風。'), ['direction-mismatch']);
  });

  it('reads the level of a change (`增幅為`) and comparisons with 比…多/少', () => {
    assert.deepEqual(check('Margins fell, a decline of 7%.', '利潤率下滑，降幅為 7%。'), []);
    assert.deepEqual(codes('Margins fell, a decline of 7%.', '利潤率下滑，增幅為 7%。'), ['direction-mismatch']);
    assert.deepEqual(check('Costs came in 12% less than last year.', '成本比去年少 12%。'), []);
    assert.deepEqual(codes('Costs came in 12% less than last year.', '成本比去年多 12%。'), ['direction-mismatch']);
  });

  it('compares the words of a comparison across the clause', () => {
    assert.deepEqual(check('EPS was $1.10, down from $1.25 a year ago.', '每股盈餘為 1.10 美元，低於一年前的 1.25 美元。'), []);
    assert.deepEqual(codes('EPS was $1.10, down from $1.25 a year ago.', '每股盈餘為 1.10 美元，高於一年前的 1.25 美元。'), ['direction-mismatch']);
    assert.deepEqual(check('Sales of $900 million fell short of the $950 million plan.', '銷售額為 9 億美元，不及 9.5 億美元的計畫。'), []);
    assert.deepEqual(codes('Sales of $900 million fell short of the $950 million plan.', '銷售額為 9 億美元，優於 9.5 億美元的計畫。'), ['direction-mismatch']);
    assert.deepEqual(codes('We lowered our outlook to $8 billion.', '我們將展望上調至 80 億美元。'), ['direction-mismatch']);
    assert.deepEqual(check('Cash flow turned positive at $12 million.', '現金流轉正至 1,200 萬美元。'), []);
    assert.deepEqual(codes('Cash flow turned positive at $12 million.', '現金流轉負至 1,200 萬美元。'), ['direction-mismatch']);
  });

  it('leaves to each figure the words beyond another figure of its clause', () => {
    // `growth` is the 5%'s; `below` is what the 6% is compared with, and both translations keep it.
    assert.deepEqual(check('Organic growth of 5% was below the 6% of last year.', '5% 的有機成長率低於去年的 6%。'), []);
    assert.deepEqual(codes('Organic growth of 5% was below the 6% of last year.', '5% 的有機成長率高於去年的 6%。'), ['direction-mismatch']);
    // A name's digits (`FY25`) start no other figure: `narrowing` still stands in the clause.
    assert.deepEqual(check('We are narrowing our FY25 growth guidance to 4%–5%.', '我們將 2025 財年的成長指引收窄至 4% 至 5%。'), []);
  });

  it('gives no direction to the period a figure covers', () => {
    assert.deepEqual(check('Sales rose 9%, slower than the 14% growth of the previous three months.', '銷售額成長 9%，低於前三個月 14% 的增幅。'), []);
  });

  it('reads the direction word of an amount across its currency name', () => {
    assert.deepEqual(check('The loss narrowed by RMB 1.2 billion.', '虧損年減人民幣 12 億元。'), []);
    assert.deepEqual(codes('The loss narrowed by RMB 1.2 billion.', '虧損年增人民幣 12 億元。'), ['direction-mismatch']);
  });

  it('reads currencies named in several words, and after 元', () => {
    assert.deepEqual(check('Revenue was 4.2 billion Hong Kong dollars.', '營收為 42 億港元。'), []);
    assert.deepEqual(codes('Revenue was 4.2 billion Hong Kong dollars.', '營收為 42 億新台幣。'), ['figure-mismatch']);
    assert.deepEqual(check('Revenue was 88 billion new Taiwan dollars.', '營收為新台幣 880 億元。'), []);
    assert.deepEqual(codes('Revenue was 88 billion new Taiwan dollars.', '營收為 880 億港元。'), ['figure-mismatch']);
    assert.deepEqual(codes('Premiums reached 1.5 billion US dollars.', '保費達 15 億港元。'), ['figure-mismatch']);
    assert.deepEqual(check('Rent fell to HK$6.1 billion.', '租金降至 61 億元港幣。'), []);
    assert.deepEqual(codes('Rent fell to HK$6.1 billion.', '租金降至 61 億元人民幣。'), ['figure-mismatch']);
  });
});
