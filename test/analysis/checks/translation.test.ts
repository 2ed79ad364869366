import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { parseSettings } from '../../../src/analysis/settings';
import { isChineseText } from '../../../src/analysis/text';
import { checkJson } from '../../../src/presentation/checkJson';
import { formatFinding } from '../../../src/presentation/messages';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';

const linesOf = (text: string, code: string) => analyze(text).findings.filter((f) => f.code === code).map((f) => f.range.start.line + 1);

/** A call in the one-line layout with enough translated paragraphs to calibrate the length ratio. */
function call(extra: string[]): string {
  const body = [
    'Operator: Welcome to the Acme call. Our speakers today are with the company.',
    '接線員：歡迎參加 Acme 電話會議。今天的發言人都來自公司。',
    'Jane Doe (CFO): Revenue grew strongly this quarter because customers bought more of our products.',
    '珍·多伊：本季營收強勁成長，因為客戶購買了更多我們的產品。',
    'Jane Doe (CFO): Margins improved as we managed costs carefully across every part of the business.',
    '珍·多伊：由於我們在業務的各個部分都謹慎管理成本，利潤率有所改善。',
    'Jane Doe (CFO): We hired many engineers and salespeople, and we opened two new offices in Europe.',
    '珍·多伊：我們聘請了許多工程師和銷售人員，並在歐洲開設了兩個新辦事處。',
    'Jane Doe (CFO): Our pipeline is healthy and our customers are renewing their contracts on time.',
    '珍·多伊：我們的管道很健康，客戶也都按時續約。',
    'Jane Doe (CFO): We remain careful about the economy but confident in our long-term strategy.',
    '珍·多伊：我們對經濟仍然保持謹慎，但對我們的長期策略充滿信心。',
  ];
  return [...body, ...extra].join('\n');
}

describe('translation checks on the seeds', () => {
  it('finds the three truncated translations of the bulleted seed and nothing else', () => {
    const text = readSeed(SEED_BULLETED);
    assert.deepEqual(linesOf(text, 'translation-truncated'), [169, 197, 305]);
    assert.deepEqual(linesOf(text, 'untranslated'), []);
  });

  it('finds the untranslated English at the end of the interleaved seed', () => {
    const lines = linesOf(readSeed(SEED_INTERLEAVED), 'untranslated');
    assert.equal(lines.length, 34);
    assert.ok(lines.every((line) => line >= 530 && line < 640), JSON.stringify(lines));
    assert.ok(!lines.includes(638), 'the [Operator signoff] stage direction needs no translation');
  });
});

describe('translation checks on crafted paragraphs', () => {
  it('flags a translation that drops the closing sentences', () => {
    const text = call([
      'Jane Doe (CFO): We signed a large contract with a bank. We also expanded with a retailer in Japan. Finally, a government agency chose our platform for its security needs.',
      '珍·多伊：我們與一家銀行簽訂了一份大合約。',
    ]);
    const findings = analyze(text).findings.filter((f) => f.code === 'translation-truncated');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line + 1, 14);
    assert.ok(findings[0].english!.text.startsWith('We signed'));
    assert.deepEqual(findings[0].details!.slice(0, 2), ['1', '3']);
  });

  it('accepts a full translation, with names kept in Latin letters', () => {
    const text = call([
      'Operator: Our next question comes from Matt Hedberg with RBC Capital Markets.',
      '接線員：下一個問題來自 RBC Capital Markets 的 Matt Hedberg。',
    ]);
    assert.deepEqual(linesOf(text, 'translation-truncated'), []);
  });

  it('reports English with no translation, but not stage directions', () => {
    const text = call([
      'Operator: [Operator instructions]',
      'Jane Doe (CFO): We will keep investing in the business.',
      'Jane Doe (CFO): We will keep investing in the business.',
      'Operator: This concludes the call.',
    ]);
    assert.deepEqual(linesOf(text, 'untranslated'), [14, 15, 16]);
  });
});

describe('a transcript with no translation at all', () => {
  const englishOnly = (seed: string) => readSeed(seed).split('\n').filter((line) => !isChineseText(line)).join('\n');

  it('gets one untranslated notice on its first line, counting the paragraphs, instead of one per paragraph', () => {
    const text = englishOnly(SEED_INTERLEAVED);
    const { findings } = analyze(text);
    assert.equal(findings.length, 1);
    const [notice] = findings;
    assert.equal(notice.code, 'untranslated');
    assert.equal(notice.wholeDocument, true);
    assert.deepEqual([notice.range.start, notice.range.end], [{ line: 0, character: 0 }, { line: 0, character: text.split('\n')[0].length }]);
    assert.equal(text.slice(notice.start, notice.end), 'Logo of jester cap with thought bubble.');
    assert.equal(formatFinding(notice), `This transcript has no translation (${notice.details![0]} English paragraphs)`);
    assert.ok(Number(notice.details![0]) >= 46, notice.details![0]);
  });

  it('also when the first line is blank, and when the title alone is translated', () => {
    const bulleted = analyze(englishOnly(SEED_BULLETED)).findings;
    assert.deepEqual(bulleted.map((f) => [f.code, f.range.start.line, f.wholeDocument]), [['untranslated', 0, true]]);
    const titled = call([]).split('\n').filter((line) => !isChineseText(line));
    titled.unshift('Acme Q3 2024 Earnings Call', 'Acme 2024 年第三季財報電話會議', '');
    assert.deepEqual(analyze(titled.join('\n')).findings.map((f) => [f.code, f.range.start.line, f.wholeDocument]), [['untranslated', 0, true]]);
  });

  it('is hidden, like the per-paragraph notices, when the untranslated check is turned off', () => {
    const analysis = analyze(englishOnly(SEED_INTERLEAVED));
    const on = checkJson('a.txt', analysis, parseSettings(() => undefined).settings);
    assert.deepEqual(on.diagnostics.map((d) => [d.code, d.line, d.severity, d.english]), [['untranslated', 1, 'information', null]]);
    const off = parseSettings((name) => (name === 'checks' ? { untranslated: false } : undefined)).settings;
    assert.deepEqual(checkJson('a.txt', analysis, off).diagnostics, []);
  });

  it('keeps one notice per paragraph where one paragraph alone is untranslated, or a single translation exists', () => {
    assert.deepEqual(analyze('Revenue grew strongly this quarter because customers bought more.').findings.map((f) => [f.code, f.wholeDocument]), [['untranslated', undefined]]);
    const oneTranslated = call([]).split('\n').filter((line, i) => i < 2 || !isChineseText(line)).join('\n');
    assert.deepEqual(linesOf(oneTranslated, 'untranslated'), [3, 4, 5, 6, 7]);
  });
});
