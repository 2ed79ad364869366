import { strict as assert } from 'assert';
import { ChineseText, expectedCharacters, fitRun, unexplainedRuns } from '../../../src/analysis/names/learn';
import { findKey, readsAsTransliteration, renderingKey, soundsAlike, transliterationRuns } from '../../../src/analysis/names/script';

describe('how names are written in Chinese', () => {
  it('punctuation and spacing between the parts of a name are not part of its key', () => {
    const key = renderingKey('馬修-普林斯');
    for (const variant of ['馬修‧普林斯', '馬修·普林斯', '馬修・普林斯', '馬修 普林斯', '馬修－普林斯', '馬修 - 普林斯']) assert.equal(renderingKey(variant), key, variant);
    assert.equal(renderingKey('Thomas  Seifert'), 'thomas seifert');
  });

  it('finds a rendering whatever separates its parts, and Latin names on word boundaries only', () => {
    assert.deepEqual(findKey('請馬修‧普林斯致詞', renderingKey('馬修-普林斯')), [{ start: 1, end: 7 }]);
    assert.deepEqual(findKey('財務長 Thomas Seifert。', 'thomas seifert'), [{ start: 4, end: 18 }]);
    assert.deepEqual(findKey('Marketing 與 Mark', 'mark'), [{ start: 12, end: 16 }]);
  });

  it('runs of transliteration characters, in both scripts', () => {
    assert.deepEqual(transliterationRuns('現在交給湯瑪斯。湯瑪斯,請').map((run) => run.text), ['湯瑪斯', '湯瑪斯']);
    assert.deepEqual(transliterationRuns('现在交给汤玛斯-塞弗特').map((run) => run.text), ['汤玛斯-塞弗特']);
    assert.ok(readsAsTransliteration('米歇爾‧札特林'));
    assert.ok(!readsAsTransliteration('營收成長'));
  });

  it('two transliterations of one name share a character or start with the same sounds', () => {
    assert.ok(soundsAlike('托馬斯', '湯瑪斯'));
    assert.ok(soundsAlike('馬修', '麥休'));
    assert.ok(soundsAlike('米歇爾', '蜜雪兒'));
    assert.ok(!soundsAlike('馬修', '紐約'));
  });

  it('a run is cut to about the length of the name it renders', () => {
    assert.equal(expectedCharacters('Thomas'), 3);
    assert.equal(expectedCharacters('Brent'), 3);
    assert.equal(fitRun('布馬克', 'Mark'), '馬克');
    assert.equal(fitRun('布倫特', 'Brent'), '布倫特');
    assert.equal(fitRun('馬', 'Matthew'), null);
  });
});

describe('runs of transliteration no rendering explains', () => {
  const runs = (text: string) => new ChineseText(text).runs;

  it('keeps the runs no span overlaps, whatever order the spans come in', () => {
    const text = '托馬斯說,湯瑪斯和米歇爾都同意,塞弗特也是';
    const all = runs(text);
    assert.deepEqual(all.map((run) => run.text), ['托馬斯', '湯瑪斯', '米歇爾', '塞弗特']);
    // A long span over the first run and a later one inside the third: only the second and fourth are left.
    const spans = [{ start: text.indexOf('米歇'), end: text.indexOf('米歇') + 1 }, { start: 0, end: 3 }];
    assert.deepEqual(unexplainedRuns(all, spans).map((run) => run.text), ['湯瑪斯', '塞弗特']);
    assert.deepEqual(unexplainedRuns(all, []).map((run) => run.text), ['托馬斯', '湯瑪斯', '米歇爾', '塞弗特']);
  });

  it('finds a key once per paragraph and gives the same places again', () => {
    const chinese = new ChineseText('托馬斯說,托馬斯-塞弗特同意。');
    const first = chinese.find('托馬斯');
    assert.deepEqual(first.map((span) => span.start), [0, 5]);
    assert.equal(chinese.find('托馬斯'), first);
  });
});
