// Levels, ranges, scales and currencies at the alignment of a paragraph with its translation, in the
// wordings of other calls: a loss's level, a level that moved, a range with one end off by a power of
// ten, a range's ends written in another currency, basis points written as a percentage, the US dollar
// named against a bare `元`, pence against pounds. Each pair is written for the test.
import { strict as assert } from 'assert';
import { paragraphCodes as codes, paragraphFindings as check } from '../../support/paragraphFindings';

describe('figure alignment: levels, ranges, scales and currencies', () => {
  it('keeps a loss a loss from one level to the other', () => {
    const english = 'Net loss narrowed to $42 million from $77 million a year ago.';
    assert.deepEqual(check(english, '淨虧損從去年同期的 7,700 萬美元收窄至 4,200 萬美元。'), []);
    assert.deepEqual(codes(english, '淨虧損從去年同期的 7,700 萬美元擴大至 4,200 萬美元。'), ['direction-mismatch']);
    assert.deepEqual(codes(english, '淨虧損從去年同期的 7,700 萬美元收窄至 4.2 億美元。'), ['figure-scale']);
  });

  it('compares a level that moved, and an amount compared with last year', () => {
    const english = 'Revenue was $1.1 billion, down from $1.4 billion last year, as spot rates weakened.';
    assert.deepEqual(check(english, '由於現貨運價走弱，營收從去年的 14 億美元降至 11 億美元。'), []);
    assert.deepEqual(codes(english, '由於現貨運價走弱，營收從去年的 14 億美元增至 11 億美元。'), ['direction-mismatch']);
    // Far apart in the sentence, the one amount left on each side: off by ten is a slip of scale.
    assert.deepEqual(codes(english, '由於現貨運價走弱，營收從去年的 14 億美元降至 1.1 億美元。'), ['figure-scale']);
    assert.deepEqual(codes('Profit was HK$11.2 billion, HK$0.8 billion less than last year.', '溢利為 112 億港元，比去年增加 8 億港元。'), ['direction-mismatch']);
  });

  it('reads the effect of a headwind or a tailwind written after the amount', () => {
    const english = 'The weaker yen provided a tailwind of ¥52.0 billion to operating income.';
    assert.deepEqual(check(english, '日圓走弱為營業利益帶來 520 億日圓的助益。'), []);
    assert.deepEqual(codes(english, '日圓走弱為營業利益帶來 520 億日圓的拖累。'), ['direction-mismatch']);
    assert.deepEqual(check('We expect a foreign exchange headwind of roughly 2 points to revenue growth.', '我們預期匯率將對營收成長造成約 2 個百分點的不利影響。'), []);
  });

  it('compares with the figure a comparison names after it', () => {
    const english = 'Unit costs excluding fuel increased 3.1%, less than the 4% we had guided.';
    assert.deepEqual(check(english, '不含燃油的單位成本增加 3.1%，低於我們先前指引的 4%。'), []);
    assert.deepEqual(codes(english, '不含燃油的單位成本增加 3.1%，高於我們先前指引的 4%。'), ['direction-mismatch']);
    assert.deepEqual(codes('Like-for-like sales were 4.5% ahead of last year but 2% behind 2019.', '同店銷售額比去年高出 4.5%，但比 2019 年高 2%。'), ['direction-mismatch']);
  });

  it('reports a range with an end off by a power of ten as a slip of scale', () => {
    const english = 'We expect revenue of $820 million to $840 million for the full year.';
    assert.deepEqual(check(english, '我們預期全年營收為 8.2 億美元至 8.4 億美元。'), []);
    assert.deepEqual(codes(english, '我們預期全年營收為 8.2 億美元至 84 億美元。'), ['figure-scale']);
    assert.deepEqual(codes(english, '我們預期全年營收為 8.2 億美元至 9.4 億美元。'), ['figure-mismatch']);
  });

  it('reports a range whose ends the translation writes in another currency once', () => {
    const english = 'Capital expenditure this year will be between US$28 billion and US$32 billion.';
    assert.deepEqual(check(english, '今年資本支出將介於 280 億美元至 320 億美元之間。'), []);
    assert.deepEqual(codes(english, '今年資本支出將介於新台幣 280 億元至新台幣 320 億元之間。'), ['figure-mismatch']);
  });

  it('reports basis points written as the same number of percent', () => {
    const english = 'EBITDA margin contracted 180 basis points to 11.6%.';
    assert.deepEqual(check(english, '稅息折舊及攤銷前利潤率收縮 180 個基點至 11.6%。'), []);
    assert.deepEqual(check(english, '稅息折舊及攤銷前利潤率收縮 1.8 個百分點至 11.6%。'), []);
    assert.deepEqual(codes(english, '稅息折舊及攤銷前利潤率收縮 1.8% 至 11.6%。'), ['figure-mismatch']);
  });

  it('reports a bare 元 for the US dollar named as such, and accepts it for a bare $ or the yuan', () => {
    assert.deepEqual(check('The company raised US$500 million through a convertible bond.', '公司透過可轉換公司債籌集了 5 億美元。'), []);
    assert.deepEqual(codes('The company raised US$500 million through a convertible bond.', '公司透過可轉換公司債籌集了 5 億元。'), ['figure-mismatch']);
    assert.deepEqual(check('Revenue was RMB 28.7 billion.', '營收為人民幣 287 億元。'), []);
    assert.deepEqual(check('Revenue was RMB 28.7 billion, up RMB 1.3 billion.', '營收為人民幣 287 億元，增加 13 億元。'), []);
  });

  it('tells pence from pounds and won from yen per share', () => {
    assert.deepEqual(check('The dividend per share was 6.2 pence, up 5%.', '每股股息為 6.2 便士，成長 5%。'), []);
    assert.deepEqual(codes('The dividend per share was 6.2 pence, up 5%.', '每股股息為 6.2 英鎊，成長 5%。'), ['figure-mismatch']);
    assert.deepEqual(check('We will pay a year-end dividend of 1,444 won per share.', '我們將派發每股 1,444 韓元的年終股息。'), []);
    assert.deepEqual(codes('We will pay a year-end dividend of 1,444 won per share.', '我們將派發每股 1,444 日圓的年終股息。'), ['figure-mismatch']);
  });
});

describe('figure alignment: clocks, Roman numerals and multiples in news wordings', () => {
  it('pairs the 24-hour clock, `24/7`, a Roman numeral, an event named by its date and `增加兩倍`', () => {
    assert.deepEqual(check('The consulate was given until 10 a.m. (0200GMT) Monday to close.', '領事館須於星期一上午 10 點（格林尼治時間凌晨 2 點）前關閉。'), []);
    assert.deepEqual(codes('The consulate was given until 10 a.m. (0200GMT) Monday to close.', '領事館須於星期一上午 10 點（格林尼治時間凌晨 3 點）前關閉。'), ['figure-mismatch']);
    assert.deepEqual(check('We set up a 24/7 communication mechanism.', '我們建立了 24 小時溝通機制。'), []);
    assert.deepEqual(check('They started five debutants in the XV.', '首發的 15 人中有 5 名新人。'), []);
    assert.deepEqual(check('Screening became ubiquitous after 9/11.', '911 事件之後，安檢隨處可見。'), []);
    assert.deepEqual(check('In the wake of September 11, ASIO was given new powers.', '在 911 事件之後，澳洲安全情報局獲得新權力。'), []);
    assert.deepEqual(check('The consulate was given until 10 a.m. (0200GMT) Monday to close.', '領事館須於星期一上午 10 點（0200 GMT）前關閉。'), []);
    assert.deepEqual(check('The death rate nearly tripled.', '死亡率幾乎增加兩倍。'), []);
    assert.deepEqual(check('The range is double that of the old missile.', '射程比舊型飛彈提高約 1 倍。'), []);
  });
});
