// The extension's features in VS Code for the Web, asked through VS Code's API the way the editor
// asks them, and compared with the CLI (run by the runner with Node on the same seeds).
import * as vscode from 'vscode';
import * as assert from './assert';
import {
  askRunner,
  cliOutput,
  closeAllEditors,
  codeOf,
  diagnosticsWhen,
  LANGUAGE_ID,
  openAsTranscript,
  ours,
  readJson,
  SEED_BULLETED,
  SEED_INTERLEAVED,
  seedUri,
  waitFor,
  where,
  workspaceFolder,
} from './helpers';

const PANEL_VIEW_TYPE = 'transcriptReview.panel';

async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor(`document symbols of ${uri.path}`, async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1'); // hovers escape Markdown punctuation (`3\.786`)
}

describe('features in VS Code for the Web', () => {
  afterEach(closeAllEditors);

  for (const seed of [SEED_BULLETED, SEED_INTERLEAVED]) {
    describe(seed, () => {
      let uri: vscode.Uri;
      before(async () => {
        uri = seedUri(seed);
        await openAsTranscript(uri);
      });

      it('has the outline of `transcript-review outline`: the same sections, speakers and lines', async () => {
        const { outline } = await cliOutput(seed);
        const sections = await documentSymbols(uri);
        const turns = sections.flatMap((section) => section.children.filter((child) => child.kind === vscode.SymbolKind.Event));
        const expected = outline.sections.flatMap((section) => section.turns.map((turn) => `${turn.speaker}@${turn.line}`));
        assert.ok(expected.length > 40, `the CLI found only ${expected.length} turns`);
        assert.deepEqual(sections.map((section) => section.selectionRange.start.line + 1), outline.sections.map((section) => section.line), 'section lines');
        assert.deepEqual(turns.map((turn) => `${turn.name}@${turn.selectionRange.start.line + 1}`), expected, 'turns');
      });

      it('has the diagnostics of `transcript-review check`: the same codes, lines and columns', async () => {
        const { check } = await cliOutput(seed);
        const expected = check.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`).sort();
        assert.ok(expected.length > 0, 'the CLI found nothing to compare with');
        const actual = await diagnosticsWhen(uri, `${expected.length} diagnostics`, (list) => list.length === expected.length);
        assert.deepEqual(actual.map(where).sort(), expected);
      });
    });
  }

  describe(`${SEED_INTERLEAVED} in the editor`, () => {
    let uri: vscode.Uri;
    let document: vscode.TextDocument;
    before(async () => {
      uri = seedUri(SEED_INTERLEAVED);
      document = await openAsTranscript(uri);
    });

    it('hovers $378.6 million with its value and its Chinese counterpart 3.786 億美元', async () => {
      const offset = document.getText().indexOf('$378.6 million');
      assert.ok(offset >= 0, '$378.6 million not found in the seed');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 3));
      const shown = hoverText(hovers);
      assert.match(shown, /378,600,000/, 'hover');
      assert.match(shown, /3\.786 億美元/, 'hover');
      const ranged = hovers.find((hover) => hover.range);
      assert.ok(ranged?.range, 'the hover has a range');
      assert.equal(document.getText(ranged.range), '$378.6 million');
    });

    it('colours the text with the transcript grammar: a figure is a token of its own', async () => {
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      assert.equal(editor.document.languageId, LANGUAGE_ID);
      const figure = '$378.6 million';
      const position = document.positionAt(document.getText().indexOf(figure));
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      // The runner reads the rendered line: one span per token, its class naming the token's colour.
      const spans = await askRunner<Array<{ text: string; className: string }>>('tokens', { text: figure });
      const figureSpan = spans.find((span) => span.text.includes('378.6'));
      assert.ok(figureSpan && figure.includes(figureSpan.text.trim()), `no token within "${figure}" among ${JSON.stringify(spans)}`);
      const words = spans.filter((span) => /[A-Za-z]{3}/.test(span.text) && !/\d/.test(span.text));
      assert.ok(words.length > 0, `no plain English token among ${JSON.stringify(spans)}`);
      assert.ok(words.every((span) => span.className !== figureSpan.className), `the figure has the colour of the text: ${JSON.stringify(spans)}`);
    });

    it('opens the review panel as a webview that shows the key figures', async () => {
      const panelTabs = () => vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PANEL_VIEW_TYPE));
      assert.equal(panelTabs().length, 0, 'a panel is open before the command');
      await vscode.commands.executeCommand('transcriptReview.openPanel');
      const [tab] = await waitFor('the review panel tab', () => (panelTabs().length > 0 ? panelTabs() : undefined));
      assert.equal(tab.label, `Review: ${SEED_INTERLEAVED}`);
      const rendered = await askRunner<{ figures: string[] }>('panel', {});
      assert.ok(rendered.figures.some((row) => row.includes('Revenue') && row.includes('$378.6 million') && row.includes('3.786 億美元')),
        `key figures in the webview: ${JSON.stringify(rendered.figures)}`);
    });
  });

  describe('quick fixes on a copy of seed 002 with a wrong figure', () => {
    // The first 3.786 億美元 (for $378.6 million) becomes 3.876 億美元: the fix must write the original back.
    const RIGHT = '3.786 億美元';
    const WRONG = '3.876 億美元';
    let original: string;
    let file: vscode.Uri;
    let sidecar: vscode.Uri;

    before(async () => {
      original = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(SEED_INTERLEAVED)));
      assert.ok(original.includes(RIGHT) && !original.includes(WRONG), `the seed should hold ${RIGHT} and not ${WRONG}`);
      file = vscode.Uri.joinPath(workspaceFolder(), `web-quick-fix-${Date.now()}.transcript`);
      sidecar = file.with({ path: `${file.path}.review.json` });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original.replace(RIGHT, WRONG)));
    });

    after(async () => {
      await closeAllEditors();
      for (const uri of [file, sidecar]) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
    });

    it('replaces the wrong figure with the English value as the translation writes it, then marks a finding as reviewed', async () => {
      const document = await openAsTranscript(file);
      const seedFindings = (await cliOutput(SEED_INTERLEAVED)).check.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`).sort();
      const initial = await diagnosticsWhen(file, 'a figure-mismatch', (list) => list.some((d) => codeOf(d) === 'figure-mismatch'));
      const mismatches = initial.filter((d) => codeOf(d) === 'figure-mismatch');
      assert.equal(mismatches.length, 1, `figure-mismatch: ${mismatches.map(where).join(', ')}`);
      assert.equal(document.getText(mismatches[0].range), WRONG);

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, mismatches[0].range, vscode.CodeActionKind.QuickFix.value);
      const replace = actions.find((action) => action.title.startsWith('Replace with'));
      assert.ok(replace?.edit, `no "Replace with" edit among: ${actions.map((action) => action.title).join(' | ')}`);
      assert.equal(replace.title, `Replace with “${RIGHT}”`);
      assert.ok(await vscode.workspace.applyEdit(replace.edit), 'applyEdit refused the quick fix');
      assert.ok(document.getText() === original, 'after the fix the text is the seed again');
      const afterFix = await diagnosticsWhen(file, 'the findings of the seed again', (list) => !list.some((d) => codeOf(d) === 'figure-mismatch'));
      assert.deepEqual(afterFix.map(where).sort(), seedFindings, 'the findings of the seed');
      assert.ok(await document.save(), 'could not save the fixed transcript');

      const extra = afterFix.find((d) => codeOf(d) === 'figure-extra');
      assert.ok(extra, 'no figure-extra to mark as reviewed');
      const reviewActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, extra.range, vscode.CodeActionKind.QuickFix.value);
      const review = reviewActions.find((action) => action.title === 'Mark as reviewed');
      assert.ok(review?.command, 'no "Mark as reviewed" action');
      assert.equal(review.edit, undefined, 'marking as reviewed must not edit the transcript');
      await vscode.commands.executeCommand(review.command.command, ...(review.command.arguments ?? []));
      await diagnosticsWhen(file, 'the reviewed figure-extra to disappear', (list) => !list.some((d) => codeOf(d) === 'figure-extra'));
      const marks = await waitFor('the reviewed-marks file', () => readJson<{ reviewed: Array<{ code: string }> }>(sidecar).catch(() => undefined), 5_000);
      assert.deepEqual(marks.reviewed.map((mark) => mark.code), ['figure-extra']);
      assert.ok(document.getText() === original && !document.isDirty, 'marking as reviewed changed the transcript');
      assert.deepEqual(ours(file).map(where).sort(), seedFindings.filter((finding) => !finding.startsWith('figure-extra@')), 'the other findings stay');
    });
  });
});
