// Not a test: the extension-host side of `runner.js --screenshot DIR`. Opens seed 000 with the
// Outline view in the dark and the light theme; at each step it prints a marker that the runner
// answers by taking a screenshot and writing `<label>.done` into the control folder.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openAsTranscript, SEED_BULLETED, seedUri, sleep, waitFor, waitForSymbols } from './helpers';

const THEMES: Array<[label: string, theme: string]> = [
  ['dark', 'Default Dark Modern'],
  ['light', 'Default Light Modern'],
];

function controlDir(): string {
  if (process.env.E2E_CONTROL_DIR) return process.env.E2E_CONTROL_DIR;
  // The runner puts the control folder next to the workspace folder.
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder and no E2E_CONTROL_DIR');
  return path.join(path.dirname(folder.uri.fsPath), 'control');
}

export async function run(): Promise<void> {
  const control = controlDir();
  const uri = seedUri(SEED_BULLETED);
  const document = await openAsTranscript(uri);
  await waitForSymbols(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  // Show the start of the full text: bullets with English and Chinese.
  const line = Math.max(0, document.getText().split('\n').findIndex((text) => text.includes('完整原文')));
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  editor.selection = new vscode.Selection(line, 0, line, 0);
  await vscode.commands.executeCommand('outline.focus');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');

  const configuration = vscode.workspace.getConfiguration('workbench');
  for (const [label, theme] of THEMES) {
    await configuration.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
    await sleep(1500);
    const kind = vscode.window.activeColorTheme.kind;
    const dark = kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast;
    if (dark !== (label === 'dark')) console.error(`[e2e-screenshot] theme ${theme} did not apply (theme kind ${kind})`);
    console.log(`[e2e-screenshot] ready ${label}`);
    const done = path.join(control, `${label}.done`);
    await waitFor(`the runner's screenshot ${label}`, () => (fs.existsSync(done) ? true : undefined), 60_000);
  }
}
