// A transcript VS Code opened in the wrong encoding (a Big5 or GB18030 file read as UTF-8) shows its
// Chinese as replacement characters and gets no useful review. Say so once per document, and offer
// VS Code's own Reopen with Encoding; nothing is changed in the file.
import * as vscode from 'vscode';
import { unreadableLines } from '../analysis/parse/detect';
import { LANGUAGE_ID } from './analysisCache';

export function registerEncodingNotice(): vscode.Disposable {
  const told = new Set<string>();
  const check = async (document: vscode.TextDocument) => {
    if (document.uri.scheme === 'untitled' || (document.languageId !== LANGUAGE_ID && document.languageId !== 'plaintext')) return;
    const key = document.uri.toString();
    const lines = told.has(key) ? 0 : unreadableLines(document.getText());
    if (lines === 0) return;
    told.add(key);
    const reopen = vscode.l10n.t('Reopen with Encoding');
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const message = vscode.l10n.t('{0}: {1} lines could not be decoded, so their text is lost in this view. The file may be saved in another encoding, such as Big5, GB18030 or Windows-1252.', name, lines);
    if ((await vscode.window.showWarningMessage(message, reopen)) !== reopen) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  };
  const report = (error: unknown) => console.error('[transcript-review] encoding notice failed', error);
  for (const document of vscode.workspace.textDocuments) check(document).catch(report);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => check(document).catch(report)),
    // A document reopened in another encoding is a new document to VS Code; forget the old one on close.
    vscode.workspace.onDidCloseTextDocument((document) => told.delete(document.uri.toString())),
  );
}
