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

  describe('quick fixes on a scratch transcript', () => {
    // Seed 002's interleaved layout; line 13 has 3.85 億 for $308.5 million, line 16 203 萬 for $20.3 million.
    const LINES = [
      'Prepared Remarks: 準備發言:', '', '', 'Operator 操作員', '',
      'Thank you for standing by, and welcome to the Example first-quarter 2024 earnings conference call.',
      '感謝各位的支持,歡迎收聽 Example 2024 年第一季財報電話會議。', '',
      'Jane Doe -- Chief Financial Officer', 'Jane Doe -- 首席財務官', '',
      'Revenue was $308.5 million, up 32% year-over-year.',
      '營收為 3.85 億美元,年增 32%。', '',
      'Operating income was $20.3 million, and we ended the quarter with 1,234 employees.',
      '營業收入為 203 萬美元,本季末我們有 1,234 名員工。', '',
    ];
    let file: vscode.Uri;
    let sidecar: vscode.Uri;

    before(async () => {
      file = vscode.Uri.joinPath(workspaceFolder(), `web-quick-fix-${Date.now()}.transcript`);
      sidecar = file.with({ path: `${file.path}.review.json` });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(LINES.join('\n')));
    });

    after(async () => {
      await closeAllEditors();
      for (const uri of [file, sidecar]) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
    });

    it('replaces the wrong Chinese figure, then marks the scale slip as reviewed in NAME.review.json', async () => {
      const document = await openAsTranscript(file);
      const initial = await diagnosticsWhen(file, 'the figure-mismatch and figure-scale diagnostics',
        (list) => list.some((d) => codeOf(d) === 'figure-mismatch') && list.some((d) => codeOf(d) === 'figure-scale'));
      assert.deepEqual(initial.map(where).sort(), ['figure-mismatch@13:5', 'figure-scale@16:7']);

      const mismatch = initial.find((d) => codeOf(d) === 'figure-mismatch')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, mismatch.range, vscode.CodeActionKind.QuickFix.value);
      const replace = actions.find((action) => action.title.startsWith('Replace with'));
      assert.ok(replace?.edit, `no "Replace with" edit among: ${actions.map((action) => action.title).join(' | ')}`);
      assert.equal(replace.title, 'Replace with “3.085 億美元”');
      assert.ok(await vscode.workspace.applyEdit(replace.edit), 'applyEdit refused the quick fix');
      assert.equal(document.lineAt(12).text, '營收為 3.085 億美元,年增 32%。');
      const afterFix = await diagnosticsWhen(file, 'the fixed figure-mismatch to disappear', (list) => !list.some((d) => codeOf(d) === 'figure-mismatch'));
      assert.deepEqual(afterFix.map(where), ['figure-scale@16:7'], 'only the scale slip is left');
      assert.ok(await document.save(), 'could not save the fixed transcript');

      const reviewActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, afterFix[0].range, vscode.CodeActionKind.QuickFix.value);
      const review = reviewActions.find((action) => action.title === 'Mark as reviewed');
      assert.ok(review?.command, 'no "Mark as reviewed" action');
      const textBefore = document.getText();
      await vscode.commands.executeCommand(review.command.command, ...(review.command.arguments ?? []));
      await diagnosticsWhen(file, 'the reviewed figure-scale to disappear', (list) => list.length === 0);
      const marks = await waitFor('the reviewed-marks file', () => readJson<{ reviewed: Array<{ code: string }> }>(sidecar).catch(() => undefined), 5_000);
      assert.deepEqual(marks.reviewed.map((mark) => mark.code), ['figure-scale']);
      assert.equal(document.getText(), textBefore, 'marking as reviewed changed the transcript');
      assert.deepEqual(ours(file).map(where), [], 'the reviewed diagnostic came back');
    });
  });
});
