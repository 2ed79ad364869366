import { strict as assert } from 'assert';
import { isUnnamedSpeaker, parseSpeakerLine, readsAsPersonName, roleFromTitle } from '../../../src/analysis/parse/speakers';

describe('speaker lines', () => {
  it('reads names with titles, firms and markers', () => {
    assert.deepEqual(parseSpeakerLine('John Smith, Chief Executive Officer', false), { name: 'John Smith', title: 'Chief Executive Officer', affiliation: null });
    assert.deepEqual(parseSpeakerLine('Doug Anmuth – JPMorgan', false), { name: 'Doug Anmuth', title: 'JPMorgan', affiliation: null });
    assert.deepEqual(parseSpeakerLine('Matt Hedberg -- RBC Capital Markets -- Analyst', false), { name: 'Matt Hedberg', title: 'Analyst', affiliation: 'RBC Capital Markets' });
    assert.deepEqual(parseSpeakerLine('Q – Judy Hong', true), { name: 'Judy Hong', title: null, affiliation: null });
    assert.deepEqual(parseSpeakerLine('A - James Quincey', true), { name: 'James Quincey', title: null, affiliation: null });
  });

  it('does not take question and answer markers for speakers', () => {
    for (const line of ['Q', 'A', 'Q - How is demand in China?', 'A: We see it improving.', 'Q – judy hong']) assert.equal(parseSpeakerLine(line, true), null, line);
  });

  it('does not take headlines, datelines or a call\'s title line for `Name, Title`', () => {
    for (const line of [
      'Fauci, White House pandemic expert: cautiously optimistic attitude should be held towards vaccine development in early 2021',
      'Tel Aviv, July 25 (Xinhua) -- Reporter in Tel Aviv, Wang Jiong',
      'Meanwhile, China introduced its plan last year: it\'s aiming to be No.1 in AI innovation by 2030.',
      'Lindsey Graham, John Kennedy tell "60 Minutes" whether the investigation could change their minds',
      'Flat, Free Education For Indore Egg Seller Whose Cart Was Overturned Allegedly Over Rs. 100 Bribe',
      'Facebook, Inc. (NASDAQ:FB) Q1 2019 Earnings Conference Call April 24, 2019  5:00 PM ET',
      'Today, I completed my first cross-country flight.',
      "I'm Arnold Donald, President and CEO of Carnival Corporation & plc.",
    ]) assert.equal(parseSpeakerLine(line, true), null, line);
  });

  it('tells a name alone from a heading or a greeting', () => {
    for (const name of ['Phil Winslow', 'Maria Gómez', "Ron O'Hanley", 'Robert A. Iger', 'C.J. Muse', 'Anthony DiClemente', 'Ludwig van Beethoven', 'Jean-Pierre Dupont']) assert.ok(readsAsPersonName(name), name);
    for (const text of ['Financial Highlights', 'Thank You', 'Good Morning Everyone', 'Question-and-Answer Session', 'Wells Fargo', 'NVIDIA Corporation', 'Phil', 'One Two Three Four', 'Revenue Growth']) assert.ok(!readsAsPersonName(text), text);
  });

  it('reads the placeholders of unnamed speakers, with the side their words give', () => {
    const cases: Array<[string, string]> = [
      ['Unidentified Analyst', 'analyst'],
      ['Unknown Analyst', 'analyst'],
      ['Unidentified Company Representative', 'executive'],
      ['Unidentified Corporate Participant', 'executive'],
      ['Unknown Executive', 'executive'],
      ['Unknown Speaker', 'unknown'],
      ['Unidentified Participant', 'unknown'],
      ['Unidentified Audience Member', 'unknown'],
    ];
    for (const [line, role] of cases) {
      // Recognised even where bare names are not (a bulleted layout, the layout detection).
      assert.deepEqual(parseSpeakerLine(line, false), { name: line, title: null, affiliation: null }, line);
      assert.deepEqual(parseSpeakerLine(`${line}:`, false), { name: line, title: null, affiliation: null }, `${line}:`);
      assert.equal(roleFromTitle(line, null, null), role, line);
    }
    assert.equal(parseSpeakerLine('UNIDENTIFIED ANALYST', false)?.name, 'UNIDENTIFIED ANALYST');
    // With a firm after it, the firm is the title and the role still comes from the placeholder.
    const withFirm = parseSpeakerLine('Unidentified Analyst - Big Bank', false);
    assert.deepEqual(withFirm, { name: 'Unidentified Analyst', title: 'Big Bank', affiliation: null });
    assert.equal(roleFromTitle(withFirm!.name, withFirm!.title, withFirm!.affiliation), 'analyst');
  });

  it('does not take prose about unnamed people, or other Unknown lines, for speakers', () => {
    for (const line of [
      'Unidentified analysts expect the merger to close.',
      'Unknown Speaker said that revenue grew.',
      'Unknown',
      'Unidentified',
      'Unknown Risks',
      'Unidentified Company Representatives', // a list heading, not one speaker
      'An unidentified analyst asked about margins.',
    ]) {
      assert.equal(parseSpeakerLine(line, false), null, line);
      assert.ok(!isUnnamedSpeaker(line), line);
    }
  });

  it('reads the operator under the names calls give it', () => {
    for (const line of ['Operator', 'OPERATOR', 'Operator:', 'Conference Operator', 'Conference Call Operator', 'Coordinator', 'Moderator']) {
      const read = parseSpeakerLine(line, false);
      assert.ok(read, line);
      assert.equal(roleFromTitle(read.name, read.title, read.affiliation), 'operator', line);
    }
    for (const line of ['Operator Instructions', 'Operator, next question please.', '[Operator Instructions]']) assert.equal(parseSpeakerLine(line, false), null, line);
  });
});
