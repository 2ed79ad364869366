import { strict as assert } from 'assert';
import { analyze, DEFAULT_ANALYZE_OPTIONS } from '../../../src/analysis/analyze';
import { formatFinding } from '../../../src/presentation/messages';

/** One executive paragraph and its translation, in the one-line layout. */
function call(english: string, chinese: string, options = DEFAULT_ANALYZE_OPTIONS) {
  const text = ['Operator: Welcome to the call.', '接線員：歡迎參加電話會議。', `Jane Doe (CFO): ${english}`, `珍·多伊：${chinese}`, 'Jane Doe (CFO): Thank you all for joining today.', '珍·多伊：感謝大家今天的參與。'].join('\n');
  const findings = analyze(text, options).findings.filter((f) => f.code !== 'translation-truncated');
  return { text, findings };
}

describe('figure checks', () => {
  it('accepts a faithful translation with figures written differently', () => {
    const { findings } = call('In Q2, we achieved revenue of $308.5 million, up 32% year-over-year. We added 196 new large customers.', '第二季度,我們實現營收3.085億美元,年增32%。我們新增了 196 個大客戶。');
    assert.deepEqual(findings, []);
  });

  it('reports a wrong value with both sides in the message, on the Chinese figure, with a fix', () => {
    const { text, findings } = call('We achieved revenue of $308.5 million, up 32% year-over-year.', '我們實現營收 3.85 億美元,年增 32%。');
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.code, 'figure-mismatch');
    assert.equal(text.slice(finding.start, finding.end), '3.85 億美元');
    assert.equal(finding.range.start.line, 3);
    assert.equal(formatFinding(finding), 'Figure differs: EN "$308.5 million" (308,500,000 USD) ≠ ZH "3.85 億美元" (385,000,000 USD)');
    assert.equal(finding.fix?.text, '3.085 億美元');
    assert.equal(finding.english?.range.start.line, 2);
  });

  it('reports a slip by a power of ten as a scale error, with the fix written in 萬', () => {
    const { findings } = call('Operating income was $20.3 million.', '營業收入為 203 萬美元。');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'figure-scale');
    assert.equal(findings[0].fix?.text, '2,030 萬美元');
  });

  it('reports a figure the translation drops, on the English figure', () => {
    const { text, findings } = call('Sales cycles grew 20% in Q1. They came back down in Q2.', '銷售週期在第二季回落。');
    const missing = findings.filter((f) => f.code === 'figure-missing');
    assert.deepEqual(missing.map((f) => text.slice(f.start, f.end)), ['20%', 'Q1']);
    assert.ok(missing.every((f) => f.chinese === null && f.range.start.line === 2));
  });

  it('reports a figure with no English source: "the quarter" rendered as a fraction', () => {
    const { text, findings } = call('Great. Thanks guys. Congrats on the quarter.', '太好了謝謝你們。恭喜你們拿到四分之一。');
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.start, f.end)]), [['figure-extra', '四分之一']]);
  });

  it('reports a qualifier the translation drops, and not one it adds', () => {
    const lost = call('We now have almost 80% of the market and more than 3,000 customers.', '我們現在擁有 80% 的市場和超過 3,000 家客戶。');
    assert.deepEqual(lost.findings.map((f) => [f.code, lost.text.slice(f.start, f.end), f.details]), [['approximation-lost', '80%', ['under']]]);
    assert.equal(formatFinding(lost.findings[0]), 'Qualifier lost: EN "80%" is a maximum ("almost", "up to"), ZH "80%" states it as exact');
    const added = call('Margins were above our target of 75% to 77%.', '利潤率高於我們約 75% 至 77% 的目標。');
    assert.deepEqual(added.findings, []);
  });

  it('reports a change turned the other way', () => {
    const { findings } = call('Revenue was $378.6 million, up 30% year over year.', '營收為 3.786 億美元,年減 30%。');
    assert.deepEqual(findings.map((f) => f.code), ['direction-mismatch']);
    assert.match(formatFinding(findings[0]), /is an increase, ZH "30%" is a decrease/);
  });

  it('compares basis points with percentage points, and leaves names with digits alone', () => {
    const { findings } = call('Gross margin fell 200 basis points. R2 and Area 1 keep growing, as do our Fortune 500 customers.', '毛利率下降 2 個百分點。R2 和 Area 1 持續成長,我們的財富 500 強客戶也是如此。');
    assert.deepEqual(findings, []);
  });

  it('accepts a figure rounded to the precision it is written with, and nothing looser by default', () => {
    assert.deepEqual(call('Revenue was $308.5 million.', '營收為 3.09 億美元。').findings, []);
    assert.deepEqual(call('We have about 2,900 large customers.', '我們擁有約 2,900 家大客戶。').findings, []);
    const { findings } = call('We have 2,352 large customers.', '我們有 2,350 個大客戶。');
    assert.deepEqual(findings.map((f) => f.code), ['figure-mismatch']);
  });

  it('honours the rounding tolerance and the ignored figures', () => {
    const english = 'We have 2,352 large customers and 174,129 paying customers.';
    const chinese = '我們有 2,350 個大客戶和 174,100 個付費客戶。';
    assert.equal(call(english, chinese).findings.length, 2);
    assert.equal(call(english, chinese, { ...DEFAULT_ANALYZE_OPTIONS, ignoredFigures: ['2,350', '174,100'] }).findings.length, 0);
    assert.equal(call(english, chinese, { ...DEFAULT_ANALYZE_OPTIONS, roundingTolerance: 0.001 }).findings.length, 0);
  });

  it('gives findings ids that survive edits elsewhere in the document', () => {
    const first = call('Revenue was $308.5 million.', '營收為 3.85 億美元。');
    const edited = analyze('Extra title line\n' + first.text).findings.filter((f) => f.code === 'figure-mismatch');
    assert.equal(edited[0].id, first.findings[0].id);
  });
});
