import { strict as assert } from 'assert';
import { GLOSSARY_ERRORS, parseGlossary, type GlossaryResult } from '../../../src/analysis/names/glossary';

const entries = (result: GlossaryResult) => (result.ok ? result.entries : assert.fail(`refused: ${result.error.message} ${result.error.args.join(' ')}`));
const error = (result: GlossaryResult) => (result.ok ? assert.fail('accepted') : result.error);

describe('glossary files', () => {
  it('reads CSV: a header, quoted fields with commas and quotes, several renderings joined by |, BOM and CRLF', () => {
    const csv = '\uFEFFenglish,chinese,kind\r\nZero Trust,零信任,product\r\n"Workers, AI","Workers AI|工作者 AI",\r\n"The ""Edge""",邊緣\r\n';
    assert.deepEqual(entries(parseGlossary(csv, 'csv')), [
      { english: 'Zero Trust', chinese: ['零信任'], kind: 'product' },
      { english: 'Workers, AI', chinese: ['Workers AI', '工作者 AI'] },
      { english: 'The "Edge"', chinese: ['邊緣'] },
    ]);
  });

  it('reads CSV with one column per script', () => {
    assert.deepEqual(entries(parseGlossary('english,zh-tw,zh-cn\nlarge customers,大客戶,大客户\n', 'csv')), [{ english: 'large customers', chinese: ['大客戶', '大客户'] }]);
  });

  it('reads JSON as an array or as {"terms": […]}, a rendering as a string or a list', () => {
    const list = [{ english: 'R2', chinese: 'R2' }, { english: 'Matthew Prince', chinese: ['馬修·普林斯', '马修·普林斯'], kind: 'person' }];
    const expected = [{ english: 'R2', chinese: ['R2'] }, { english: 'Matthew Prince', chinese: ['馬修·普林斯', '马修·普林斯'], kind: 'person' }];
    assert.deepEqual(entries(parseGlossary(JSON.stringify(list), 'json')), expected);
    assert.deepEqual(entries(parseGlossary(JSON.stringify({ terms: list }), 'json')), expected);
  });

  it('refuses a bad file with one message naming the line or entry', () => {
    assert.equal(error(parseGlossary('', 'csv')).message, GLOSSARY_ERRORS.empty);
    assert.equal(error(parseGlossary(' \n\t', 'json')).message, GLOSSARY_ERRORS.empty);
    assert.equal(error(parseGlossary('term,translation\nA,甲\n', 'csv')).message, GLOSSARY_ERRORS.header);
    assert.deepEqual(error(parseGlossary('english,chinese\nA,"甲\n', 'csv')), { message: GLOSSARY_ERRORS.quote, args: [2] });
    assert.deepEqual(error(parseGlossary('english,chinese\nA,甲\n,乙\n', 'csv')), { message: GLOSSARY_ERRORS.term, args: [3, 200] });
    assert.deepEqual(error(parseGlossary('english,chinese\nA,\n', 'csv')), { message: GLOSSARY_ERRORS.rendering, args: [2, 200] });
    assert.deepEqual(error(parseGlossary('english,chinese,kind\nA,甲,place\n', 'csv')), { message: GLOSSARY_ERRORS.kind, args: [2, 'place'] });
    assert.equal(error(parseGlossary('[{"english": "A"', 'json')).message, GLOSSARY_ERRORS.json);
    assert.deepEqual(error(parseGlossary('[{"english": "A", "chinese": ["甲"]}, {"english": 3}]', 'json')), { message: GLOSSARY_ERRORS.jsonShape, args: [2] });
    assert.equal(error(parseGlossary('english,chinese\n' + 'A,甲\n'.repeat(10_001), 'csv')).message, GLOSSARY_ERRORS.tooLarge);
  });

  it('binary or hostile text is refused or read as text, never thrown', () => {
    for (const text of ['\u0000\u0001\u0002', '<script>alert(1)</script>', '"'.repeat(1000), '{"terms": null}']) {
      for (const format of ['csv', 'json'] as const) assert.doesNotThrow(() => parseGlossary(text, format));
    }
  });
});
