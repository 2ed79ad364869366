// Not a test file for mocha: the extension-host side of `runner.js --panel`. The runner drives the
// workbench from the outside (command palette, clicks in the webview, the status bar); this script
// sets the stage and checks the extension's side of each step. Protocol, per step LABEL:
//   1. this script writes LABEL.expect.json into the control folder and logs `[e2e-panel] ready LABEL`;
//   2. the runner (test/e2e/panel-steps.js) acts and checks, then writes LABEL.done with
//      `{ "ok": boolean, "errors": string[] }`;
//   3. this script reads it and checks what the step should have changed in the editor.
// Steps: `open` (dark theme: open the panel from the command palette, check its tables, click the
// figure-extra problem) and `light` (light theme: the panel follows the theme).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAsTranscript, SEED_INTERLEAVED, seedUri, sleep, waitFor } from './helpers';

const SOURCE = 'transcript-review';
const PANEL_VIEW_TYPE = 'transcriptReview.panel';
/** Line (1-based) and text of the figure-extra problem the runner clicks. */
const EXTRA_LINE = 204;
const EXTRA_TEXT = '四分之一';

function controlDir(): string {
  if (process.env.E2E_CONTROL_DIR) return process.env.E2E_CONTROL_DIR;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder and no E2E_CONTROL_DIR');
  return path.join(path.dirname(folder.uri.fsPath), 'control');
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** Hands a step to the runner and waits for its verdict; throws when the runner's checks failed. */
async function step(label: string, expect: Record<string, unknown>): Promise<void> {
  const control = controlDir();
  fs.writeFileSync(path.join(control, `${label}.expect.json`), JSON.stringify(expect));
  console.log(`[e2e-panel] ready ${label}`);
  const done = path.join(control, `${label}.done`);
  const text = await waitFor(`the runner's step "${label}"`, () => (fs.existsSync(done) ? fs.readFileSync(done, 'utf8') : undefined), 120_000);
  const verdict = JSON.parse(text || '{}') as { ok?: boolean; errors?: string[] };
  if (!verdict.ok) throw new Error(`runner step "${label}" failed:\n  ${(verdict.errors ?? ['no verdict']).join('\n  ')}`);
}

function panelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PANEL_VIEW_TYPE));
}

async function setTheme(theme: string, dark: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  await waitFor(`the theme ${theme}`, () => {
    const kind = vscode.window.activeColorTheme.kind;
    return (kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast) === dark ? true : undefined;
  });
  await sleep(1000); // let the workbench and the webview repaint
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  await extension.activate();
  await setTheme('Default Dark Modern', true);

  const uri = seedUri(SEED_INTERLEAVED);
  const document = await openAsTranscript(uri);
  const diagnostics = await waitFor('the diagnostics of seed 002', () => {
    const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
    return list.some((d) => codeOf(d) === 'figure-extra') ? list : undefined;
  });
  const extra = diagnostics.find((d) => codeOf(d) === 'figure-extra')!;
  assert.equal(extra.range.start.line + 1, EXTRA_LINE);
  assert.equal(document.getText(extra.range), EXTRA_TEXT);
  assert.equal(panelTabs().length, 0, 'a review panel is open before the command ran');

  // The cursor starts at the top, so that landing on line 204 is the click's doing.
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');

  await step('open', { problems: diagnostics.length, line: EXTRA_LINE, text: EXTRA_TEXT });

  // The runner opened the panel through the command palette and clicked the problem row.
  const tabs = panelTabs();
  assert.equal(tabs.length, 1, `review panels open: ${tabs.length}`);
  assert.equal(tabs[0].label, `Review: ${SEED_INTERLEAVED}`);
  const active = await waitFor(`the editor to select ${EXTRA_TEXT} on line ${EXTRA_LINE}`, () => {
    const current = vscode.window.activeTextEditor;
    return current && current.document.uri.toString() === uri.toString() && current.selection.start.line + 1 === EXTRA_LINE ? current : undefined;
  }, 10_000);
  assert.equal(active.document.getText(active.selection), EXTRA_TEXT, 'the click selects the problem\'s range');
  assert.notEqual(active.viewColumn, tabs[0].group.viewColumn, 'the transcript is revealed beside the panel, not in its place');
  assert.equal(active.document.isDirty, false, 'revealing a problem changed the transcript');

  await setTheme('Default Light Modern', false);
  await step('light', {});
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
}
