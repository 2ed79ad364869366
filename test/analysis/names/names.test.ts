import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { nameChecks, type GlossaryEntry, type NameCheckOptions } from '../../../src/analysis/names';
import { EntityTable } from '../../../src/analysis/names/entities';
import { formatFinding } from '../../../src/presentation/messages';

type Turn = readonly [speaker: string, translation: string | null, paragraphs: ReadonlyArray<readonly [string, string]>];

/** A call in the interleaved layout: `Name -- Title` and its translation, then English lines each followed by their Chinese. */
function call(turns: readonly Turn[]): string {
  const lines = ['Prepared Remarks: 準備發言:', ''];
  for (const [speaker, translation, paragraphs] of turns) {
    lines.push(speaker);
    if (translation) lines.push(translation);
    lines.push('');
    for (const [en, zh] of paragraphs) lines.push(en, zh, '');
  }
  return lines.join('\n');
}

function check(text: string, options?: NameCheckOptions, glossary: readonly GlossaryEntry[] = []) {
  return nameChecks(text, analyze(text).transcript, options, glossary);
}

const OPERATOR: Turn = ['Operator', '操作員', [['Welcome to the Acme call. I will now hand over to your host.', '歡迎參加 Acme 電話會議。現在請主持人發言。']]];
const CEO = 'Matthew Prince -- Chief Executive Officer';
const CFO = 'Thomas Seifert -- Chief Financial Officer';

/** The 1-based line holding a snippet. */
const lineOf = (text: string, snippet: string) => text.slice(0, text.indexOf(snippet)).split('\n').length;

/** The text a range covers (ranges within one line). */
function sliceRange(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
}

/** Every finding's range slices back to the text it names. */
function assertSlices(text: string, findings: ReturnType<typeof check>['findings']) {
  for (const finding of findings) {
    assert.equal(text.slice(finding.start, finding.end), (finding.chinese ?? finding.english)?.text, finding.code);
    if (finding.fix) assert.equal(text.slice(finding.fix.start, finding.fix.end), finding.chinese?.text);
  }
}

describe('name checks', () => {
  it('a name rendered one way throughout is indexed and not reported', () => {
    const text = call([
      OPERATOR,
      [CFO, '托馬斯-塞弗特 - 首席財務官', [['Thanks. Revenue grew this quarter across every region we serve.', '謝謝。本季我們服務的每個地區營收都有成長。']]],
      [CEO, '馬修-普林斯 - 首席執行官', [
        ['Thank you, Thomas. Customers keep coming back to our platform.', '謝謝你,托馬斯。客戶不斷回到我們的平台。'],
        ['And Thomas will say more about margins in a moment.', '托馬斯稍後會再談談利潤率。'],
      ]],
    ]);
    const { index, findings } = check(text);
    assert.deepEqual(findings, []);
    const thomas = index.find((entry) => entry.english === 'Thomas Seifert');
    assert.ok(thomas, 'Thomas Seifert is in the index');
    assert.equal(thomas.kind, 'person');
    assert.equal(thomas.role, 'Chief Financial Officer');
    assert.deepEqual(thomas.renderings.map((r) => [r.text, r.count]), [['托馬斯', 2]]);
  });

  it('a second transliteration of the same English form is reported on each occurrence, with a fix to the main one', () => {
    const text = call([
      OPERATOR,
      [CFO, '托馬斯-塞弗特 - 首席財務官', [['Thanks. Revenue grew this quarter across every region we serve.', '謝謝。本季我們服務的每個地區營收都有成長。']]],
      [CEO, null, [
        ['Thank you, Thomas. Customers keep coming back to our platform.', '謝謝你,托馬斯。客戶不斷回到我們的平台。'],
        ['Thomas will say more about margins in a moment.', '托馬斯稍後會再談談利潤率。'],
        ['I will hand it back to Thomas for the outlook.', '我會把展望交還給湯瑪斯。'],
        ['Thomas and I both expect a strong second half.', '托馬斯和我都預期下半年會很強勁。'],
      ]],
    ]);
    const { findings } = check(text);
    assert.deepEqual(findings.map((f) => [f.code, f.chinese?.text, f.fix?.text]), [['name-inconsistent', '湯瑪斯', '托馬斯']]);
    assert.equal(formatFinding(findings[0]), 'EN "Thomas" is "湯瑪斯" here but "托馬斯" in the rest of the call (托馬斯 ×3, 湯瑪斯 ×1)');
    assertSlices(text, findings);
  });

  it('the same in Simplified Chinese', () => {
    const text = call([
      OPERATOR,
      [CEO, null, [
        ['Thank you, Thomas. Customers keep coming back to our platform.', '谢谢你,托马斯。客户不断回到我们的平台。'],
        ['Thomas will say more about margins in a moment.', '托马斯稍后会再谈谈利润率。'],
        ['I will hand it back to Thomas for the outlook.', '我会把展望交还给汤玛斯。'],
        ['Thomas and I both expect a strong second half.', '托马斯和我都预期下半年会很强劲。'],
      ]],
      [CFO, '托马斯-塞弗特 - 首席财务官', [['Thanks. Revenue grew this quarter across every region we serve.', '谢谢。本季我们服务的每个地区营收都有成长。']]],
    ]);
    assert.deepEqual(check(text).findings.map((f) => [f.code, f.chinese?.text, f.fix?.text]), [['name-inconsistent', '汤玛斯', '托马斯']]);
  });

  it('renderings of different English forms are never compared (`Matt` 馬特 beside `Matthew` 馬修)', () => {
    const text = call([
      OPERATOR,
      [CEO, null, [['Thanks. We had a strong quarter with record bookings.', '謝謝。本季表現強勁,預訂量創紀錄。']]],
      ['Matt Hedberg -- RBC Capital Markets -- Analyst', 'Matt Hedberg -- 加拿大皇家銀行資本市場 -- 分析師', [
        ['Matthew, congratulations. How are large deals trending?', '馬修,恭喜。大型交易的趨勢如何?'],
        ['Matthew, one more on pricing, please.', '馬修,再問一個定價的問題。'],
      ]],
      [CFO, null, [
        ['Well, thank you, Matt. Deals are closing faster.', '好吧,謝謝你,馬特。交易完成得更快了。'],
        ['Matt, the pipeline is healthy too.', '馬特,管道也很健康。'],
      ]],
    ]);
    assert.deepEqual(check(text).findings, []);
  });

  it('a name the translation drops is reported on the translation, with the forms the call uses', () => {
    const text = call([
      OPERATOR,
      [CEO, '馬修-普林斯 - 首席執行官', [['Thanks. We had a strong quarter with record bookings.', '謝謝。本季表現強勁,預訂量創紀錄。']]],
      [CFO, null, [
        ['Thank you, Matthew, and thanks to everyone for joining.', '謝謝你,也謝謝大家的參與。'],
        ['As Matthew said, the pipeline is healthy.', '正如馬修所說,管道很健康。'],
      ]],
    ]);
    const { findings, index } = check(text);
    const line = lineOf(text, '謝謝你,也謝謝大家的參與。');
    assert.deepEqual(findings.map((f) => [f.code, f.english?.text, f.range.start.line + 1]), [['name-missing', 'Matthew', line]]);
    assert.match(formatFinding(findings[0]), /EN "Matthew" is named nowhere in the translation \(this call writes it .*馬修/);
    assert.deepEqual(index.find((entry) => entry.english === 'Matthew Prince')?.missing, [line - 1]);
    assert.equal(sliceRange(text, findings[0].related!), 'Matthew');
    assert.equal(sliceRange(text, findings[0].english!.range), 'Matthew');
  });

  it('a person the English names with a cue (`executive Jamie Vardy`) is learnt: a translation that drops the name is reported', () => {
    const text = call([
      OPERATOR,
      [CEO, '馬修-普林斯 - 首席執行官', [
        ['We welcome our new executive Jamie Vardy to the team.', '我們歡迎新任高管傑米-瓦爾迪加入團隊。'],
        ['Jamie Vardy will lead our sales team from next quarter.', '從下一季起,他將領導我們的銷售團隊。'],
        ['Jamie Vardy joined us from a rival.', '瓦爾迪從一家競爭對手加入我們。'],
      ]],
    ]);
    const { findings, index } = check(text);
    assert.deepEqual(findings.map((f) => [f.code, f.english?.text, f.range.start.line + 1]), [['name-missing', 'Jamie Vardy', lineOf(text, '從下一季起')]]);
    assert.deepEqual(index.find((entry) => entry.english === 'Jamie Vardy')?.renderings.map((r) => r.text), ['傑米-瓦爾迪', '瓦爾迪']);
  });

  it('a surname alone in the translation still names the person (`眾議員沃特斯` for `Rep. Maxine Waters`)', () => {
    const text = call([
      OPERATOR,
      [CEO, '馬修-普林斯 - 首席執行官', [
        ['Our guest, Rep. Maxine Waters, spoke first.', '我們的嘉賓瑪克辛-沃特斯首先發言。'],
        ['Rep. Maxine Waters then denounced the claims.', '眾議員沃特斯隨後譴責了這些指控。'],
      ]],
    ]);
    assert.deepEqual(check(text).findings, []);
  });

  it('a person the call writes only in Latin letters is never reported missing (nothing says how it is transliterated)', () => {
    const text = call([
      OPERATOR,
      [CEO, '馬修-普林斯 - 首席執行官', [
        ['We thank our adviser, said executive Graham Dorrans, for his work.', '我們感謝顧問Graham Dorrans的工作。'],
        ['Graham Dorrans joined in March.', '格雷厄姆·多倫斯於三月加入。'],
      ]],
    ]);
    assert.deepEqual(check(text).findings, []);
  });

  it('a name the call never renders anywhere is never reported missing', () => {
    const text = call([
      OPERATOR,
      [CFO, null, [['Thank you, Thomas, for the update on hiring.', '謝謝你提供招聘的最新情況。']]],
    ]);
    assert.deepEqual(check(text).findings, []);
  });

  it('renderings that differ only by punctuation or spacing are one rendering (‧ - · and a space)', () => {
    const text = call([
      OPERATOR,
      [CFO, null, [
        ['Matthew Prince will speak first.', '馬修‧普林斯將首先發言。'],
        ['Matthew Prince founded the company.', '馬修-普林斯創立了公司。'],
        ['Matthew Prince leads product.', '馬修·普林斯領導產品。'],
        ['Matthew Prince will close the call.', '馬修 普林斯將為電話會議作結。'],
      ]],
      [CEO, '馬修-普林斯 - 首席執行官', [['Thanks. We had a strong quarter with record bookings.', '謝謝。本季表現強勁,預訂量創紀錄。']]],
    ]);
    const { findings, index } = check(text);
    assert.deepEqual(findings, []);
    const matthew = index.find((entry) => entry.english === 'Matthew Prince');
    assert.equal(matthew?.renderings.length, 1);
    assert.equal(matthew?.renderings[0].count, 4);
  });

  it('people named only in a parenthesised original are indexed, with the rendering before the parenthesis', () => {
    const text = call([
      OPERATOR,
      [CEO, null, [['We hired Tom Evans to lead the channel.', '我們聘請了湯姆-埃文斯(Tom Evans)來領導通路業務。']]],
    ]);
    const tom = check(text).index.find((entry) => entry.english === 'Tom Evans');
    assert.deepEqual(tom && { kind: tom.kind, renderings: tom.renderings.map((r) => r.text) }, { kind: 'person', renderings: ['湯姆-埃文斯', 'Tom Evans'] });
  });

  it("an analyst's firm is an organisation, rendered as the speaker line's translation renders it", () => {
    const text = call([
      OPERATOR,
      ['Andrew Nowinski -- Wells Fargo Securities -- Analyst', 'Andrew Nowinski -- 富國證券 -- 分析師', [['Thanks. How is the federal business doing this year?', '謝謝。今年聯邦業務表現如何?']]],
      [CEO, null, [['The team at Wells Fargo Securities asked about federal deals.', '富國證券的團隊詢問了聯邦交易。']]],
    ]);
    const firm = check(text).index.find((entry) => entry.english === 'Wells Fargo Securities');
    assert.deepEqual(firm && { kind: firm.kind, renderings: firm.renderings.map((r) => [r.text, r.count]) }, { kind: 'organization', renderings: [['富國證券', 1]] });
  });

  it('names listed in ignoredNames are never reported', () => {
    const text = call([
      OPERATOR,
      [CEO, null, [
        ['Thank you, Thomas.', '謝謝你,托馬斯。'],
        ['Thomas will say more.', '托馬斯會再多說一些。'],
        ['Back to Thomas.', '交還給湯瑪斯。'],
      ]],
      [CFO, '托馬斯-塞弗特 - 首席財務官', [['Thanks. Revenue grew this quarter.', '謝謝。本季營收成長。']]],
    ]);
    assert.equal(check(text).findings.length, 1);
    assert.deepEqual(check(text, { ignoredNames: ['Thomas'] }).findings, []);
    assert.deepEqual(check(text, { ignoredNames: ['湯瑪斯'] }).findings, []);
  });

  it('a glossary term whose rendering is absent is reported, with a fix where the term is kept in English', () => {
    const text = call([
      OPERATOR,
      [CEO, null, [
        ['Our Zero Trust products grew fastest.', '我們的零信任產品成長最快。'],
        ['Customers chose Cloudflare Zero Trust again.', '客戶再次選擇了 Cloudflare Zero Trust。'],
        ['A bank signed a Zero-Trust deal.', '一家銀行簽署了一份安全合約。'],
      ]],
    ]);
    const { findings, index } = check(text, undefined, [{ english: 'Zero Trust', chinese: ['零信任'], kind: 'product' }]);
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line + 1, f.fix?.text ?? null]), [['term-mismatch', lineOf(text, '客戶再次選擇了'), '零信任'], ['term-mismatch', lineOf(text, '一家銀行'), null]]);
    assertSlices(text, findings.filter((f) => f.fix));
    assert.deepEqual(index.find((entry) => entry.english === 'Zero Trust')?.renderings.map((r) => [r.text, r.count]), [['零信任', 1]]);
  });

  it('an unnamed speaker (`Unidentified Analyst`) is no person; the firm after it still is a name', () => {
    const text = call([
      OPERATOR,
      ['Unidentified Analyst -- Big Bank -- Analyst', null, [['Thanks. What about margins?', '謝謝。利潤率呢?']]],
      [CFO, '托馬斯-塞弗特 - 首席財務官', [['Margins rose.', '利潤率上升。']]],
    ]);
    const table = EntityTable.fromTranscript(analyze(text).transcript);
    assert.equal(table.formOf('Unidentified Analyst'), undefined);
    assert.ok(table.formOf('Big Bank'));
    assert.ok(table.formOf('Thomas Seifert'));
  });

  it('text with no names, or no text at all, gives an empty index and no findings', () => {
    assert.deepEqual(check(''), { index: [], findings: [] });
    assert.deepEqual(check(call([OPERATOR])).findings, []);
  });
});
