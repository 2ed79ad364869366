// Translation problems in the Problems view, hovers and quick fixes, in a real editor.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { openAsTranscript, scratchFolder, SEED_BULLETED, SEED_INTERLEAVED, seedUri, waitFor } from './helpers';

const OURS = 'transcript-review';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === OURS);
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

function waitForDiagnostics(uri: vscode.Uri, what: (all: vscode.Diagnostic[]) => boolean, label: string): Promise<vscode.Diagnostic[]> {
  return waitFor(label, () => {
    const all = ours(uri);
    return what(all) ? all : undefined;
  });
}

describe('translation problems', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows "the quarter" rendered as 四分之一 as figure-extra, linked to the English, and the untranslated tail', async () => {
    const uri = seedUri(SEED_INTERLEAVED);
    const document = await openAsTranscript(uri);
    const all = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'figure-extra'), 'figure diagnostics of seed 002');
    const extra = all.find((d) => codeOf(d) === 'figure-extra')!;
    assert.equal(extra.range.start.line + 1, 204);
    assert.equal(document.getText(extra.range), '四分之一');
    assert.equal(extra.relatedInformation?.[0].location.range.start.line, 202);
    const untranslated = all.filter((d) => codeOf(d) === 'untranslated');
    assert.ok(untranslated.length > 20 && untranslated.every((d) => d.range.start.line + 1 > 480));
    assert.equal(untranslated[0].severity, vscode.DiagnosticSeverity.Information);
  });

  it('shows the truncated translations of the bulleted seed', async () => {
    const uri = seedUri(SEED_BULLETED);
    await openAsTranscript(uri);
    const all = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'translation-truncated'), 'diagnostics of seed 000');
    assert.deepEqual(all.filter((d) => codeOf(d) === 'translation-truncated').map((d) => d.range.start.line + 1), [169, 197, 305]);
  });

  it('hovers a figure with its value and its counterpart', async () => {
    const uri = seedUri(SEED_INTERLEAVED);
    const document = await openAsTranscript(uri);
    const position = document.positionAt(document.getText().indexOf('$378.6 million') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /378,600,000/);
    assert.match(text, /3\\?\.786/);
  });

  it('fixes a wrong Chinese figure with the quick fix, and marks another as reviewed without touching the text', async () => {
    const file = vscode.Uri.joinPath(scratchFolder(), 'quick-fix.transcript');
    const content = [
      'Operator: Welcome to the call.',
      '接線員：歡迎參加電話會議。',
      'Jane Doe (CFO): We achieved revenue of $308.5 million, up 32% year-over-year.',
      '珍·多伊：我們實現營收 3.85 億美元，年增 32%。',
      'Jane Doe (CFO): Operating income was $20.3 million.',
      '珍·多伊：營業收入為 203 萬美元。',
    ].join('\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
    const document = await openAsTranscript(file);
    const all = await waitForDiagnostics(file, (d) => d.length >= 2, 'two figure diagnostics');
    const mismatch = all.find((d) => codeOf(d) === 'figure-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, mismatch.range);
    const replace = actions.find((a) => a.edit && a.title.includes('3.085 億美元'));
    assert.ok(replace, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(replace.edit!));
    assert.equal(document.lineAt(3).text, '珍·多伊：我們實現營收 3.085 億美元，年增 32%。');
    await waitForDiagnostics(file, (d) => !d.some((x) => codeOf(x) === 'figure-mismatch'), 'the fixed diagnostic to go');

    const scale = ours(file).find((d) => codeOf(d) === 'figure-scale')!;
    const review = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, scale.range)).find((a) => a.command?.command === 'transcriptReview.markReviewed');
    assert.ok(review);
    const before = document.getText();
    await vscode.commands.executeCommand(review.command!.command, ...(review.command!.arguments ?? []));
    await waitForDiagnostics(file, (d) => !d.some((x) => codeOf(x) === 'figure-scale'), 'the reviewed diagnostic to go');
    assert.equal(document.getText(), before);
    const sidecar = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file.with({ path: `${file.path}.review.json` }))));
    assert.equal(sidecar.reviewed.length, 1);
    assert.equal(sidecar.reviewed[0].code, 'figure-scale');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
