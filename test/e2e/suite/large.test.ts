// A transcript of several megabytes in the real editor: the extension analyses it in slices (many
// turns of the extension host's event loop) and after an edit reuses the unchanged paragraphs' work.
// What it shows must equal one whole analysis of the same text by the core.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../../../src/analysis/analyze';
import { allTurns } from '../../../src/analysis/model';
import { openAsTranscript, scratchFolder, seedUri, SEED_INTERLEAVED, turnsOf, waitFor } from './helpers';

const SOURCE = 'transcript-review';
/** Copies of the seed: about 2.4 million characters, far more than one slice of work. */
const COPIES = 30;
const TIMEOUT_MS = 90_000;

/** `code@line:column`, 1-based, sorted. */
function expected(analysis: Analysis): string[] {
  return analysis.findings.map((f) => `${f.code}@${f.range.start.line + 1}:${f.range.start.character + 1}`).sort();
}

function shown(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)}@${d.range.start.line + 1}:${d.range.start.character + 1}`)
    .sort();
}

function sameDiagnostics(uri: vscode.Uri, want: string[], what: string): Promise<true> {
  return waitFor(what, () => (JSON.stringify(shown(uri)) === JSON.stringify(want) ? true : undefined), TIMEOUT_MS).catch((error: Error) => {
    throw new Error(`${error.message}: ${shown(uri).length} diagnostics shown, ${want.length} expected`);
  });
}

describe('a transcript of several megabytes', function () {
  this.timeout(TIMEOUT_MS * 3);
  let uri: vscode.Uri;

  before(() => {
    const seed = fs.readFileSync(seedUri(SEED_INTERLEAVED).fsPath, 'utf8');
    uri = vscode.Uri.joinPath(scratchFolder(), 'large.transcript');
    fs.writeFileSync(uri.fsPath, Array.from({ length: COPIES }, () => seed).join('\n'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(uri.fsPath, { force: true });
  });

  it('gets the same outline and diagnostics as one whole analysis, and again after an edit in the middle', async () => {
    const document = await openAsTranscript(uri, TIMEOUT_MS);
    const whole = analyze(document.getText());
    assert.ok(document.getText().length > 2_000_000, `${document.getText().length} characters`);
    await sameDiagnostics(uri, expected(whole), 'the diagnostics of the whole document');
    const symbols = await waitFor('the outline', async () => {
      const list = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      return list && list.length > 0 ? list : undefined;
    }, TIMEOUT_MS);
    assert.equal(turnsOf(symbols).length, allTurns(whole.transcript).length);

    // A figure changed in the middle of the document: only that paragraph's findings change.
    const middle = document.positionAt(document.getText().indexOf('3.786 億美元', document.getText().length >> 1));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(middle, middle.translate(0, 5)), '3.876');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = analyze(document.getText());
    const after = expected(edited);
    assert.equal(after.length, expected(whole).length + 1, 'the edit adds one finding');
    await sameDiagnostics(uri, after, 'the diagnostics after the edit');
  });
});
