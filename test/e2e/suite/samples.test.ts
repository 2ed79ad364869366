// "Transcript Review: Open Sample Transcript": each bundled seed opens as a new untitled transcript
// with the seed's text (also when VS Code reuses a just-discarded untitled name), gets its
// diagnostics, and takes the walkthrough's quick fix without the bundled file ever changing.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LANGUAGE_ID, SEED_BULLETED, SEED_INTERLEAVED, sleep, waitFor } from './helpers';

const OPEN_SAMPLE = 'transcriptReview.openSample';
/** The development extension's folder, from `out/test/e2e/suite/<file>.js`; its `seeds/` is what the command reads. */
const BUNDLED_SEEDS = path.resolve(__dirname, '..', '..', '..', '..', 'seeds');

function bundledText(name: string): string {
  return fs.readFileSync(path.join(BUNDLED_SEEDS, name), 'utf8');
}

function untitledTranscripts(): vscode.TextDocument[] {
  return vscode.workspace.textDocuments.filter((document) => document.uri.scheme === 'untitled' && document.languageId === LANGUAGE_ID);
}

/** `code@line` (1-based) of our diagnostics, once `ready` accepts them. */
function diagnosticsWhen(uri: vscode.Uri, what: string, ready: (found: string[]) => boolean): Promise<string[]> {
  return waitFor(what, () => {
    const found = vscode.languages.getDiagnostics(uri)
      .filter((diagnostic) => diagnostic.source === 'transcript-review')
      .map((diagnostic) => `${typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code}@${diagnostic.range.start.line + 1}`);
    return ready(found) ? found : undefined;
  });
}

/**
 * Untitled samples are dirty: revert before closing so no save prompt blocks the run. Done once at
 * the end; reopening a just-discarded `Untitled-N` has its own test.
 */
async function discardUntitledTranscripts(): Promise<void> {
  for (const document of untitledTranscripts()) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

describe('Open Sample Transcript', () => {
  after(discardUntitledTranscripts);

  const expectations: Array<[string, string]> = [
    [SEED_INTERLEAVED, 'figure-extra@204'],
    [SEED_BULLETED, 'translation-truncated@169'],
  ];
  for (const [seed, finding] of expectations) {
    it(`opens ${seed} as an untitled transcript with the seed's text and its ${finding} diagnostic`, async () => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(OPEN_SAMPLE, seed);
      assert.ok(document, 'the command returned no document');
      assert.equal(document.uri.scheme, 'untitled');
      assert.equal(document.languageId, LANGUAGE_ID);
      assert.equal(document.getText(), bundledText(seed));
      assert.equal(vscode.window.activeTextEditor?.document, document, 'the sample is shown in the active editor');
      await diagnosticsWhen(document.uri, `${finding} on the sample`, (found) => found.includes(finding));
    });
  }

  it('takes the walkthrough quick fix on line 44 of the Q1 2024 sample and leaves the bundled seed unchanged', async () => {
    const original = bundledText(SEED_INTERLEAVED);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(OPEN_SAMPLE, SEED_INTERLEAVED);
    assert.ok(document);
    const line = document.lineAt(43);
    const start = line.text.indexOf('3.786 億美元');
    assert.ok(start >= 0, `line 44 of ${document.uri.toString()} (${document.lineCount} lines, version ${document.version}, ${document.getText().length} chars) no longer holds 3.786 億美元: ${line.text.slice(0, 60)}`);

    // The walkthrough: write 3.876 for 3.786, an error appears, its quick fix puts 3.786 back.
    const broken = new vscode.WorkspaceEdit();
    broken.replace(document.uri, new vscode.Range(43, start, 43, start + 5), '3.876');
    assert.ok(await vscode.workspace.applyEdit(broken), 'applyEdit refused the edit');
    await diagnosticsWhen(document.uri, 'figure-mismatch on line 44', (found) => found.includes('figure-mismatch@44'));
    const mismatch = vscode.languages.getDiagnostics(document.uri).find((d) => d.range.start.line === 43 && d.source === 'transcript-review')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const replace = actions.find((action) => action.isPreferred && action.edit);
    assert.ok(replace?.edit, `no preferred fix among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(replace.title, 'Replace with “3.786 億美元”');
    assert.ok(await vscode.workspace.applyEdit(replace.edit), 'applyEdit refused the quick fix');

    assert.equal(document.getText(), original, 'the fix restores the sample exactly');
    await diagnosticsWhen(document.uri, 'the figure-mismatch to go', (found) => !found.includes('figure-mismatch@44'));
    assert.equal(bundledText(SEED_INTERLEAVED), original, 'the bundled seed was not touched');
  });

  it('opens the sample asked for right after another was discarded (VS Code reuses the untitled name)', async () => {
    for (const [seed, finding] of [...expectations, ...expectations]) {
      const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(OPEN_SAMPLE, seed);
      assert.ok(document);
      assert.equal(document.getText(), bundledText(seed), `${seed} opened as ${document.uri.toString()} with another text`);
      await diagnosticsWhen(document.uri, `${finding} on the sample`, (found) => found.includes(finding));
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(`${document.uri.toString()} to close`, () => (document.isClosed ? true : undefined));
    }
  });

  it('offers a list for a name it does not know, and opens nothing when the list is dismissed', async () => {
    const before = untitledTranscripts().length;
    let settled = false;
    const result = Promise.resolve(vscode.commands.executeCommand<vscode.TextDocument | undefined>(OPEN_SAMPLE, '../package.json')).finally(() => {
      settled = true;
    });
    // Dismiss the quick pick once it is up (closing before it shows does nothing, so repeat).
    await waitFor('the sample list to be dismissed', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await sleep(100);
      return settled ? true : undefined;
    });
    assert.equal(await result, undefined);
    assert.equal(untitledTranscripts().length, before, 'an untitled transcript was opened');
  });
});
