// Shared helpers of the extension-host tests (compiled into each test file by esbuild).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, SEED_BULLETED, SEED_INTERLEAVED, sleep, waitFor } from '../common';

export { EXTENSION_ID, LANGUAGE_ID, SEED_BULLETED, SEED_INTERLEAVED, sleep, waitFor };


/** The repository root, from `out/test/e2e/suite/<file>.js`. */
const REPO = path.resolve(__dirname, '..', '..', '..', '..');

/** A folder the tests may write to: the opened workspace (a temporary copy of `seeds/`), else the OS temp folder. */
export function scratchFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri ?? vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-e2e-')));
}

/** A seed in the workspace folder when it is there, else in the repository's `seeds/` (never written to). */
export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder?.uri.scheme === 'file' && fs.existsSync(path.join(folder.uri.fsPath, name))) return vscode.Uri.joinPath(folder.uri, name);
  const fallback = path.join(REPO, 'seeds', name);
  if (!fs.existsSync(fallback)) throw new Error(`seed ${name} found neither in the workspace nor in ${path.dirname(fallback)}`);
  return vscode.Uri.file(fallback);
}


/** The current state of an open document (the language may change after opening). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** Opens a file in an editor and waits until it is in the `transcript` mode; reports the mode it is stuck in otherwise. */
export async function openAsTranscript(uri: vscode.Uri, timeoutMs = 15_000): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  try {
    return await waitFor(`${path.basename(uri.path)} to switch to the ${LANGUAGE_ID} mode`, () => {
      const current = openDocument(uri) ?? document;
      return current.languageId === LANGUAGE_ID ? current : undefined;
    }, timeoutMs);
  } catch (error) {
    const current = openDocument(uri) ?? document;
    throw new Error(`${(error as Error).message} (still "${current.languageId}")`);
  }
}

/** Document symbols as the outline gets them; nested `DocumentSymbol`s are required. */
export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation> | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return (symbols ?? []).map((symbol) => {
    if (!('children' in symbol)) throw new Error(`expected hierarchical DocumentSymbols, got flat SymbolInformation "${symbol.name}"`);
    return symbol;
  });
}

/** Asks the symbol provider until it answers with at least one symbol (the extension may still be activating). */
export function waitForSymbols(uri: vscode.Uri, timeoutMs = 15_000): Promise<vscode.DocumentSymbol[]> {
  return waitFor(`document symbols of ${path.basename(uri.path)}`, async () => {
    const symbols = await documentSymbols(uri);
    return symbols.length > 0 ? symbols : undefined;
  }, timeoutMs);
}

export async function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri)) ?? [];
}

export function isParticipantsSection(section: vscode.DocumentSymbol): boolean {
  return /participant|參與|参与/i.test(section.name);
}

/** Speaker turns: the children of every section except the participants list. */
export function turnsOf(sections: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return sections.filter((section) => !isParticipantsSection(section)).flatMap((section) => section.children);
}

export function describeOutline(sections: vscode.DocumentSymbol[]): string {
  return sections.map((section) => `${section.name} (${section.children.length})`).join(', ');
}
