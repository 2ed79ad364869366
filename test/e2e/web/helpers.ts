// Helpers of the web suite. Everything goes through the `vscode` API: the worker has no Node, so
// files are read with `workspace.fs` (the workspace lives on the code-server machine) and what only
// Node or Playwright can tell (the CLI's output, the rendered editor and webview) comes from the
// runner: `runner.js --web` writes the CLI's findings into `.e2e/expected.json` before the start and
// answers each `[e2e-web] ready LABEL` message with `.e2e/LABEL.json`.
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, SEED_BULLETED, SEED_INTERLEAVED, sleep, waitFor } from '../common';

export { EXTENSION_ID, LANGUAGE_ID, SEED_BULLETED, SEED_INTERLEAVED, sleep, waitFor };

export const SOURCE = 'transcript-review';
const STEP_MARKER = '[e2e-web] ready';

/** The opened workspace: the runner's temporary copy of `seeds/`. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

function controlUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), '.e2e', name);
}


export async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

/** What `transcript-review outline --json` and `check --json` printed for a seed, run by the runner with Node. */
export interface CliOutput {
  outline: { sections: Array<{ title: string; kind: string; line: number; turns: Array<{ speaker: string; line: number }> }> };
  check: { diagnostics: Array<{ code: string; severity: string; line: number; column: number }> };
}

export async function cliOutput(seed: string): Promise<CliOutput> {
  const all = await readJson<Record<string, CliOutput>>(controlUri('expected.json'));
  const output = all[seed];
  if (!output) throw new Error(`.e2e/expected.json has nothing for ${seed}`);
  return output;
}

/** Asks the runner to look at the workbench (`label` names what, see web-steps.js) and returns what it saw. */
export async function askRunner<T>(label: string, request: object): Promise<T> {
  const file = controlUri(`${label}.json`);
  console.log(`${STEP_MARKER} ${label} ${JSON.stringify(request)}`);
  await waitFor(`the runner's answer to "${label}"`, async () => ((await exists(file)) ? true : undefined), 60_000);
  const answer = await readJson<{ ok: boolean; value?: T; error?: string }>(file);
  await vscode.workspace.fs.delete(file);
  if (!answer.ok) throw new Error(`the runner could not answer "${label}": ${answer.error}`);
  return answer.value as T;
}

/** Opens a file in an editor and waits until it is in the transcript mode. */
export async function openAsTranscript(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return waitFor(`${uri.path} to switch to the ${LANGUAGE_ID} mode`, () => {
    const current = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString()) ?? document;
    return current.languageId === LANGUAGE_ID ? current : undefined;
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** `code@line:column`, 1-based, as the CLI and the Problems view write them. */
export function where(diagnostic: vscode.Diagnostic): string {
  return `${codeOf(diagnostic)}@${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Waits until our diagnostics for `uri` satisfy `ready` (they are published 300 ms after a change). */
export function diagnosticsWhen(uri: vscode.Uri, what: string, ready: (list: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const list = ours(uri);
    return ready(list) ? list : undefined;
  }).catch((error: Error) => {
    throw new Error(`${error.message}; diagnostics now: ${ours(uri).map(where).join(', ') || '(none)'}`);
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
