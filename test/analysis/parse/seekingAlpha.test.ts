import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { allTurns, type Transcript } from '../../../src/analysis/model';
import { assertSpanSlicesBack } from '../../support/helpers';

// Self-written calls in the layouts Seeking Alpha publishes: lists of participants at the top, every
// paragraph on one line with no blank line between, speakers named alone (or `Name - Firm`).
const NAME_ALONE = [
  'Acme Corp. (NYSE:ACME) Q2 2018 Earnings Conference Call July 24, 2018  9:00 AM ET',
  'Executives',
  'Jane Roe – Director of Investor Relations',
  'Sam Poe – President and Chief Executive Officer',
  'Analysts',
  'Lee Moe – Big Bank',
  'Kim Doe – Small Securities',
  'Operator',
  'Good morning. Welcome to the Acme second quarter 2018 earnings call. [Operator Instructions]',
  'Jane Roe',
  'Thank you. Joining me today is our CEO, Sam Poe.',
  'Sam Poe',
  'Thanks, Jane. Revenue was $1.2 billion, up 8%.',
  'Question-and-Answer Session',
  'Operator',
  'Our first question comes from Lee Moe with Big Bank.',
  'Lee Moe',
  'Thanks. How is demand?',
  'Sam Poe',
  'Demand is strong.',
  'Operator',
  'Our next question comes from Kim Doe with Small Securities.',
  'Q – Kim Doe',
  'Can you talk about margins?',
  'A – Sam Poe',
  'Margins improved.',
  'Operator',
  'Kim Doe.',
  'Kim Doe',
  'Thanks again.',
].join('\n');

const NAME_FIRM = [
  'Acme Inc. (NASDAQ:ACME) Q1 2019 Earnings Conference Call April 24, 2019  5:00 PM ET',
  'Company Participants',
  'Jane Roe - Acme Inc.',
  'Sam Poe - Acme Inc.',
  'Conference Call Participants',
  'Lee Moe - Big Bank LLC',
  'Operator',
  'Good afternoon, and welcome to the call.',
  'Jane Roe - Acme Inc.',
  'Thank you, and welcome.',
  'Sam Poe - Acme Inc.',
  'Revenue was $2.0 billion.',
  'Question-and-Answer Session',
  'Operator',
  'Our first question comes from Lee Moe.',
  'Lee Moe - Big Bank LLC',
  'How is demand?',
  'Sam Poe - Acme Inc.',
  'Strong.',
].join('\n');

const turnsOf = (transcript: Transcript) => allTurns(transcript).map((turn) => [turn.speakerRange.start.line, turn.speaker.name, turn.speaker.role]);

describe('parser on Seeking Alpha transcripts, speakers named alone', () => {
  const { transcript } = analyze(NAME_ALONE);

  it('reads the two lists as one section of call participants, not as turns', () => {
    assert.equal(transcript.layout, 'block');
    const [participants] = transcript.sections;
    assert.equal(participants.kind, 'participants');
    assert.equal(participants.heading, null, 'labelled by its kind: Call Participants');
    assert.equal(participants.headingRange.start.line, 1);
    assert.deepEqual(participants.participants.map((p) => [p.name, p.title]), [
      ['Jane Roe', 'Director of Investor Relations'],
      ['Sam Poe', 'President and Chief Executive Officer'],
      ['Lee Moe', 'Big Bank'],
      ['Kim Doe', 'Small Securities'],
    ]);
    assert.equal(participants.turns.length, 0);
  });

  it('finds the real first turns, the Q&A heading, and the speakers behind Q and A markers', () => {
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.heading]), [['participants', null], ['prepared', null], ['qa', 'Question-and-Answer Session']]);
    assert.deepEqual(turnsOf(transcript), [
      [7, 'Operator', 'operator'],
      [9, 'Jane Roe', 'executive'],
      [11, 'Sam Poe', 'executive'],
      [14, 'Operator', 'operator'],
      [16, 'Lee Moe', 'analyst'],
      [18, 'Sam Poe', 'executive'],
      [20, 'Operator', 'operator'],
      [22, 'Kim Doe', 'analyst'],
      [24, 'Sam Poe', 'executive'],
      [26, 'Operator', 'operator'],
      [28, 'Kim Doe', 'analyst'],
    ]);
  });

  it('keeps the title line out of the turns, and a name the operator says inside the operator turn', () => {
    assert.equal(transcript.frontMatter.length, 1);
    const operator = allTurns(transcript)[9];
    assert.deepEqual(operator.paragraphs.map((p) => p.english?.text), ['Kim Doe.']);
    for (const turn of allTurns(transcript)) for (const p of turn.paragraphs) assertSpanSlicesBack(NAME_ALONE, p.english!);
  });

  it('reads the same with blank lines between the paragraphs, indented list entries and CRLF line endings', () => {
    // As Seeking Alpha writes them since about 2020: ` Colette Kress - EVP & CFO`, a blank line after each paragraph.
    const spaced = NAME_ALONE.split('\n').map((line) => (/ – /.test(line) ? ` ${line}` : line)).join('\r\n\r\n');
    const read = analyze(spaced).transcript;
    assert.deepEqual(turnsOf(read).map(([line, name]) => [line, name]), turnsOf(transcript).map(([line, name]) => [(line as number) * 2, name]));
    assert.deepEqual(read.sections[0].participants.map((p) => p.name), ['Jane Roe', 'Sam Poe', 'Lee Moe', 'Kim Doe']);
  });
});

describe('parser on Seeking Alpha transcripts, speakers as `Name - Firm`', () => {
  const { transcript } = analyze(NAME_FIRM);

  it('ends the lists at the first turn and reads each `Name - Firm` line after it as a turn', () => {
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.participants.length, s.turns.length]), [['participants', 3, 0], ['prepared', 0, 3], ['qa', 0, 3]]);
    assert.deepEqual(turnsOf(transcript), [
      [6, 'Operator', 'operator'],
      [8, 'Jane Roe', 'executive'],
      [10, 'Sam Poe', 'executive'],
      [13, 'Operator', 'operator'],
      [15, 'Lee Moe', 'analyst'],
      [17, 'Sam Poe', 'executive'],
    ]);
  });
});

describe('parser on a speaker named alone with nothing else to confirm them', () => {
  const BLOCK = [
    'Prepared Remarks',
    '',
    'Operator',
    '',
    'Good day, and welcome to the call.',
    '',
    'Phil Winslow',
    '',
    'Thank you for joining us today. Revenue grew 20% to $2.1 billion.',
    '',
    'Maria Gómez',
    '',
    'Thanks, Phil. Margins improved by 200 basis points.',
    '',
    'Financial Highlights',
    '',
    'Our cash flow was a record this quarter, thanks to',
    'John Smith',
    'and his team.',
    'Our cash flow was a record again.',
    'Jane Doe',
    'and her team delivered it.',
  ].join('\n');

  it('takes a short capitalised name followed by a paragraph as a speaker', () => {
    const { transcript } = analyze(BLOCK);
    assert.deepEqual(allTurns(transcript).map((t) => [t.speakerRange.start.line, t.speaker.name]), [
      [2, 'Operator'],
      [6, 'Phil Winslow'],
      [10, 'Maria Gómez'],
    ]);
  });

  it('not a heading-like line, nor a name inside a wrapped sentence', () => {
    const { transcript } = analyze(BLOCK);
    const maria = allTurns(transcript)[2];
    assert.deepEqual(maria.paragraphs.map((p) => p.english?.text), [
      'Thanks, Phil. Margins improved by 200 basis points.',
      'Financial Highlights',
      'Our cash flow was a record this quarter, thanks to\nJohn Smith\nand his team.\nOur cash flow was a record again.\nJane Doe\nand her team delivered it.',
    ]);
  });

  it('invents no turns in prose with capitalised lines of its own', () => {
    const prose = ['Quarterly Update', '', 'Revenue grew 20% this quarter.', '', 'Thank You', '', 'We appreciate your support.', '', 'Good Morning Everyone', '', 'Sales were strong.'].join('\n');
    assert.equal(allTurns(analyze(prose).transcript).length, 0);
  });
});

describe('parser on Seeking Alpha transcripts, speakers left unnamed', () => {
  const UNNAMED = [
    'Acme Corp. (NYSE:ACME) Q3 2018 Earnings Conference Call October 24, 2018  8:00 AM ET',
    'Executives',
    'Sam Poe - Chief Executive Officer',
    'Analysts',
    'Lee Moe - Big Bank',
    'Conference Operator',
    'Good morning, and welcome to the Acme third quarter call.',
    'Sam Poe',
    'Thank you. Revenue was $1.4 billion, up 9%.',
    'Question-and-Answer Session',
    'Conference Operator',
    'Our first question comes from the line of Lee Moe.',
    'Unidentified Analyst',
    'Hi, this is Ann on for Lee. How is demand?',
    'Sam Poe',
    'Demand is strong. Do you want to add anything?',
    'Unidentified Company Representative',
    'Only that the new stores opened on time.',
    'Conference Operator',
    'Our next question comes from Kim Doe.',
    'Unknown Speaker',
    'Yes, thank you. What about margins?',
    'Sam Poe',
    'Margins improved.',
  ].join('\n');
  const { transcript } = analyze(UNNAMED);

  it('takes the placeholders for speakers, on the side their words or the call give them', () => {
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.turns.length]), [['participants', 0], ['prepared', 2], ['qa', 7]]);
    assert.deepEqual(turnsOf(transcript), [
      [5, 'Conference Operator', 'operator'],
      [7, 'Sam Poe', 'executive'],
      [10, 'Conference Operator', 'operator'],
      [12, 'Unidentified Analyst', 'analyst'],
      [14, 'Sam Poe', 'executive'],
      [16, 'Unidentified Company Representative', 'executive'],
      [18, 'Conference Operator', 'operator'],
      // `Unknown Speaker` says no side; asked in by the operator in the Q&A, the call makes it an analyst.
      [20, 'Unknown Speaker', 'analyst'],
      [22, 'Sam Poe', 'executive'],
    ]);
  });

  it('keeps each placeholder line out of the turn before it', () => {
    const sam = allTurns(transcript)[4];
    assert.deepEqual(sam.paragraphs.map((p) => p.english?.text), ['Demand is strong. Do you want to add anything?']);
    const unnamed = allTurns(transcript)[5];
    assert.deepEqual(unnamed.paragraphs.map((p) => p.english?.text), ['Only that the new stores opened on time.']);
  });

  it('takes `Unknown Speaker` in the prepared remarks for the company, as any speaker there', () => {
    const text = ['Prepared Remarks', '', 'Operator', '', 'Welcome to the call.', '', 'Unknown Speaker', '', 'Thank you for joining us.'].join('\n');
    assert.deepEqual(turnsOf(analyze(text).transcript), [[2, 'Operator', 'operator'], [6, 'Unknown Speaker', 'executive']]);
  });
});
