// Switches plain-text documents that read as bilingual transcripts to the transcript mode.
import * as vscode from 'vscode';
import { looksLikeTranscript } from '../analysis/parse/detect';
import { LANGUAGE_ID } from './analysisCache';

async function detect(document: vscode.TextDocument, enabled: () => boolean): Promise<void> {
  if (document.languageId !== 'plaintext' || !enabled()) return;
  if (!looksLikeTranscript(document.getText())) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

export function registerAutoDetect(enabled: () => boolean): vscode.Disposable {
  const report = (error: unknown) => console.error('[transcript-review] language auto-detection failed', error);
  for (const document of vscode.workspace.textDocuments) detect(document, enabled).catch(report);
  return vscode.workspace.onDidOpenTextDocument((document) => detect(document, enabled).catch(report));
}
