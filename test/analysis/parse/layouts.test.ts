import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { looksLikeTranscript } from '../../../src/analysis/parse/detect';
import { allTurns } from '../../../src/analysis/model';
import { assertSpanSlicesBack } from '../../support/helpers';

const COLON = [
  'Acme Corp Q3 2024 Earnings Call',
  '',
  'Operator: Good day, and welcome to the Acme third quarter call.',
  '接線員：大家好，歡迎參加 Acme 第三季電話會議。',
  'Jane Doe (Chief Financial Officer): Revenue was $12.5 million, up 8%.',
  '珍·多伊：營收為 1,250 萬美元，成長 8%。',
  'We expect margins to improve.',
  '我們預計利潤率將會改善。',
  'Operator: Our first question comes from Bob Lee with Big Bank.',
  '接線員：第一個問題來自 Big Bank 的 Bob Lee。',
  'Bob Lee (Big Bank): Thanks. How is demand?',
  '鮑勃·李：謝謝。需求如何？',
  'Jane Doe (Chief Financial Officer): Demand is strong.',
  '珍·多伊：需求強勁。',
].join('\n');

const BLOCK = [
  'Prepared Remarks',
  '',
  'Operator',
  '',
  'Welcome to the call. 欢迎参加电话会议。',
  '',
  'John Smith, Chief Executive Officer',
  '',
  'We grew revenue 20% to $2.1 billion',
  'this quarter, a record.',
  '本季营收增长 20%，达到 21 亿美元，',
  '创下纪录。',
  '',
  'Questions and Answers',
  '',
  'Operator',
  '',
  'Our first question is from Mary Major.',
  '第一个问题来自 Mary Major。',
  '',
  'Mary Major',
  '',
  'Congratulations on the quarter.',
  '祝贺你们取得了好的季度业绩。',
  '',
  'John Smith, Chief Executive Officer',
  '',
  'Thank you, Mary.',
  '谢谢你，Mary。',
  '',
  'Mary Major',
  '',
  'Thanks.',
].join('\n');

describe('parser on the one-line layout (Name: text)', () => {
  const { transcript } = analyze(COLON);

  it('detects the layout and each turn', () => {
    assert.equal(transcript.layout, 'colon');
    assert.deepEqual(allTurns(transcript).map((t) => t.speaker.name), ['Operator', 'Jane Doe', 'Operator', 'Bob Lee', 'Jane Doe']);
  });

  it('takes the text after the name, and drops the name from the translation', () => {
    const jane = allTurns(transcript)[1];
    assert.equal(jane.speaker.title, 'Chief Financial Officer');
    assert.equal(jane.speaker.role, 'executive');
    assert.equal(jane.paragraphs.length, 2);
    assert.equal(jane.paragraphs[0].english!.text, 'Revenue was $12.5 million, up 8%.');
    assert.equal(jane.paragraphs[0].chinese!.text, '營收為 1,250 萬美元，成長 8%。');
    assert.equal(jane.paragraphs[1].chinese!.text, '我們預計利潤率將會改善。');
    for (const p of jane.paragraphs) {
      assertSpanSlicesBack(COLON, p.english!);
      assertSpanSlicesBack(COLON, p.chinese!);
    }
  });

  it('infers the Q&A and the analyst from the operator hand-over', () => {
    assert.deepEqual(transcript.sections.map((s) => s.kind), ['prepared', 'qa']);
    assert.equal(allTurns(transcript)[3].speaker.role, 'analyst');
  });
});

describe('parser on the name-alone layout, Simplified Chinese, hard-wrapped', () => {
  const { transcript } = analyze(BLOCK);

  it('detects speakers named alone on a line', () => {
    assert.equal(transcript.layout, 'block');
    assert.deepEqual(allTurns(transcript).map((t) => [t.speaker.name, t.speaker.role]), [
      ['Operator', 'operator'],
      ['John Smith', 'executive'],
      ['Operator', 'operator'],
      ['Mary Major', 'analyst'],
      ['John Smith', 'executive'],
      ['Mary Major', 'analyst'],
    ]);
  });

  it('joins wrapped lines of one language into one paragraph', () => {
    const john = allTurns(transcript)[1];
    assert.equal(john.paragraphs.length, 1);
    assert.equal(john.paragraphs[0].english!.text, 'We grew revenue 20% to $2.1 billion\nthis quarter, a record.');
    assert.equal(john.paragraphs[0].chinese!.text, '本季营收增长 20%，达到 21 亿美元，\n创下纪录。');
    assertSpanSlicesBack(BLOCK, john.paragraphs[0].english!);
  });

  it('splits a mixed line and leaves an untranslated reply alone', () => {
    const operator = allTurns(transcript)[0];
    assert.equal(operator.paragraphs[0].english!.text, 'Welcome to the call.');
    assert.equal(operator.paragraphs[0].chinese!.text, '欢迎参加电话会议。');
    const last = allTurns(transcript)[5];
    assert.equal(last.paragraphs[0].chinese, null);
  });

  it('uses the headings for sections', () => {
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.heading]), [['prepared', 'Prepared Remarks'], ['qa', 'Questions and Answers']]);
  });
});

describe('parser on odd input', () => {
  it('returns an empty model for empty and blank text', () => {
    for (const text of ['', '   \n\n\t', '\u3000\r\n']) {
      const { transcript } = analyze(text);
      assert.equal(transcript.sections.length, 0);
      assert.equal(transcript.layout, 'unknown');
    }
  });

  it('reads CRLF and lone CR line endings like LF', () => {
    const lf = analyze(BLOCK).transcript;
    for (const eol of ['\r\n', '\r']) {
      const text = BLOCK.split('\n').join(eol);
      const other = analyze(text).transcript;
      assert.deepEqual(allTurns(other).map((t) => [t.speaker.name, t.range.start.line, t.range.end.line]), allTurns(lf).map((t) => [t.speaker.name, t.range.start.line, t.range.end.line]));
      for (const p of allTurns(other).flatMap((t) => t.paragraphs)) if (p.english) assertSpanSlicesBack(text, p.english);
    }
  });

  it('does not invent turns in prose', () => {
    const prose = 'We had a great quarter. Revenue grew 20%.\n\nThank you - everyone.\n\nGreat - thanks.\n';
    assert.equal(allTurns(analyze(prose).transcript).length, 0);
  });
});

describe('parser on text with no speaker names', () => {
  const PLAIN = [
    'Revenue was $452.2 million, up 12% year over year.',
    '營收為 4.522 億美元，年增 12%。',
    '',
    'We expect revenue to be between $460 million and $470 million.',
    '我們預計營收將在 4.6 億美元至 4.8 億美元之間。',
    '',
    'Thank you all for joining.',
  ].join('\n');

  it('reads one section of paragraphs, so that figures are still checked', () => {
    const { transcript, findings } = analyze(PLAIN);
    assert.equal(transcript.layout, 'plain');
    assert.equal(transcript.frontMatter.length, 0);
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.turns.length, s.paragraphs.length]), [['other', 0, 3]]);
    for (const p of transcript.sections[0].paragraphs) if (p.english) assertSpanSlicesBack(PLAIN, p.english);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('figure-')).map((f) => f.range.start.line), [4], 'the changed high end of the range');
    assert.deepEqual(findings.filter((f) => f.code === 'untranslated').map((f) => f.range.start.line), [6]);
  });

  it('reads a call exported one sentence a line as one English paragraph', () => {
    const { transcript } = analyze('Good morning, everyone.\nRevenue was $452.2 million.\nThank you.\n');
    assert.equal(transcript.layout, 'plain');
    assert.equal(transcript.sections[0].paragraphs.length, 1);
  });
});

describe('transcript detection', () => {
  it('recognises the layouts', () => {
    assert.ok(looksLikeTranscript(COLON));
    assert.ok(looksLikeTranscript(BLOCK));
  });

  it('refuses plain English, plain Chinese and empty text', () => {
    assert.ok(!looksLikeTranscript(''));
    assert.ok(!looksLikeTranscript('Operator: hello\nJane Doe: hi\nOperator: bye\nJane Doe: bye'));
    assert.ok(!looksLikeTranscript('這是一段中文。\n\n沒有英文。'));
  });
});
