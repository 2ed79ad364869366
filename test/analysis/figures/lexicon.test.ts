// The currency lexicon: its Traditional-to-Simplified mapping, and every form of every row read by
// both readers and written back by the formatter. A new row is tested here without a new test.
import { strict as assert } from 'assert';
import * as OpenCC from 'opencc-js';
import { extractChineseFigures, extractEnglishFigures, formatChineseFigure, type Figure } from '../../../src/analysis/figures';
import { chineseNames, CURRENCY_ROWS, SIMPLIFIED_CHARACTERS, toSimplified, WRITTEN_CURRENCY_NAMES, type CurrencyRow } from '../../../src/analysis/figures/lexicon';

const ROWS: readonly CurrencyRow[] = CURRENCY_ROWS;
const openccToSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The value and unit of each figure read. */
const read = (figures: readonly Figure[]) => figures.map((f) => [f.value, f.unit]);

describe('currency lexicon', () => {
  describe('Traditional to Simplified', () => {
    it('writes the characters of currency names in Simplified', () => {
      assert.equal(toSimplified('新臺幣'), '新台币');
      assert.equal(toSimplified('日圓'), '日圆');
      assert.equal(toSimplified('韓元'), '韩元');
      assert.equal(toSimplified('盧比'), '卢比');
      assert.equal(toSimplified('英鎊'), '英镑');
      assert.equal(toSimplified('歐元'), '欧元');
      assert.equal(toSimplified('港幣'), '港币');
    });

    it('leaves every other character as it is', () => {
      assert.equal(toSimplified('美元'), '美元');
      assert.equal(toSimplified('韓圜'), '韩圜');
      assert.equal(toSimplified('USD 元'), 'USD 元');
      assert.equal(toSimplified(''), '');
    });

    it('agrees with OpenCC on each mapped character and on every name of the lexicon', () => {
      for (const [traditional, simplified] of Object.entries(SIMPLIFIED_CHARACTERS)) assert.equal(openccToSimplified(traditional), simplified, traditional);
      for (const row of ROWS) for (const name of row.chinese) assert.equal(toSimplified(name), openccToSimplified(name), name);
    });
  });

  describe('rows', () => {
    it('each row has its own ISO code, an English form and a Chinese name', () => {
      assert.equal(new Set(ROWS.map((row) => row.code)).size, ROWS.length);
      for (const row of ROWS) {
        assert.match(row.code, /^[A-Z]{3}$/);
        assert.ok(row.signs.length + row.codes.length > 0, `${row.code}: a sign or a code`);
        assert.ok(row.chinese.length > 0, `${row.code}: a Chinese name`);
      }
    });

    it('no form names two currencies', () => {
      for (const column of ['signs', 'dollarPrefixes', 'codes', 'words', 'phrases'] as const) {
        const forms = ROWS.flatMap((row) => row[column]);
        assert.equal(new Set(forms).size, forms.length, column);
      }
      const names = ROWS.flatMap(chineseNames);
      assert.equal(new Set(names).size, names.length, 'Chinese names');
    });

    it('English forms are lower-case, as the reader looks them up', () => {
      for (const row of ROWS) for (const form of [...row.dollarPrefixes, ...row.codes, ...row.words, ...row.phrases]) assert.equal(form, form.toLowerCase(), form);
    });
  });

  for (const row of ROWS) {
    describe(row.code, () => {
      const five = [[5e6, row.code]];

      it('is read in English with each of its signs, dollar prefixes, codes, words and phrases', () => {
        for (const sign of row.signs) assert.deepEqual(read(extractEnglishFigures(`${sign}5 million`)), five, sign);
        for (const prefix of row.dollarPrefixes) assert.deepEqual(read(extractEnglishFigures(`${prefix.toUpperCase()}$5 million`)), five, prefix);
        for (const code of row.codes) {
          const written = code.toUpperCase();
          assert.deepEqual(read(extractEnglishFigures(`${written} 5 million`)), five, `${written} before`);
          assert.deepEqual(read(extractEnglishFigures(`${written}5 million`)), five, `${written} glued`);
          assert.deepEqual(read(extractEnglishFigures(`5 million ${written}`)), five, `${written} after`);
        }
        for (const word of row.words) assert.deepEqual(read(extractEnglishFigures(`5 million ${word}`)), five, word);
        for (const phrase of row.phrases) {
          const written = phrase.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
          assert.deepEqual(read(extractEnglishFigures(`5 million ${written}`)), five, written);
        }
      });

      it('is read in Chinese with each of its names, in Traditional and in Simplified', () => {
        for (const name of row.chinese) {
          assert.deepEqual(read(extractChineseFigures(`500 萬${name}`)), five, name);
          assert.deepEqual(read(extractChineseFigures(`500 万${toSimplified(name)}`)), five, toSimplified(name));
        }
        for (const name of row.simplifiedOnly ?? []) assert.deepEqual(read(extractChineseFigures(`500 万${name}`)), five, name);
      });

      it('is written with its first name in each script, and read back', () => {
        const [traditional, simplified] = WRITTEN_CURRENCY_NAMES[row.code];
        assert.equal(traditional, row.chinese[0]);
        assert.equal(simplified, row.simplifiedOnly?.[0] ?? toSimplified(row.chinese[0]));
        for (const script of ['traditional', 'simplified'] as const) {
          const written = formatChineseFigure(5e6, row.code, { script, space: true });
          assert.equal(written, `500 ${script === 'traditional' ? '萬' : '万'}${script === 'traditional' ? traditional : simplified}`);
          assert.deepEqual(read(extractChineseFigures(written!)), five, written!);
        }
      });
    });
  }
});
