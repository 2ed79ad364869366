// Readings that human news translations showed: the 24-hour clock (`0500 hours`, `0200GMT`), `24/7`,
// Roman numerals (`the starting XV`), an event named by its date (`911 事件`), and `增加兩倍` for tripled.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures, type Figure } from '../../../src/analysis/figures';

/** Each figure read, as `text=value unit`, `(weak)` when not salient, `(label)` for a name's digits. */
const show = (found: readonly Figure[]) => found.map((f) => `${f.text}=${f.value} ${f.unit}${f.salient ? '' : ' (weak)'}${f.label ? ' (label)' : ''}`);
const english = (text: string) => show(extractEnglishFigures(text));
const chinese = (text: string) => show(extractChineseFigures(text));

describe('clocks, Roman numerals and names of events', () => {
  it('reads four digits of the 24-hour clock as a time only with a clock word', () => {
    assert.deepEqual(chinese('上午 10 點（0200 GMT）'), ['10 點=1000 time', '0200 GMT=200 time']);
    assert.deepEqual(chinese('格林尼治時間0200GMT'), ['0200GMT=200 time']);
    assert.deepEqual(chinese('共有 0200 人'), ['0200=200 count']);
    assert.deepEqual(english('The curfew starts at 0500 hours.'), ['0500 hours=500 time']);
    assert.deepEqual(english('until 10 a.m. (0200GMT) Monday'), ['10 a.m.=1000 time', '0200GMT=200 time', 'Monday=1 date (weak)']);
    assert.deepEqual(english('The convoy left at 1930 hours.'), ['1930 hours=1930 time']);
    assert.deepEqual(english('The engine ran 2000 hours.'), ['2000 hours=2000 duration-hour']);
    assert.deepEqual(english('Prices fell in 1930.'), ['1930=1930 year']);
  });

  it('reads `24/7` as a weak day of 24 hours', () => {
    assert.deepEqual(english('a 24/7 communication mechanism'), ['24/7=24 duration-hour (weak)']);
  });

  it('reads Roman numerals in capitals as weak counts, and no other capitals', () => {
    assert.deepEqual(english('five debutants in the starting XV'), ['five=5 count (weak)', 'XV=15 count (weak)']);
    assert.deepEqual(english('King Charles III and Super Bowl LVIII'), ['III=3 count (weak)', 'LVIII=58 count (weak)']);
    assert.deepEqual(english('I think MIX and Liv and VIC are words.'), []);
  });

  it('reads the digits of an event named by its date as that date, weak', () => {
    assert.deepEqual(chinese('就如 911 事件之後'), ['911=911 date (weak)']);
    assert.deepEqual(chinese('1300 事件'), ['1300=1300 count (weak) (label)']);
    assert.deepEqual(chinese('共有 911 人'), ['911=911 count']);
  });

  it('reads a multiple after a verb of growth as growth by that much, weak where spelled', () => {
    assert.deepEqual(chinese('死亡率幾乎增加兩倍'), ['兩倍=3 multiple (weak)']);
    assert.deepEqual(chinese('射程提高約1倍'), ['1倍=2 multiple']);
    assert.deepEqual(chinese('營收增長了一倍'), ['一倍=2 multiple (weak)']);
    assert.deepEqual(chinese('營收是去年的兩倍'), ['兩倍=2 multiple']);
    assert.deepEqual(chinese('較去年提升 0.7 倍'), ['0.7 倍=0.7 multiple']);
  });
});
