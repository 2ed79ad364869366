// Levels, ranges and scales in the wordings of other calls, read by each reader alone: a change restated
// before its level (`increased 40.7% or $20 million to $68.9 million`) is no range, a loss goes on to the
// level it moved to, a level that moved (`$1.1 billion, down from`), Taiwan's `1 兆 1,025 億`.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures, type Figure } from '../../../src/analysis/figures';

/** Each figure read, as `text=value unit direction [low-high]`. */
const show = (found: readonly Figure[]) =>
  found.map((f) => `${f.text}=${f.value} ${f.unit}${f.direction ? ` ${f.direction}` : ''}${f.low !== undefined ? ` [${f.low}-${f.high}]` : ''}`);
const english = (text: string) => show(extractEnglishFigures(text));
const chinese = (text: string) => show(extractChineseFigures(text));

describe('levels, ranges and scales', () => {
  it('reads `A to B` as a range only where no change comes before A', () => {
    assert.deepEqual(english('Revenue increased 40.7% or $20 million to $68.9 million.'), ['40.7%=40.7 percent up', '$20 million=20000000 USD', '$68.9 million=68900000 USD']);
    assert.deepEqual(english('Revenue was up $20 million to $68.9 million.'), ['$20 million=20000000 USD up', '$68.9 million=68900000 USD']);
    assert.deepEqual(english('We expect revenue of $20 million to $25 million.'), ['$20 million to $25 million=22500000 USD [20000000-25000000]']);
    // `or` after a word, not a figure: a slip for `of`, and a range still.
    assert.deepEqual(english('Adjusted earnings per share or $5.35 to $5.40.'), ['$5.35 to $5.40=5.375 USD/share [5.35-5.4]']);
    assert.deepEqual(chinese('營收增加 40.7% 或 2,000 萬美元至 6,890 萬美元。'), ['40.7%=40.7 percent up', '2,000 萬美元=20000000 USD', '6,890 萬美元=68900000 USD']);
    assert.deepEqual(chinese('營收增加了 2,000 萬美元至 6,890 萬美元。'), ['2,000 萬美元=20000000 USD up', '6,890 萬美元=68900000 USD']);
    assert.deepEqual(chinese('預期營收為 2,000 萬美元至 2,500 萬美元。'), ['2,000 萬美元至 2,500 萬美元=22500000 USD [20000000-25000000]']);
  });

  it('carries a loss on to the level it moved from or to', () => {
    assert.deepEqual(english('Net loss narrowed to $42 million from $77 million a year ago.'), ['$42 million=-42000000 USD down', '$77 million=-77000000 USD']);
    assert.deepEqual(english('Operating loss widened by $12 million to $57 million.'), ['$12 million=-12000000 USD up', '$57 million=-57000000 USD']);
    assert.deepEqual(chinese('淨虧損從去年同期的 7,700 萬美元收窄至 4,200 萬美元。'), ['7,700 萬美元=-77000000 USD', '4,200 萬美元=-42000000 USD down']);
    assert.deepEqual(chinese('營業虧損擴大 1,200 萬美元至 5,700 萬美元。'), ['1,200 萬美元=-12000000 USD up', '5,700 萬美元=-57000000 USD']);
    // A profit named between: the loss stops there.
    assert.deepEqual(chinese('由虧損 3 億美元轉為獲利 2 億美元。'), ['3 億美元=-300000000 USD', '2 億美元=200000000 USD']);
  });

  it('reads a level that moved, and a verb of change before an adverb and `to`', () => {
    assert.deepEqual(english('Revenue was $1.1 billion, down from $1.4 billion last year.'), ['$1.1 billion=1100000000 USD down', '$1.4 billion=1400000000 USD']);
    // A range lowered stays a level: guidance, not a change.
    assert.deepEqual(english('Revenue will be between $1.14 billion and $1.16 billion, down from $1.2 billion.'), ['$1.14 billion and $1.16 billion=1150000000 USD [1140000000-1160000000]', '$1.2 billion=1200000000 USD']);
    assert.deepEqual(english('Revenue rose from $50 million to $68.9 million.'), ['$50 million=50000000 USD', '$68.9 million=68900000 USD up']);
    assert.deepEqual(english('Churn worsened slightly to 1.2% from 1.1%.'), ['1.2%=1.2 percent down', '1.1%=1.1 percent']);
  });

  it('reads an amount compared with words after it, and stops a shared direction at a comparison', () => {
    assert.deepEqual(english('Profit was HK$11.2 billion, HK$0.8 billion less than last year.'), ['HK$11.2 billion=11200000000 HKD', 'HK$0.8 billion=800000000 HKD down']);
    assert.deepEqual(english('Unit costs increased 3.1%, less than the 4% we had guided.'), ['3.1%=3.1 percent up', '4%=4 percent']);
    assert.deepEqual(english('Sales were 4.5% above last year but 2% behind 2019.'), ['4.5%=4.5 percent', '2%=2 percent down', '2019=2019 year']);
    assert.deepEqual(english('The promotion lifted conversion by 20%.'), ['20%=20 percent up']);
  });

  it('reads Chinese effects as directions after the amount', () => {
    assert.deepEqual(chinese('日圓走弱為營業利益帶來 520 億日圓的助益。'), ['520 億日圓=52000000000 JPY up']);
    assert.deepEqual(chinese('匯率對營業利潤造成 3,800 萬英鎊的不利影響。'), ['3,800 萬英鎊=38000000 GBP down']);
    assert.deepEqual(chinese('帶來 520 億日圓的拖累。'), ['520 億日圓=52000000000 JPY down']);
  });

  it('reads 兆 and 億 written apart as one amount, and `百分之十幾` as a rough share', () => {
    assert.deepEqual(chinese('營業利益為 1 兆 1,025 億日圓。'), ['1 兆 1,025 億日圓=1102500000000 JPY']);
    assert.deepEqual(chinese('2萬 4801'), ['2萬=20000 count', '4801=4801 count']);
    assert.deepEqual(chinese('成長約百分之十幾'), ['百分之十幾=15 percent up [11-19]']);
    assert.equal(extractChineseFigures('成長約百分之十幾')[0].salient, false);
  });

  it('reads won and pence as currencies', () => {
    assert.deepEqual(english('We will pay a dividend of 1,444 won per share.'), ['1,444 won per share=1444 KRW/share']);
    assert.deepEqual(english('We won 3 contracts.'), ['3=3 count']);
    assert.deepEqual(english('The dividend was 6.2 pence.'), ['6.2 pence=6.2 GBX']);
    assert.deepEqual(chinese('每股股息為 6.2 便士。'), ['6.2 便士=6.2 GBX/share']);
  });
});
