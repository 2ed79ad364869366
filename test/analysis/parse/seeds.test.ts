import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { allTurns, type Transcript } from '../../../src/analysis/model';
import { splitLines } from '../../../src/analysis/text';
import { assertRangeInside, assertSpanSlicesBack, readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';

/** Speaker lines of the bulleted seed, found the simple way: a bullet line repeated as its own translation. */
function bulletedSpeakerLines(text: string): Array<[number, string]> {
  const lines = splitLines(text).map((line) => line.text);
  const found: Array<[number, string]> = [];
  lines.forEach((line, i) => {
    const bullet = /^\s*• (.*)$/.exec(line);
    if (bullet && lines[i + 2]?.trim() === bullet[1].trim()) found.push([i + 1, bullet[1].split(' - ')[0].trim()]);
  });
  return found;
}

/** Speaker lines of the interleaved seed: `Name -- …` or `Operator`, before the participants list, not translations. */
function interleavedSpeakerLines(text: string): Array<[number, string]> {
  const lines = splitLines(text).map((line) => line.text);
  const end = lines.findIndex((line) => line.startsWith('Call participants'));
  const found: Array<[number, string]> = [];
  for (let i = 0; i < end; i++) {
    const match = /^([A-Z][a-z]+ [A-Z][a-z]+) -- |^(Operator)(?:\s操作員)?$/.exec(lines[i]);
    const isTranslation = found.length > 0 && found[found.length - 1][0] === i;
    if (match && !isTranslation) found.push([i + 1, match[1] ?? match[2]]);
  }
  return found;
}

function speakerSequence(transcript: Transcript): Array<[number, string]> {
  return allTurns(transcript).map((turn) => [turn.range.start.line + 1, turn.speaker.name]);
}

function roleOf(transcript: Transcript, name: string): string {
  const turn = allTurns(transcript).find((t) => t.speaker.name === name);
  assert.ok(turn, `no turn for ${name}`);
  return turn.speaker.role;
}

function checkRanges(text: string, transcript: Transcript): void {
  for (const section of transcript.sections) {
    for (const turn of section.turns) {
      assertRangeInside(turn.range, section.range);
      assertRangeInside(turn.speakerRange, turn.range);
      for (const paragraph of turn.paragraphs) {
        assertRangeInside(paragraph.range, turn.range);
        if (paragraph.english) assertSpanSlicesBack(text, paragraph.english);
        if (paragraph.chinese) assertSpanSlicesBack(text, paragraph.chinese);
      }
    }
  }
}

describe('parser on the bulleted seed', () => {
  const text = readSeed(SEED_BULLETED);
  const { transcript } = analyze(text);

  it('detects the bulleted layout', () => assert.equal(transcript.layout, 'bulleted'));

  it('finds every speaker turn in order and nothing else', () => {
    const expected = bulletedSpeakerLines(text);
    assert.equal(expected.length, 47);
    assert.deepEqual(speakerSequence(transcript), expected);
  });

  it('has a summary, prepared remarks and Q&A starting at the operator', () => {
    assert.deepEqual(transcript.sections.map((s) => s.kind), ['summary', 'prepared', 'qa']);
    const [summary, prepared, qa] = transcript.sections;
    assert.equal(summary.heading, '內容摘要');
    assert.equal(summary.paragraphs.length, 5);
    assert.ok(summary.paragraphs.every((p) => p.english === null && p.chinese !== null));
    assert.equal(prepared.turns.length, 3);
    assert.equal(qa.headingRange.start.line + 1, 207);
    assert.equal(qa.turns[0].speaker.role, 'operator');
  });

  it('assigns roles from titles and from the Q&A', () => {
    assert.equal(roleOf(transcript, 'Phil Winslow'), 'executive');
    assert.equal(roleOf(transcript, 'Thomas Josef Seifert'), 'executive');
    assert.equal(roleOf(transcript, 'Shaul Eyal'), 'analyst');
    assert.equal(roleOf(transcript, 'Mark Ronald Murphy'), 'analyst');
    assert.equal(roleOf(transcript, 'John Gregory Weidemoyer'), 'analyst');
    assert.equal(roleOf(transcript, 'Operator'), 'operator');
  });

  it('keeps one key per person and the title apart from the name', () => {
    const thomas = allTurns(transcript).filter((t) => t.speaker.key === 'thomas seifert');
    assert.equal(thomas.length, 7);
    assert.ok(thomas.every((t) => t.speaker.name === 'Thomas Josef Seifert' && t.speaker.title === 'CFO'));
  });

  it('pairs each English bullet with the indented translation under it', () => {
    const turn = allTurns(transcript).find((t) => t.range.start.line + 1 === 47)!;
    const first = turn.paragraphs[0];
    assert.ok(first.english!.text.startsWith('Thank you, Phil. We had a strong quarter'));
    assert.ok(first.chinese!.text.startsWith('謝謝你,菲爾。'));
    assert.equal(first.english!.range.start.line + 1, 51);
    assert.equal(first.chinese!.range.start.line + 1, 53);
    const paragraphs = allTurns(transcript).flatMap((t) => t.paragraphs);
    assert.ok(paragraphs.every((p) => p.english && p.chinese), 'every paragraph of this seed is translated');
  });

  it('gives ranges that lie inside their parents and slice back to the text', () => checkRanges(text, transcript));
});

describe('parser on the interleaved seed', () => {
  const text = readSeed(SEED_INTERLEAVED);
  const { transcript } = analyze(text);

  it('detects the interleaved layout', () => assert.equal(transcript.layout, 'interleaved'));

  it('finds every speaker turn in order, skipping translated speaker lines', () => {
    const expected = interleavedSpeakerLines(text);
    assert.equal(expected.length, 61, JSON.stringify(expected));
    assert.deepEqual(speakerSequence(transcript), expected);
  });

  it('reads the headings as sections, and the participants list as participants', () => {
    assert.deepEqual(transcript.sections.map((s) => [s.kind, s.heading, s.headingRange.start.line + 1]), [
      ['prepared', 'Prepared Remarks', 17],
      ['qa', 'Questions & Answers', 192],
      ['participants', 'Call participants', 642],
    ]);
    const participants = transcript.sections[2].participants;
    assert.equal(participants.length, 12);
    assert.deepEqual(participants[4], { ...participants[4], name: 'Matt Hedberg', title: 'Analyst', affiliation: 'RBC Capital Markets' });
    assert.equal(transcript.sections[2].turns.length, 0);
  });

  it('keeps the contents list and title out of the turns', () => {
    const first = allTurns(transcript)[0];
    assert.equal(first.range.start.line + 1, 20);
    assert.ok(transcript.frontMatter.some((p) => p.english?.text === 'Prepared Remarks' && p.chinese?.text === '備註'));
  });

  it('splits English and Chinese sharing one line', () => {
    const paragraphs = allTurns(transcript).flatMap((t) => t.paragraphs);
    const thanks = paragraphs.find((p) => p.english?.text === 'Thank you.' && p.chinese?.text === '謝謝。');
    assert.ok(thanks);
    assert.equal(thanks.english!.range.start.line, thanks.chinese!.range.start.line);
  });

  it('reads titles and firms, and roles', () => {
    const matt = allTurns(transcript).find((t) => t.speaker.name === 'Matt Hedberg')!;
    assert.equal(matt.speaker.title, 'Analyst');
    assert.equal(matt.speaker.affiliation, 'RBC Capital Markets');
    assert.equal(matt.speaker.role, 'analyst');
    assert.equal(roleOf(transcript, 'Mark Anderson'), 'executive');
    assert.equal(roleOf(transcript, 'Phil Winslow'), 'executive');
  });

  it('leaves the untranslated English near the end without a translation', () => {
    const untranslated = allTurns(transcript).flatMap((t) => t.paragraphs).filter((p) => p.english && !p.chinese);
    assert.ok(untranslated.length >= 30, `${untranslated.length}`);
    assert.ok(untranslated.every((p) => p.range.start.line + 1 > 480));
  });

  it('does not count the duration line as speech', () => {
    const all = allTurns(transcript).flatMap((t) => t.paragraphs);
    assert.ok(!all.some((p) => p.english?.text.startsWith('Duration:')));
  });

  it('gives ranges that lie inside their parents and slice back to the text', () => checkRanges(text, transcript));
});
