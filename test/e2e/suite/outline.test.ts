// The outline (document symbols), folding and language auto-detection, in a real editor.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import {
  describeOutline,
  documentSymbols,
  foldingRanges,
  isParticipantsSection,
  LANGUAGE_ID,
  openAsTranscript,
  openDocument,
  scratchFolder,
  SEED_BULLETED,
  SEED_INTERLEAVED,
  seedUri,
  sleep,
  turnsOf,
  waitForSymbols,
} from './helpers';

/** Expectations per seed; loose where the extension's output is still settling. */
const SEEDS = [
  // 000: bulleted layout, a Chinese summary then 47 turns (the unit tests pin the exact count).
  { name: SEED_BULLETED, minTurns: 40 },
  // 002: interleaved layout, 61 turns, headings in English, a participants list at the end.
  { name: SEED_INTERLEAVED, minTurns: 50 },
];

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('outline of the seeds', () => {
  afterEach(closeAllEditors);

  for (const seed of SEEDS) {
    describe(seed.name, () => {
      let uri: vscode.Uri;
      let sections: vscode.DocumentSymbol[];

      before(async () => {
        uri = seedUri(seed.name);
        const document = await openAsTranscript(uri);
        assert.equal(document.languageId, LANGUAGE_ID);
        sections = await waitForSymbols(uri);
        console.log(`    outline: ${describeOutline(sections)}`);
      });

      it('switches the .txt file to the transcript mode and has sections', () => {
        assert.ok(sections.length >= 1, 'no sections');
        for (const section of sections) {
          assert.ok(section.name.trim(), 'a section without a name');
          assert.ok(section.range.contains(section.selectionRange), `selection range of "${section.name}" outside its range`);
        }
      });

      it(`has more than ${seed.minTurns} speaker turns, each with a name inside its section`, () => {
        const turns = turnsOf(sections);
        assert.ok(turns.length > seed.minTurns, `${turns.length} turns: ${describeOutline(sections)}`);
        for (const section of sections) {
          for (const turn of section.children) {
            assert.ok(turn.name.trim(), `a nameless child in "${section.name}"`);
            assert.ok(section.range.contains(turn.range), `"${turn.name}" (line ${turn.range.start.line + 1}) lies outside "${section.name}"`);
          }
        }
      });

      it('has folding ranges', async () => {
        const ranges = await foldingRanges(uri);
        assert.ok(ranges.length > 0, 'no folding ranges');
        const lineCount = openDocument(uri)!.lineCount;
        for (const range of ranges) {
          assert.ok(range.start < range.end && range.end < lineCount, `bad folding range ${range.start}-${range.end}`);
        }
        const turns = turnsOf(sections).length;
        assert.ok(ranges.length >= turns / 2, `only ${ranges.length} folding ranges for ${turns} turns`);
      });
    });
  }

  describe(`${SEED_INTERLEAVED} in detail`, () => {
    let sections: vscode.DocumentSymbol[];

    before(async () => {
      const uri = seedUri(SEED_INTERLEAVED);
      await openAsTranscript(uri);
      sections = await waitForSymbols(uri);
    });

    it('has prepared remarks, questions and answers, and the participants', () => {
      const names = sections.map((section) => section.name);
      assert.ok(names.some((name) => /Prepared Remarks/i.test(name)), `sections: ${names.join(' | ')}`);
      assert.ok(names.some((name) => /Question/i.test(name)), `sections: ${names.join(' | ')}`);
      assert.ok(sections.some(isParticipantsSection), `sections: ${names.join(' | ')}`);
      const prepared = names.findIndex((name) => /Prepared Remarks/i.test(name));
      const qa = names.findIndex((name) => /Question/i.test(name));
      assert.ok(prepared < qa, 'prepared remarks come before the Q&A');
    });

    it('starts with the operator', () => {
      const first = turnsOf(sections)[0];
      assert.ok(first, 'no turns');
      assert.equal(first.name, 'Operator');
      assert.equal(first.range.start.line, 19, 'the first turn starts on line 20');
    });

    it('names the analyst Matt Hedberg with his title', () => {
      const matt = turnsOf(sections).find((turn) => turn.name === 'Matt Hedberg');
      assert.ok(matt, `no turn named Matt Hedberg among ${[...new Set(turnsOf(sections).map((t) => t.name))].join(', ')}`);
      assert.match(matt.detail, /Analyst/, `detail: "${matt.detail}"`);
    });

    it('gives speaker turns and sections different symbol kinds', () => {
      const turnKinds = new Set(turnsOf(sections).map((turn) => turn.kind));
      const sectionKinds = new Set(sections.map((section) => section.kind));
      for (const kind of turnKinds) assert.ok(!sectionKinds.has(kind), `kind ${vscode.SymbolKind[kind]} used for sections and turns`);
    });
  });
});

describe('transcript language mode', () => {
  const created: vscode.Uri[] = [];

  afterEach(closeAllEditors);
  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('gives a *.transcript file the transcript mode and an outline', async () => {
    const seed = await vscode.workspace.fs.readFile(seedUri(SEED_INTERLEAVED));
    const uri = vscode.Uri.joinPath(scratchFolder(), `e2e-${Date.now()}.transcript`);
    await vscode.workspace.fs.writeFile(uri, seed);
    created.push(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, LANGUAGE_ID, 'a .transcript file opens in the transcript mode');
    await vscode.window.showTextDocument(document);
    const sections = await waitForSymbols(uri);
    assert.ok(turnsOf(sections).length > 50, describeOutline(sections));
  });

  it('gives an untitled transcript document an outline', async () => {
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED_BULLETED)));
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
    await vscode.window.showTextDocument(document);
    const sections = await waitForSymbols(document.uri);
    assert.ok(turnsOf(sections).length > 40, describeOutline(sections));
  });

  it('leaves ordinary plain text alone', async () => {
    const uri = vscode.Uri.joinPath(scratchFolder(), `e2e-${Date.now()}-notes.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Shopping list\n\nEggs\nMilk\n雞蛋\n牛奶\n'));
    created.push(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await sleep(1500);
    assert.equal(openDocument(uri)?.languageId, 'plaintext');
    assert.deepEqual(await documentSymbols(uri), []);
  });
});
