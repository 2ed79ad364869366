// Auto-detection in the real editor: plain-text files whose English paragraphs are followed by their
// Chinese translations switch to the transcript mode whatever their speakers (one, or none), and get
// their diagnostics and the review panel; plain English and plain Chinese files stay plain text.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { legacyBytes, NO_SPEAKER, NO_SPEAKER_ERROR_LINE, ONE_SPEAKER, ONE_SPEAKER_ERROR_LINE, PLAIN_CHINESE, PLAIN_ENGLISH } from '../bilingualFixtures';
import { LANGUAGE_ID, openAsTranscript, openDocument, scratchFolder, waitFor } from './helpers';

const PANEL_VIEW_TYPE = 'transcriptReview.panel';

/** A new file in the workspace (a name of its own per run, so no earlier document is reused). */
function writeScratch(name: string, text: string): vscode.Uri {
  const folder = scratchFolder().fsPath;
  const file = path.join(folder, `${Date.now().toString(36)}-${name}`);
  fs.writeFileSync(file, text, 'utf8');
  return vscode.Uri.file(file);
}

/** `code@line` (1-based) of the extension's diagnostics. */
function ourDiagnostics(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'transcript-review')
    .map((diagnostic) => `${String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code)}@${diagnostic.range.start.line + 1}`);
}

function panelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PANEL_VIEW_TYPE));
}

describe('auto-detection of bilingual plain text', () => {
  afterEach(async () => {
    await vscode.window.tabGroups.close(panelTabs());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const bilingual: Array<[string, string, number]> = [
    ['one-speaker.txt', ONE_SPEAKER, ONE_SPEAKER_ERROR_LINE],
    ['no-speaker.txt', NO_SPEAKER, NO_SPEAKER_ERROR_LINE],
  ];
  for (const [name, text, errorLine] of bilingual) {
    it(`opens ${name} in the transcript mode, with its wrong figure reported and the review panel on it`, async () => {
      const uri = writeScratch(name, text);
      const document = await openAsTranscript(uri);
      assert.equal(document.languageId, LANGUAGE_ID);
      const found = await waitFor(`the diagnostics of ${name}`, () => {
        const list = ourDiagnostics(uri);
        return list.length > 0 ? list : undefined;
      });
      assert.deepEqual(found, [`figure-mismatch@${errorLine}`]);

      await vscode.commands.executeCommand('transcriptReview.openPanel');
      const tab = await waitFor('the review panel', () => panelTabs()[0]);
      assert.equal(tab.label, `Review: ${path.basename(uri.fsPath)}`, 'the panel shows this file');
    });
  }

  it('leaves a plain English and a plain Chinese .txt in plain text', async () => {
    const english = writeScratch('plain-english.txt', PLAIN_ENGLISH);
    const chinese = writeScratch('plain-chinese.txt', PLAIN_CHINESE);
    for (const uri of [english, chinese]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    // Files are examined in the order they open: once a bilingual file opened after them has switched, they have been examined too.
    await openAsTranscript(writeScratch('after.txt', NO_SPEAKER));
    for (const uri of [english, chinese]) {
      assert.equal(openDocument(uri)?.languageId, 'plaintext', path.basename(uri.fsPath));
      assert.deepEqual(ourDiagnostics(uri), [], path.basename(uri.fsPath));
    }
  });

  it('a bilingual .txt saved in GB18030 and read as UTF-8: a warning offers Reopen with Encoding, once', async () => {
    const window = vscode.window as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = window.showWarningMessage;
    const shown: unknown[][] = [];
    window.showWarningMessage = (...args: unknown[]) => {
      shown.push(args);
      return Promise.resolve(undefined);
    };
    try {
      const uri = writeScratch('gb18030.txt', '');
      fs.writeFileSync(uri.fsPath, legacyBytes(NO_SPEAKER, 'gb18030'));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const [message, action] = await waitFor('the encoding warning', () => shown.find((args) => /could not be decoded/.test(String(args[0]))));
      assert.match(String(message), /gb18030\.txt: 5 lines could not be decoded/);
      assert.equal(action, 'Reopen with Encoding');
      assert.equal(document.languageId, 'plaintext', 'unreadable Chinese is no transcript');
      await vscode.window.showTextDocument(document, { preview: false });
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(shown.length, 1, 'said once per document');
    } finally {
      window.showWarningMessage = original;
    }
  });
});
