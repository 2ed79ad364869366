import { strict as assert } from 'assert';
import { capitalisedWords } from '../../../src/analysis/names/entities';
import { peopleNamedIn } from '../../../src/analysis/names/englishNames';

const people = (english: string) => peopleNamedIn(english, capitalisedWords(english)).map((tokens) => tokens.join(' '));

describe('people named in the English', () => {
  it('reads a name after a cue word, a title, or before `, who`', () => {
    assert.deepEqual(people('Leicester are happy, says Golden Boot winner Jamie Vardy.'), ['Jamie Vardy']);
    assert.deepEqual(people('The goal was good, said Jamie Vardy after the match.'), ['Jamie Vardy']);
    assert.deepEqual(people('President Joe Biden spoke on Friday.'), ['Joe Biden']);
    assert.deepEqual(people('U.S. Rep. Maxine Waters denounced the claims.'), ['Maxine Waters']);
    assert.deepEqual(people('A knee injury kept midfielder Graham Dorrans out.'), ['Graham Dorrans']);
    assert.deepEqual(people('We asked Kayleigh McEnany, who declined.'), ['Kayleigh McEnany']);
    assert.deepEqual(people("It's a question for our analyst Tom Evans at the bank."), ['Tom Evans']);
  });

  it('reads no name without a cue, nor a firm, a place, a day or a month after one', () => {
    assert.deepEqual(people('Jamie Vardy scored twice.'), []);
    assert.deepEqual(people('Revenue Growth was strong in North America.'), []);
    assert.deepEqual(people('That is the view, said Goldman Sachs analyst Tom Evans.'), ['Tom Evans']);
    assert.deepEqual(people('Demand is rising, said New York officials.'), []);
    assert.deepEqual(people('The company said Monday that it told Reuters.'), []);
    assert.deepEqual(people('He told United States Steel to wait until March.'), []);
    assert.deepEqual(people('President Trump spoke.'), [], 'one word after a title is not a full name');
  });

  it('leaves Chinese names in pinyin to the translation (they are written in characters, not transliterated)', () => {
    assert.deepEqual(people('Qiu Tenghua said the crisis had a deep impact.'), []);
    assert.deepEqual(people('The director Yin Fei describes it, said Vice Governor Wu Guiying.'), []);
    assert.deepEqual(people('The crisis is deep, said Wu Guiying.'), []);
  });

  it('reads names in a long text in one pass (no quadratic work on runs of capitalised words)', () => {
    const text = `${'Alpha Beta Gamma Delta '.repeat(20000)}said Jamie Vardy.`;
    assert.deepEqual(people(text), ['Jamie Vardy']);
  });
});
