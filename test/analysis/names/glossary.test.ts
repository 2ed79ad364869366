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

  it('reads TBX of 2008 (martif › termEntry › langSet › tig/ntig) and of 2019 (conceptEntry › langSec › termSec), retired terms left out', () => {
    const v2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
  <termEntry id="c1">
    <langSet xml:lang="en-US"><tig><term>Zero Trust</term></tig><tig><term>ZT</term></tig></langSet>
    <langSet xml:lang="zh-TW"><tig><term>零信任</term></tig>
      <tig><term>零信賴</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
    <langSet xml:lang="zh-CN"><ntig><termGrp><term>零信任</term></termGrp></ntig></langSet>
  </termEntry>
  <termEntry id="c2"><langSet xml:lang="en"><tig><term>edge &amp; <![CDATA[cloud]]></term></tig></langSet><langSet xml:lang="fr"><tig><term>périphérie</term></tig></langSet></termEntry>
</body></text></martif>`;
    assert.deepEqual(entries(parseGlossary(v2, 'tbx')), [{ english: 'Zero Trust', chinese: ['零信任'] }, { english: 'ZT', chinese: ['零信任'] }]);
    const v3 = `<tbx:tbx xmlns:tbx="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><tbx:text><tbx:body>
  <tbx:conceptEntry id="w"><tbx:langSec xml:lang="en"><tbx:termSec><tbx:term>Workers AI</tbx:term></tbx:termSec></tbx:langSec>
  <tbx:langSec xml:lang="zh-Hant"><tbx:termSec><tbx:term>Workers AI</tbx:term><tbx:termNote type="administrativeStatus">preferredTerm-admn-sts</tbx:termNote></tbx:termSec>
  <tbx:termSec><tbx:term>工作者 AI</tbx:term><tbx:termNote type="administrativeStatus">supersededTerm-admn-sts</tbx:termNote></tbx:termSec></tbx:langSec></tbx:conceptEntry>
</tbx:body></tbx:text></tbx:tbx>`;
    assert.deepEqual(entries(parseGlossary(v3, 'tbx')), [{ english: 'Workers AI', chinese: ['Workers AI'] }]);
  });

  it('refuses TBX that is not XML, or that pairs no English term with a Chinese one', () => {
    assert.equal(error(parseGlossary('<martif><termEntry>', 'tbx')).message, GLOSSARY_ERRORS.xml);
    assert.equal(error(parseGlossary('english,chinese\nA,甲\n', 'tbx')).message, GLOSSARY_ERRORS.xml);
    assert.equal(error(parseGlossary('<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>A</term></tig></langSet></termEntry></body></text></martif>', 'tbx')).message, GLOSSARY_ERRORS.tbxEmpty);
    // Entities declared in a DOCTYPE are not expanded: no billion laughs.
    const bomb = `<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><martif><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet><langSet xml:lang="zh"><tig><term>甲</term></tig></langSet></termEntry></martif>`;
    assert.doesNotThrow(() => parseGlossary(bomb, 'tbx'));
  });

  it('binary or hostile text is refused or read as text, never thrown', () => {
    for (const text of ['\u0000\u0001\u0002', '<script>alert(1)</script>', '"'.repeat(1000), '{"terms": null}', '<'.repeat(1000)]) {
      for (const format of ['csv', 'json', 'tbx'] as const) assert.doesNotThrow(() => parseGlossary(text, format));
    }
  });
});
